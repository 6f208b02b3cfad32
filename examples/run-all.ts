/**
 * Runs the examples against each vendor's built-in sandbox (a stateful fake served on a loopback
 * port), or against the real API for each vendor whose credentials are set in the environment:
 * there they only read, and print what they would have written, unless --live or HR_LIVE=1.
 *
 *   pnpm examples                 every example set
 *   pnpm examples moka comeet     only these sets
 *   pnpm examples moka --live     let the Moka examples write to the real account of MOKA_API_KEY
 */
import { EXAMPLE_SETS, type ExampleSet } from './example-sets.js';

const asked = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const unknown = asked.filter((name) => !(EXAMPLE_SETS as readonly string[]).includes(name));
if (unknown.length > 0) {
  console.error(`Unknown example set(s): ${unknown.join(', ')}. Choose from: ${EXAMPLE_SETS.join(', ')}.`);
  process.exit(2);
}
const sets = asked.length > 0 ? EXAMPLE_SETS.filter((name) => asked.includes(name)) : EXAMPLE_SETS;

let failed = 0;
for (const name of sets) {
  console.log(`\n=== ${name} ===`);
  try {
    const { runExamples } = (await import(`./${name satisfies ExampleSet}/index.ts`)) as {
      runExamples: () => Promise<void>;
    };
    await runExamples();
  } catch (error) {
    failed++;
    console.error(`${name} examples failed:`, error instanceof Error ? error.message : error);
  }
}
if (failed > 0) {
  console.error(`\n${failed} example set(s) failed`);
  process.exit(1);
}
console.log(`\nAll examples ran (${sets.join(', ')}).`);
