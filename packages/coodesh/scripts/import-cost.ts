/**
 * Measures the cold import of the built package (run `pnpm build` first): each run is a fresh
 * `node -e` timing `await import(...)` of the root entry and of the `/schemas` entry, interleaved with
 * zod alone and @hr/core alone; prints medians. Then times building every lazy schema `/schemas`
 * exports, which is what an eager package would pay at import.
 *
 *   pnpm import-cost [runs]
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const dist = (pkg: string, entry = 'index') => new URL(`../../${pkg}/dist/${entry}.js`, import.meta.url).href;
const targets: Record<string, string> = {
  zod: pathToFileURL(require.resolve('zod').replace(/index\.cjs$/, 'index.js')).href,
  '@hr/core': dist('core'),
  '@hr/coodesh': dist('coodesh'),
  '@hr/coodesh/schemas': dist('coodesh', 'schemas'),
};
const runs = Number(process.argv[2] ?? 21);

function node(code: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' }).trim();
}

const times = new Map<string, number[]>(Object.keys(targets).map((name) => [name, []]));
for (let i = 0; i < runs; i++) {
  for (const [name, url] of Object.entries(targets)) {
    times
      .get(name)!
      .push(Number(node(`const t = performance.now(); await import('${url}'); console.log(performance.now() - t);`)));
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
for (const [name, values] of times)
  console.log(
    `${name.padEnd(20)} median ${median(values).toFixed(1)} ms (min ${Math.min(...values).toFixed(1)} ms, ${runs} runs)`,
  );

console.log(
  node(`const m = await import('${targets['@hr/coodesh/schemas']}'); const t = performance.now(); let n = 0;
for (const [name, value] of Object.entries(m)) if (name.endsWith('Schema') && typeof value === 'function') { value(); n++; }
console.log('building all ' + n + ' exported schemas after the import: ' + (performance.now() - t).toFixed(1) + ' ms');`),
);
