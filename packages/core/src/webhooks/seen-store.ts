/**
 * Remembers the pushes a receiver already accepted, so a replayed or re-delivered push is refused
 * instead of being acted on twice. Keys are built by the receivers (a vendor prefix and the push's
 * id, e.g. `feishu:5e3702a8...`); a store shared by several accounts of one vendor should be given
 * a key prefix per account.
 */
export interface SeenStore {
  /**
   * Records `key` for `ttlMs` milliseconds and says whether it was new: `true` the first time (act
   * on the push), `false` while it is remembered (a replay or a re-delivery). Atomic: of several
   * concurrent claims of one key, exactly one gets `true`.
   */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /**
   * Forgets `key`, so the sender's next delivery of the push is accepted: call it when you could not
   * handle a push you claimed and answer the sender with a failure it retries.
   */
  release(key: string): Promise<void>;
}

/** Options of {@link MemorySeenStore}. */
export interface MemorySeenStoreOptions {
  /**
   * The most keys kept (default 100 000, a few tens of MB at most). Past it the oldest claims are
   * forgotten first: a replay of one of them within its TTL would then be accepted.
   */
  maxEntries?: number | undefined;
  /** The clock, epoch ms (default `Date.now`). */
  now?: (() => number) | undefined;
  /** Claims to start with, `[key, expiry epoch ms]`, oldest first (e.g. `entries()` saved to a file and read back). */
  entries?: Iterable<readonly [string, number]> | undefined;
}

/** The default bound of a {@link MemorySeenStore}. */
export const DEFAULT_SEEN_STORE_MAX_ENTRIES = 100_000;

/**
 * A {@link SeenStore} in this process's memory: bounded (`maxEntries`), each key forgotten after its
 * TTL. It does not survive a restart and is not shared between processes: share one across
 * processes with `RedisSeenStore` from `@hr/redis`, or write your own on a durable store.
 */
export class MemorySeenStore implements SeenStore {
  /** Key → expiry (epoch ms), in claim order: the oldest claims come first. */
  readonly #expiries = new Map<string, number>();
  readonly #maxEntries: number;
  readonly #now: () => number;

  /**
   * @param options The cap on entries, the clock, and entries to start from.
   * @throws `TypeError` when `maxEntries` is not a positive integer.
   */
  constructor(options: MemorySeenStoreOptions = {}) {
    const maxEntries = options.maxEntries ?? DEFAULT_SEEN_STORE_MAX_ENTRIES;
    if (!Number.isSafeInteger(maxEntries) || maxEntries < 1)
      throw new TypeError('MemorySeenStore: "maxEntries" must be a positive integer');
    this.#maxEntries = maxEntries;
    this.#now = options.now ?? Date.now;
    const now = this.#now();
    for (const [key, expiry] of options.entries ?? []) if (expiry > now) this.#expiries.set(key, expiry);
    this.#trim();
  }

  /** How many keys are remembered now (expired ones may still count until the next claim). */
  get size(): number {
    return this.#expiries.size;
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    checkTtl(ttlMs);
    const now = this.#now();
    this.#dropExpired(now);
    const expiry = this.#expiries.get(key);
    if (expiry !== undefined && expiry > now) return false;
    this.#expiries.delete(key); // re-inserted last: it is the newest claim now
    this.#expiries.set(key, now + ttlMs);
    this.#trim();
    return true;
  }

  async release(key: string): Promise<void> {
    this.#expiries.delete(key);
  }

  /** The keys remembered now with their expiry (epoch ms), oldest claim first: what to save to persist the store. */
  entries(): [string, number][] {
    const now = this.#now();
    return [...this.#expiries].filter(([, expiry]) => expiry > now);
  }

  /** Forgets the oldest claims beyond `maxEntries`. */
  #trim(): void {
    while (this.#expiries.size > this.#maxEntries) this.#expiries.delete(this.#expiries.keys().next().value!);
  }

  /** Drops expired keys from the oldest end (amortized O(1) per claim). */
  #dropExpired(now: number): void {
    for (const [key, expiry] of this.#expiries) {
      if (expiry > now) return;
      this.#expiries.delete(key);
    }
  }
}

/** Refuses a TTL that is not a positive number of milliseconds. */
export function checkTtl(ttlMs: number): void {
  if (!(Number.isFinite(ttlMs) && ttlMs > 0))
    throw new TypeError('SeenStore.claim: "ttlMs" must be a positive number of milliseconds');
}

let processStore: MemorySeenStore | undefined;

/**
 * The store a receiver uses when you pass none: one {@link MemorySeenStore} per process, shared by
 * every receiver of every vendor (their keys carry the vendor's prefix).
 */
export function defaultSeenStore(): MemorySeenStore {
  processStore ??= new MemorySeenStore();
  return processStore;
}
