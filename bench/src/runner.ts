import { performance } from 'node:perf_hooks';

/** One way of doing the workload's job; `run` does it once. */
export interface Contender {
  name: string;
  run: () => Promise<unknown>;
}

/** The timed runs of one contender, in ms. */
export interface Measured {
  name: string;
  samples: number[];
  median: number;
  /** Median CPU time (user + system) this process spent per run, in ms: the client's own cost. */
  cpuMedian: number;
}

/** Collects garbage when the process runs with --expose-gc, so one contender's garbage is not billed to the next. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Runs every contender once per round, rotating which goes first so drift (JIT, heat, GC) is shared
 * fairly. `warmup` rounds are run first and not timed. Returns each contender's samples and median (ms).
 */
export async function alternate(
  contenders: Contender[],
  options: { rounds: number; warmup?: number },
): Promise<Measured[]> {
  const samples = contenders.map((): number[] => []);
  const cpu = contenders.map((): number[] => []);
  const warmup = options.warmup ?? 1;
  for (let round = -warmup; round < options.rounds; round++) {
    for (let turn = 0; turn < contenders.length; turn++) {
      const index = (turn + Math.max(round, 0)) % contenders.length;
      collectGarbage();
      const cpuStart = process.cpuUsage();
      const started = performance.now();
      await contenders[index]!.run();
      const elapsed = performance.now() - started;
      const used = process.cpuUsage(cpuStart);
      if (round < 0) continue;
      samples[index]!.push(elapsed);
      cpu[index]!.push((used.user + used.system) / 1000);
    }
  }
  return contenders.map((c, i) => ({
    name: c.name,
    samples: samples[i]!,
    median: median(samples[i]!),
    cpuMedian: median(cpu[i]!),
  }));
}

/** The median of `values`. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** `a / b`, rounded to 2 decimals. */
export function ratio(a: number, b: number): number {
  return round(a / b, 2);
}

/** Rounds to `digits` decimals. */
export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Finds a contender's measurement by name. */
export function byName(measured: readonly Measured[], name: string): Measured {
  const found = measured.find((m) => m.name === name);
  if (!found) throw new Error(`no contender named ${name}`);
  return found;
}

/** Throws when a contender produced the wrong result: a fast wrong answer is no answer. */
export function expectEqual(actual: unknown, expected: unknown, what: string): void {
  if (actual !== expected) throw new Error(`${what}: expected ${String(expected)}, got ${String(actual)}`);
}
