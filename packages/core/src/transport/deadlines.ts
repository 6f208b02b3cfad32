import { performance } from 'node:perf_hooks';

/**
 * Something with a time limit: `expire()` is called once when `ms` pass before `cancelDeadline()`.
 * Subclass it (the response reader does), so a deadline costs no allocation of its own.
 */
export abstract class Expiring {
  /** When it expires (performance.now() time). */
  due = 0;
  prev: Expiring | undefined = undefined;
  next: Expiring | undefined = undefined;
  list: DeadlineList | undefined = undefined;

  /** Called once when the time is up. */
  abstract expire(): void;

  /** Starts the clock: `expire()` runs after `ms` unless cancelled first. */
  startDeadline(ms: number): void {
    listFor(ms).add(this);
  }

  /** Stops the clock (safe to call more than once, or when it never started). */
  cancelDeadline(): void {
    this.list?.remove(this);
  }
}

/**
 * The entries of one duration, in the order they started (so in the order they fall due), behind a
 * single unref'd timer armed no later than the first one's due time. This is how Node keeps its own
 * timer lists: adding and removing are O(1), and a call that completes costs no timer of its own
 * (no setTimeout/clearTimeout and no AbortController per attempt).
 */
class DeadlineList {
  readonly #ms: number;
  #head: Expiring | undefined;
  #tail: Expiring | undefined;
  #timer: NodeJS.Timeout | undefined;

  constructor(ms: number) {
    this.#ms = ms;
  }

  add(entry: Expiring): void {
    entry.due = performance.now() + this.#ms;
    entry.list = this;
    entry.prev = this.#tail;
    entry.next = undefined;
    if (this.#tail) this.#tail.next = entry;
    else this.#head = entry;
    this.#tail = entry;
    // A timer still armed for an earlier entry fires before this one is due, and re-arms.
    if (!this.#timer) this.#arm(this.#ms);
  }

  remove(entry: Expiring): void {
    if (entry.list !== this) return;
    if (entry.prev) entry.prev.next = entry.next;
    else this.#head = entry.next;
    if (entry.next) entry.next.prev = entry.prev;
    else this.#tail = entry.prev;
    entry.prev = entry.next = entry.list = undefined;
  }

  #arm(ms: number): void {
    // Unref'd: an exchange in flight keeps the process alive through its socket, and a timer left
    // armed after the last exchange must not.
    this.#timer = setTimeout(() => this.#fire(), Math.max(1, Math.ceil(ms))).unref();
  }

  #fire(): void {
    this.#timer = undefined;
    const now = performance.now();
    for (let entry = this.#head; entry && entry.due <= now; entry = this.#head) {
      this.remove(entry);
      entry.expire();
    }
    if (this.#head) this.#arm(this.#head.due - now);
    else if (lists.get(this.#ms) === this) lists.delete(this.#ms);
  }
}

/** One list per duration in use; a list whose timer finds it empty is dropped. */
const lists = new Map<number, DeadlineList>();

function listFor(ms: number): DeadlineList {
  let list = lists.get(ms);
  if (!list) lists.set(ms, (list = new DeadlineList(ms)));
  return list;
}
