/**
 * Joins a message split across frames: the parts share `message_id`, `sum` says how many there are
 * and `seq` which one each is (from 0); a message that is not split has `sum` 1 [Go `const.go`].
 * Both SDKs concatenate the parts in `seq` order once all are in and drop a message still missing
 * parts after a while ([Node] 10 s, [Go] 5 s).
 *
 * Bounded whatever the server sends: nothing is allocated from `sum`; a message still incomplete
 * after `timeoutMs` is dropped; the parts held across all messages never exceed `maxBytes` (the
 * oldest incomplete messages are dropped first). A dropped message is not acknowledged, so Feishu
 * sends it again.
 */
export interface AssemblerOptions {
  /** How long a message may wait for its missing parts, in ms. */
  timeoutMs: number;
  /** The most bytes held in incomplete messages. */
  maxBytes: number;
  /** Called with the ID of each message dropped incomplete (expired, too large, inconsistent). */
  onDrop: (messageId: string, why: string) => void;
}

interface PendingMessage {
  sum: number;
  parts: Map<number, Uint8Array>;
  bytes: number;
  startedAt: number;
}

/** A part's place in its message, read from the frame headers. */
export interface PartPosition {
  messageId: string;
  sum: number;
  seq: number;
}

/** Reads `sum` and `seq` (strings of integers); a message without a usable `sum` is whole. */
export function partPosition(messageId: string, sum: string | undefined, seq: string | undefined): PartPosition {
  const total = Number(sum);
  const index = Number(seq);
  return {
    messageId,
    sum: Number.isSafeInteger(total) && total > 1 ? total : 1,
    seq: Number.isSafeInteger(index) ? index : -1,
  };
}

export class MessageAssembler {
  readonly #partials = new Map<string, PendingMessage>();
  readonly #options: AssemblerOptions;
  #bytes = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: AssemblerOptions) {
    this.#options = options;
  }

  /** Incomplete messages held. */
  get pending(): number {
    return this.#partials.size;
  }

  /** Bytes held in incomplete messages. */
  get bytes(): number {
    return this.#bytes;
  }

  /** Adds a part; returns the whole message when this part completes it, otherwise undefined. */
  add(position: PartPosition, part: Uint8Array): Uint8Array | undefined {
    const { messageId, sum, seq } = position;
    if (sum === 1) return part;
    if (seq < 0 || seq >= sum) {
      this.#drop(messageId, `part ${seq} of ${sum} is out of range`);
      return undefined;
    }
    let partial = this.#partials.get(messageId);
    if (partial && partial.sum !== sum) {
      this.#drop(messageId, `parts disagree on how many there are (${partial.sum}, ${sum})`);
      partial = undefined;
    }
    if (!partial) {
      partial = { sum, parts: new Map(), bytes: 0, startedAt: Date.now() };
      this.#partials.set(messageId, partial);
      this.#arm();
    }
    const previous = partial.parts.get(seq);
    partial.parts.set(seq, part);
    const grown = part.length - (previous?.length ?? 0);
    partial.bytes += grown;
    this.#bytes += grown;
    if (partial.parts.size === sum) {
      this.#forget(messageId, partial);
      const whole = new Uint8Array(partial.bytes);
      let at = 0;
      for (let index = 0; index < sum; index++) {
        const chunk = partial.parts.get(index)!;
        whole.set(chunk, at);
        at += chunk.length;
      }
      return whole;
    }
    if (partial.bytes > this.#options.maxBytes) {
      this.#drop(messageId, `larger than ${this.#options.maxBytes} bytes`);
      return undefined;
    }
    for (const [oldest] of this.#partials) {
      if (this.#bytes <= this.#options.maxBytes) break;
      this.#drop(oldest, 'too many bytes held in incomplete messages');
    }
    return undefined;
  }

  /** Drops every incomplete message older than the timeout. */
  sweep(now = Date.now()): void {
    for (const [messageId, partial] of this.#partials) {
      if (now - partial.startedAt >= this.#options.timeoutMs)
        this.#drop(messageId, `incomplete after ${this.#options.timeoutMs} ms`);
    }
    this.#arm();
  }

  /** Forgets every incomplete message and stops the timer. */
  clear(): void {
    this.#partials.clear();
    this.#bytes = 0;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #forget(messageId: string, partial: PendingMessage): void {
    this.#partials.delete(messageId);
    this.#bytes -= partial.bytes;
    if (this.#partials.size === 0) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
  }

  #drop(messageId: string, why: string): void {
    const partial = this.#partials.get(messageId);
    if (partial) this.#forget(messageId, partial);
    this.#options.onDrop(messageId, why);
  }

  /** One timer for the oldest incomplete message (unref'd: it never keeps the process alive). */
  #arm(): void {
    if (this.#timer !== undefined || this.#partials.size === 0) return;
    const oldest = this.#partials.values().next().value!;
    const wait = Math.max(0, oldest.startedAt + this.#options.timeoutMs - Date.now());
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.sweep();
    }, wait);
    this.#timer.unref?.();
  }
}
