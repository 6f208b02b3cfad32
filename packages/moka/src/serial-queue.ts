/**
 * Runs tasks one at a time, in the order they were queued. A failing task does not stop the queue.
 * Moka refuses an organizational write while another one is pending, so a client queues its own.
 */
export class SerialQueue {
  #tail: Promise<unknown> = Promise.resolve();

  /** Queues `task`; it starts once every earlier task has settled. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(task, task);
    this.#tail = result.catch(() => undefined);
    return result;
  }
}
