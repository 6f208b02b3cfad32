/**
 * The right to work on one hire, held by one process at a time. `token` is the fencing token: it
 * grows by one at every acquisition of the key, and the checkpoint refuses a write carrying a token
 * that is no longer the current one, so a holder that lost its lease (paused past its expiry, cut
 * off from Redis) cannot overwrite what the next holder wrote.
 */
export interface Lease {
  /** The hire key. */
  readonly key: string;
  /** The fencing token of this acquisition. */
  readonly token: number;
  /** Aborted when the lease is lost (renewal refused, or impossible until it expired) or released. */
  readonly signal: AbortSignal;
  /** Ms before the lease expires unless renewed, as far as this process knows (Infinity for one process). */
  remainingMs(): number;
  /** Gives the lease up (only if it is still this holder's). */
  release(): Promise<void>;
}

/** A write refused because its lease is no longer the current one: the writer must stop. */
export class LeaseLostError extends Error {
  constructor(key: string) {
    super(`the lease of ${key} was taken over: this process stops working on it`);
    this.name = 'LeaseLostError';
  }
}

/**
 * Leases within one process (the file checkpoint: one process per file). A lease never expires
 * while its holder runs; tokens still grow per key, so fencing works the same as with Redis.
 */
export class MemoryLeases {
  readonly #held = new Map<string, { token: number; controller: AbortController }>();
  readonly #tokens = new Map<string, number>();

  /** The lease of `key`, or undefined while another caller holds it. */
  acquire(key: string): Lease | undefined {
    if (this.#held.has(key)) return undefined;
    const token = (this.#tokens.get(key) ?? 0) + 1;
    this.#tokens.set(key, token);
    const controller = new AbortController();
    const held = { token, controller };
    this.#held.set(key, held);
    return {
      key,
      token,
      signal: controller.signal,
      remainingMs: () => Infinity,
      release: async () => {
        if (this.#held.get(key) !== held) return;
        this.#held.delete(key);
        controller.abort(new Error(`the lease of ${key} was released`));
      },
    };
  }

  /** Whether `lease` is the current one of its key. */
  isCurrent(lease: Lease): boolean {
    return this.#held.get(lease.key)?.token === lease.token;
  }

  /** Releases every lease still held (at close). */
  async releaseAll(): Promise<void> {
    for (const [key, held] of this.#held) {
      this.#held.delete(key);
      held.controller.abort(new Error(`the lease of ${key} was released at close`));
    }
  }
}
