import { SerialLanes } from '@hr/core';

/**
 * Runs tasks one at a time per key (`SerialLanes`) and at most `concurrency` at once overall, in this
 * process. A task asked for a key whose previous task has not started yet shares that one (a burst
 * of deliveries of one hire makes one run). `at()` schedules a task for later; `idle()` waits for
 * everything queued, running or scheduled.
 */
export class KeyedQueue {
  readonly #concurrency: number;
  readonly #lanes = new SerialLanes();
  /** Per key, the task queued in its lane that has not started yet. */
  readonly #waiting = new Map<string, Promise<unknown>>();
  readonly #timers = new Map<string, { at: number; timer: NodeJS.Timeout; cancel: () => void }>();
  readonly #pending = new Set<Promise<unknown>>();
  readonly #slots: (() => void)[] = [];
  #active = 0;
  #stopped = false;

  constructor(concurrency: number) {
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error('concurrency must be a positive integer');
    this.#concurrency = concurrency;
  }

  /** Runs `task` after every earlier task of `key` settled (or shares the one still waiting to start). */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const waiting = this.#waiting.get(key);
    if (waiting) return waiting as Promise<T>;
    const promise: Promise<T> = this.#lanes.run(key, () => {
      if (this.#waiting.get(key) === promise) this.#waiting.delete(key);
      return this.#inSlot(task);
    });
    this.#waiting.set(key, promise);
    this.#track(promise.catch(() => undefined));
    return promise;
  }

  /** Runs `task` for `key` at `at` (epoch ms), unless a run of the key is already scheduled no later (or the queue stopped). */
  at(key: string, at: number, task: () => Promise<unknown>): void {
    if (this.#stopped) return;
    const scheduled = this.#timers.get(key);
    if (scheduled && scheduled.at <= at) return;
    scheduled?.cancel();
    let fired!: () => void;
    const done = new Promise<void>((resolve) => (fired = resolve));
    const timer = setTimeout(
      () => {
        this.#timers.delete(key);
        void this.run(key, task)
          .catch(() => undefined)
          .then(fired);
      },
      Math.max(0, at - Date.now()),
    );
    this.#timers.set(key, {
      at,
      timer,
      cancel: () => {
        clearTimeout(timer);
        this.#timers.delete(key);
        fired();
      },
    });
    this.#track(done);
  }

  /** Tasks queued, running or scheduled. */
  get size(): number {
    return this.#pending.size;
  }

  /** Resolves once nothing is queued, running or scheduled. */
  async idle(): Promise<void> {
    while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
  }

  /** Cancels what is scheduled (and anything scheduled from now on), then waits for what is queued or running. */
  async stop(): Promise<void> {
    this.#stopped = true;
    for (const scheduled of [...this.#timers.values()]) scheduled.cancel();
    await this.idle();
  }

  #track(promise: Promise<unknown>): void {
    this.#pending.add(promise);
    void promise.finally(() => this.#pending.delete(promise));
  }

  async #inSlot<T>(task: () => Promise<T>): Promise<T> {
    // A finishing task hands its slot to the next waiter directly (`#active` unchanged).
    if (this.#active >= this.#concurrency) await new Promise<void>((resolve) => this.#slots.push(resolve));
    else this.#active++;
    try {
      return await task();
    } finally {
      const next = this.#slots.shift();
      if (next) next();
      else this.#active--;
    }
  }
}
