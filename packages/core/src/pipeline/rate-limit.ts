import { AbortError } from '../errors/client-errors.js';
import { HRError } from '../errors/hr-error.js';
import type { Operation } from '../operation/define.js';
import {
  parseRateLimit,
  SlidingWindowRateLimiter,
  type RateLimiter,
  type RateLimitRule,
  type ReleaseSlot,
} from '../transport/rate-limiter.js';

/** Releases the slots a request held; safe to call more than once. */
export type Release = () => void;

const NOTHING_HELD: Release = () => undefined;

/**
 * The client-side rate limits of one client: each operation's documented limits (or the user's
 * overrides), plus an optional client-wide limit under `'*'`. A request holds its slots until its
 * answer arrived.
 */
export class OperationRateLimits {
  readonly #vendor: string;
  readonly #limiter: RateLimiter | undefined;
  readonly #overrides: Readonly<Record<string, readonly string[]>>;
  readonly #rules = new Map<string, RateLimitRule[]>();

  constructor(
    vendor: string,
    option: false | { limiter?: RateLimiter; limits?: Record<string, readonly string[]> } | undefined,
  ) {
    this.#vendor = vendor;
    this.#limiter = option === false ? undefined : (option?.limiter ?? new SlidingWindowRateLimiter());
    this.#overrides = (option || undefined)?.limits ?? {};
  }

  /** Waits for a slot under the operation's limits (and the client-wide one); resolves with the releaser. */
  async acquire(operation: Operation, signal: AbortSignal | undefined): Promise<Release> {
    if (!this.#limiter) return NOTHING_HELD;
    const releases: (ReleaseSlot | void)[] = [];
    try {
      const own = this.#rulesFor(operation.id, operation.rateLimit);
      if (own.length > 0) releases.push(await this.#limiter.acquire(`${this.#vendor}:${operation.id}`, own, signal));
      const global = this.#overrides['*'];
      if (global) releases.push(await this.#limiter.acquire(`${this.#vendor}:*`, this.#rulesFor('*', global), signal));
    } catch (reason) {
      for (const release of releases) release?.();
      if (signal?.aborted)
        throw new AbortError('The request was aborted while waiting for the rate limit', { cause: reason });
      if (HRError.isInstance(reason)) throw reason;
      throw new HRError(`The rate limiter failed: ${reason instanceof Error ? reason.message : String(reason)}`, {
        cause: reason,
      });
    }
    if (releases.length === 0) return NOTHING_HELD;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      for (const release of releases) release?.();
    };
  }

  #rulesFor(id: string, declared: readonly string[] | undefined): RateLimitRule[] {
    let rules = this.#rules.get(id);
    if (!rules) {
      rules = (this.#overrides[id] ?? declared ?? []).map(parseRateLimit);
      this.#rules.set(id, rules);
    }
    return rules;
  }
}
