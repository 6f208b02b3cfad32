import type { CheckpointStore } from '../checkpoint/types.js';
import { type Log, errorMessage } from '../log.js';
import { KeyedQueue } from './keyed-queue.js';
import type { HireWriteOutcome, PreHireWriter } from './pre-hire-writer.js';
import type { OnboardingOutcome, WriteBack, WriteBackResult } from './write-back.js';

/** What the worker runs. */
export interface HireWorkerOptions {
  /** Steps hires. */
  writer: PreHireWriter;
  /** Applies recorded write-backs. */
  writeBack: WriteBack;
  /** The checkpoint (for sweeps). */
  store: CheckpointStore;
  /** Where failures go. */
  log: Log;
  /** Steps run at once in this process (default 8). */
  concurrency?: number | undefined;
}

/** Tries of a step that failed (Feishu or the checkpoint unreachable) before it is left to the next sweep. */
const MAX_FAILURES = 3;

/**
 * Runs the work of this process: each hire's steps (`PreHireWriter.step`) one at a time per hire,
 * a step that says `later` again at its time, a step that found the hire's lease held again after
 * a lease TTL (the holder may have died), a step that fails again after a back-off (then left to
 * the next sweep), and the recorded write-backs. `sweep()` picks up what any process left open
 * (a crash, a lost lease): the hires `received` or `pending` and the write-backs `due`.
 */
export class HireWorker {
  readonly #options: HireWorkerOptions;
  readonly #queue: KeyedQueue;
  readonly #failures = new Map<string, number>();

  constructor(options: HireWorkerOptions) {
    this.#options = options;
    this.#queue = new KeyedQueue(options.concurrency ?? 8);
  }

  /** One step of the hire `key` now (a failure rejects); a `later` outcome is stepped again at its time. */
  runHire(key: string): Promise<HireWriteOutcome> {
    return this.#queue.run(`hire ${key}`, () => this.#step(key));
  }

  /** Like `runHire`, in the background: a failure is logged and the step tried again later. */
  scheduleHire(key: string): void {
    void this.#queue.run(`hire ${key}`, () => this.#stepInBackground(key));
  }

  /** Applies the recorded write-back of `outcome` of `key` in the background (tried again on failure). */
  scheduleWriteBack(key: string, outcome: OnboardingOutcome): void {
    const queueKey = `write-back ${key} ${outcome}`;
    const task = (): Promise<unknown> =>
      this.#writeBack(key, outcome).catch((error: unknown) => this.#failed(queueKey, error, task));
    void this.#queue.run(queueKey, task);
  }

  /** Schedules every open hire and every due write-back of the checkpoint; resolves with how many. */
  async sweep(): Promise<number> {
    const { store } = this.#options;
    const hires = await store.openHires();
    for (const key of hires) this.scheduleHire(key);
    const writeBacks = await store.writeBacksDue();
    for (const [key, outcome] of writeBacks) this.scheduleWriteBack(key, outcome);
    return hires.length + writeBacks.length;
  }

  /** Resolves once nothing is queued, running or scheduled (waits for `later` steps too). */
  idle(): Promise<void> {
    return this.#queue.idle();
  }

  /** Drops what is scheduled for later and waits for what runs. */
  stop(): Promise<void> {
    return this.#queue.stop();
  }

  async #step(key: string): Promise<HireWriteOutcome> {
    const { writer } = this.#options;
    const outcome = await writer.step(key);
    this.#failures.delete(`hire ${key}`);
    if (outcome.kind === 'later') this.#queue.at(`hire ${key}`, outcome.at, () => this.#stepInBackground(key));
    if (outcome.kind === 'created' && outcome.confirmAt !== undefined)
      this.#queue.at(`hire ${key}`, outcome.confirmAt, () => this.#stepInBackground(key));
    // Another holder: if it died, its lease lapses within a TTL; step again then (a no-op if it finished).
    if (outcome.kind === 'busy')
      this.#queue.at(`hire ${key}`, Date.now() + writer.timings.leaseTtlMs, () => this.#stepInBackground(key));
    return outcome;
  }

  /** A step whose failure is logged and tried again later, not thrown. */
  #stepInBackground(key: string): Promise<unknown> {
    return this.#step(key).catch((error: unknown) =>
      this.#failed(`hire ${key}`, error, () => this.#stepInBackground(key)),
    );
  }

  async #writeBack(key: string, outcome: OnboardingOutcome): Promise<WriteBackResult> {
    const result = await this.#options.writeBack.apply(key, outcome);
    this.#failures.delete(`write-back ${key} ${outcome}`);
    return result;
  }

  /** Logs a failed task and runs `retry` (which handles its own failure) after a back-off, a few times. */
  #failed(queueKey: string, error: unknown, retry: () => Promise<unknown>): void {
    const failures = (this.#failures.get(queueKey) ?? 0) + 1;
    this.#failures.set(queueKey, failures);
    const { log } = this.#options;
    if (failures > MAX_FAILURES) {
      this.#failures.delete(queueKey);
      log.error(`  ${queueKey}: failed ${failures} times (${errorMessage(error)}); left to the next sweep`);
      return;
    }
    const delay = 1000 * 2 ** failures;
    log.error(`  ${queueKey}: ${errorMessage(error)}; tried again in ${delay / 1000} s`);
    this.#queue.at(queueKey, Date.now() + delay, retry);
  }
}
