import { GCProfiler, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A full collection on demand, without starting the test process with --expose-gc.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** What running something cost this process. */
export interface Cost {
  /** The most heap used at any point during the run, above the heap in use before it (bytes). */
  peakHeapBytes: number;
  /** Heap still held after the run and a full collection, above the heap before it (bytes). */
  retainedHeapBytes: number;
  /** The longest stretch the event loop did not turn, in wall-clock ms (includes time the OS gave other processes). */
  blockedMs: number;
  /** CPU time this process used during that longest stretch, ms (what the block cost, on a shared machine). */
  blockedCpuMs: number;
}

/**
 * Runs `run` and measures its cost: the peak heap (the heap used before each garbage collection during
 * the run, as V8's GC profiler reports it, and at the end), what stays held after a full collection,
 * and the longest time the event loop was blocked (a 1 ms ticker; the last stretch, up to the end of
 * the run, counts too). The outcome is kept alive until the measure is taken.
 */
export async function costOf<T>(run: () => Promise<T>): Promise<{ outcome: unknown; cost: Cost }> {
  collect();
  const base = process.memoryUsage().heapUsed;
  const profiler = new GCProfiler();
  profiler.start();
  let longest = 0;
  let longestCpu = 0;
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  const tick = () => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    if (now - last > longest) {
      longest = now - last;
      longestCpu = (cpu.user + cpu.system) / 1000;
    }
    last = now;
    lastCpu = process.cpuUsage();
  };
  const ticker = setInterval(tick, 1);
  let outcome: unknown;
  try {
    outcome = await run();
  } catch (error) {
    outcome = error;
  }
  tick();
  clearInterval(ticker);
  const atEnd = process.memoryUsage().heapUsed;
  const profile = profiler.stop();
  const beforeEachGc = (profile?.statistics ?? []).map((s) => s.beforeGC.heapStatistics.usedHeapSize);
  const peak = Math.max(atEnd, ...beforeEachGc);
  collect();
  const retained = process.memoryUsage().heapUsed;
  return {
    outcome,
    cost: {
      peakHeapBytes: peak - base,
      retainedHeapBytes: retained - base,
      blockedMs: longest,
      blockedCpuMs: longestCpu,
    },
  };
}

/** The heap `make()`'s result holds (after full collections on both sides), in bytes. */
export function heapSizeOf(make: () => unknown): { value: unknown; bytes: number } {
  collect();
  const before = process.memoryUsage().heapUsed;
  const value = make();
  collect();
  return { value, bytes: process.memoryUsage().heapUsed - before };
}

/** The CPU time `run()` takes (this process, all threads), ms. */
export function cpuMsOf(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

export const MB = 1024 * 1024;
