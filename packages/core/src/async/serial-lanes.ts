import { abortable } from './abort.js';

/**
 * Named lanes in which tasks run one at a time, in the order they arrived, and concurrently across
 * lanes. The client runs the calls of operations that declare a `serial` lane through one (a vendor
 * that refuses an organizational write while another is pending); a service can use its own to
 * process the events of one record in order (two deliveries of one webhook wait for each other
 * instead of racing).
 *
 * A failing task does not block its lane; a caller whose signal aborts while queued leaves at once
 * (rejecting with `AbortError`), and its task never runs.
 *
 * ```ts
 * const lanes = new SerialLanes();
 * await lanes.run(`hire:${applicationId}`, () => syncHire(applicationId));
 * ```
 */
export class SerialLanes {
  readonly #tails = new Map<string, Promise<unknown>>();

  /** Runs `task` in `lane` once every earlier task of that lane has settled; resolves or rejects as it does. */
  run<T>(lane: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const previous = this.#tails.get(lane) ?? Promise.resolve();
    const turn = abortable(previous, signal, 'Aborted while queued behind earlier tasks of its lane');
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
