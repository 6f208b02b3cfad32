// Workload 5: memory while iterating 100,000 Moka candidates (5,000 pages of 20), sampled every 10,000.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startCannedServer } from '../canned-server.js';
import { BASE_PATH, PAGE_SIZE } from '../canned/moka-candidates.js';
import type { WorkloadResult } from '../report.js';
import { round } from '../runner.js';

const PAGES = 5_000;
const TOTAL = PAGES * PAGE_SIZE;
const EVERY = 10_000;
const TARGET_GROWTH_MB = 50;
/** "Flat after warm-up": the heap after the first sample moves by less than this. */
const FLAT_MB = 5;

interface Sample {
  items: number;
  rssMB: number;
  heapMB: number;
  /** Heap V8 has reserved (used or not). */
  heapTotalMB: number;
  /** Memory outside the JS heap held by JS objects (buffers). */
  externalMB: number;
}

/** Runs the listing in a fresh child process (its memory is the client's alone) and returns its samples. */
function runChild(mode: 'sdk' | 'floor', baseUrl: string): Promise<{ samples: Sample[]; seconds: number }> {
  const child = fork(
    fileURLToPath(new URL('./memory-child.ts', import.meta.url)),
    [mode, baseUrl, String(TOTAL), String(EVERY)],
    {
      execArgv: [...process.execArgv.filter((arg) => arg !== '--expose-gc'), '--expose-gc'],
    },
  );
  return new Promise((resolve, reject) => {
    child.once('message', (message) => resolve(message as { samples: Sample[]; seconds: number }));
    child.once('exit', (code) => reject(new Error(`the memory child exited with code ${code} before reporting`)));
  });
}

export async function run(): Promise<WorkloadResult> {
  const server = await startCannedServer(new URL('../canned/moka-candidates.ts', import.meta.url).href, {
    pages: PAGES,
  });
  try {
    const { samples, seconds } = await runChild('sdk', server.url + BASE_PATH);
    const floor = await runChild('floor', server.url + BASE_PATH);
    const floorStart = floor.samples[0]!.rssMB;
    const floorPeak = Math.max(...floor.samples.map((s) => s.rssMB)) - floorStart;
    const first = samples[0]!;
    const last = samples.at(-1)!;
    const growth = last.rssMB - first.rssMB;
    const peak = Math.max(...samples.map((s) => s.rssMB)) - first.rssMB;
    const afterWarmup = samples.slice(1);
    const reserved = afterWarmup.map((s) => s.heapTotalMB);
    const heapDrift = Math.max(...afterWarmup.map((s) => s.heapMB)) - Math.min(...afterWarmup.map((s) => s.heapMB));
    return {
      id: 5,
      title: 'Memory over a long listing',
      measure: `RSS growth over ${TOTAL / 1000}k candidates: start to end (start to highest sample; heap range after warm-up)`,
      result: `${round(growth)} MB (highest +${round(peak)} MB; heap range ${round(heapDrift, 2)} MB)`,
      target: `< ${TARGET_GROWTH_MB} MB, flat after warm-up`,
      met: peak < TARGET_GROWTH_MB && heapDrift < FLAT_MB,
      columns: [
        'candidates',
        'RSS (MB)',
        'heap used (MB)',
        'heap reserved (MB)',
        'floor: RSS (MB)',
        'floor: heap used (MB)',
        'floor: heap reserved (MB)',
      ],
      rows: samples.map((s, i) => {
        const f = floor.samples[i]!;
        return [
          s.items.toLocaleString('en-US'),
          round(s.rssMB),
          round(s.heapMB, 2),
          round(s.heapTotalMB),
          round(f.rssMB),
          round(f.heapMB, 2),
          round(f.heapTotalMB),
        ];
      }),
      notes: [
        `\`for await\` over \`candidates.list({ stage: 'offer', limit: 20 })\`: ${PAGES} pages of full documented candidates, validation on, in a fresh child process with \`--expose-gc\` (gc before every sample); the canned server runs in another process.`,
        `Heap used after warm-up stays within ${round(heapDrift, 2)} MB of itself from ${EVERY.toLocaleString('en-US')} to ${TOTAL.toLocaleString('en-US')} candidates (flat means within ${FLAT_MB} MB), and the heap V8 reserves stays between ${round(Math.min(...reserved))} and ${round(Math.max(...reserved))} MB: the RSS swings (highest sample ${round(first.rssMB + peak)} MB) are native memory outside the JS heap.`,
        `Floor: the same pages read by hand with undici + JSON.parse in another fresh child: RSS start to end ${round(floor.samples.at(-1)!.rssMB - floorStart)} MB, start to highest sample ${round(floorPeak)} MB.`,
        `The listing took ${round(seconds)} s (${Math.round(TOTAL / seconds).toLocaleString('en-US')} candidates/s); RSS at 0 includes the tsx loader the child runs under.`,
      ],
      data: {
        pages: PAGES,
        pageSize: PAGE_SIZE,
        samples,
        seconds,
        growthMB: growth,
        peakGrowthMB: peak,
        heapRangeAfterWarmupMB: heapDrift,
        floor,
      },
    };
  } finally {
    await server.close();
  }
}
