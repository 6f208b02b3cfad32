// Workload 6: import time in a fresh process, and each package's own minified + gzipped ESM bundle.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { WorkloadResult } from '../report.js';
import { median, round } from '../runner.js';

const RUNS = 9;
const OURS = ['@hr/core', '@hr/moka', '@hr/coodesh', '@hr/feishu-corehr', '@hr/comeet'];
/** What users would install instead, for comparison. */
const OTHERS = ['@larksuiteoapi/node-sdk', 'axios'];
/** @hr/core's dependencies: most of an @hr package's import time is theirs. */
const DEPENDENCIES = ['undici', 'zod', 'jose'];
const execFileAsync = promisify(execFile);
const benchDir = fileURLToPath(new URL('../..', import.meta.url));
const coreDir = fileURLToPath(new URL('../../../packages/core', import.meta.url));

/** Milliseconds to `import()` the package's ESM entry in a fresh `node` (no tsx, no source condition). */
async function importTime(name: string): Promise<number> {
  const script = `const t = performance.now(); await import(${JSON.stringify(name)}); process.stdout.write(String(performance.now() - t));`;
  const cwd = DEPENDENCIES.includes(name) ? coreDir : benchDir;
  const { stdout } = await execFileAsync(process.execPath, ['--input-type=module', '-e', script], { cwd });
  return Number(stdout);
}

/** The package's own code (its dependencies left out) as one minified ESM file: bytes, then gzipped bytes. */
async function bundleSize(name: string): Promise<{ min: number; gzip: number }> {
  const entry = fileURLToPath(import.meta.resolve(name));
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    minify: true,
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]!.contents;
  return { min: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

function version(name: string): string {
  const manifest = `${DEPENDENCIES.includes(name) ? coreDir : benchDir}/node_modules/${name}/package.json`;
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

export async function run(): Promise<WorkloadResult> {
  const names = [...OURS, ...OTHERS];
  const timed = [...names, ...DEPENDENCIES];
  const times = new Map(timed.map((n) => [n, [] as number[]]));
  await importTime('@hr/core'); // warms the disk cache
  // Alternate: each run imports every package once, in a rotating order.
  for (let round = 0; round < RUNS; round++) {
    for (let i = 0; i < timed.length; i++) {
      const name = timed[(i + round) % timed.length]!;
      times.get(name)!.push(await importTime(name));
    }
  }
  const sizes = new Map<string, { min: number; gzip: number }>();
  for (const name of names) sizes.set(name, await bundleSize(name));
  const rows = [...names, ...DEPENDENCIES].map((name) => {
    const size = sizes.get(name);
    const label = DEPENDENCIES.includes(name)
      ? `${name}@${version(name)} (dependency of @hr/core)`
      : `${name}@${version(name)}`;
    return [
      label,
      round(median(times.get(name)!)),
      size ? round(size.min / 1024) : '—',
      size ? round(size.gzip / 1024) : '—',
    ];
  });
  const slowest = Math.max(...OURS.map((n) => median(times.get(n)!)));
  const largest = Math.max(...OURS.map((n) => sizes.get(n)!.gzip));
  return {
    id: 6,
    title: 'Cold start and size',
    measure: 'slowest import of an @hr package / largest own bundle (min + gzip)',
    result: `${round(slowest)} ms / ${round(largest / 1024)} kB`,
    target: 'reported (no target)',
    met: true,
    columns: ['package', `import (ms, median of ${RUNS})`, 'own code min (kB)', 'own code min + gzip (kB)'],
    rows,
    notes: [
      "`import()` of the package's ESM entry timed inside a fresh `node` process (the built dist, as users get it; dependencies such as zod and undici load as part of the import).",
      'Size: esbuild bundle of the ESM entry with every dependency external (so `@hr/core` is not counted in the vendor packages), minified, gzip level 9.',
      `${OTHERS.join(' and ')} are shown for comparison (what users would install instead), and @hr/core's dependencies alone, which account for most of every @hr import.`,
    ],
    data: { runs: RUNS, importMs: Object.fromEntries(times), sizes: Object.fromEntries(sizes) },
  };
}
