/**
 * Runs every vendor's examples against its built-in sandbox (a stateful fake served on a loopback
 * port), or against the real API for each vendor whose credentials are set in the environment.
 *
 *   pnpm examples
 */
const VENDORS = ['moka', 'coodesh', 'feishu-corehr', 'comeet', 'scale-out', 'hire-to-onboard'] as const;

let failed = 0;
for (const vendor of VENDORS) {
  console.log(`\n=== ${vendor} ===`);
  try {
    const { runExamples } = (await import(`./${vendor}/index.ts`)) as { runExamples: () => Promise<void> };
    await runExamples();
  } catch (error) {
    failed++;
    console.error(`${vendor} examples failed:`, error instanceof Error ? error.message : error);
  }
}
if (failed > 0) {
  console.error(`\n${failed} vendor example set(s) failed`);
  process.exit(1);
}
console.log('\nAll examples ran.');
