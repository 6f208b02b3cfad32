import { abortable } from '../transport/abortable.js';

/**
 * Named lanes in which calls run one at a time, in the order they arrived (a vendor that refuses an
 * organizational write while another is pending). A failing call does not block its lane; a caller
 * whose signal aborts while queued leaves at once, and its call never runs.
 */
export class SerialLanes {
  readonly #tails = new Map<string, Promise<unknown>>();

  /** Runs `task` in `lane` once every earlier task of that lane has settled. */
  run<T>(lane: string, task: () => Promise<T>, signal: AbortSignal | undefined): Promise<T> {
    const previous = this.#tails.get(lane) ?? Promise.resolve();
    const turn = abortable(previous, signal, 'The request was aborted while queued behind earlier writes');
    const result = turn.then(task);
    // The lane moves on when this task settles, or when the earlier ones did if this caller gave up.
    const tail = Promise.allSettled([previous, result]).then(() => undefined);
    this.#tails.set(lane, tail);
    void tail.then(() => {
      if (this.#tails.get(lane) === tail) this.#tails.delete(lane);
    });
    return result;
  }
}
