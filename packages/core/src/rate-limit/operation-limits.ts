import { AbortError } from '../errors/client-errors.js';
import { HRError } from '../errors/hr-error.js';
import type { Operation } from '../contract/operation.js';
import {
  parseRateLimit,
  SlidingWindowRateLimiter,
  type RateLimiter,
  type RateLimitRule,
  type ReleaseSlot,
} from './sliding-window.js';

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

  /**
   * Waits for a slot under the operation's limits (and the client-wide one) and gives the releaser;
   * at once, without a promise, when nothing limits the operation.
   */
  acquire(operation: Operation, signal: AbortSignal | undefined): Release | Promise<Release> {
    const limiter = this.#limiter;
    if (!limiter) return NOTHING_HELD;
    let own: RateLimitRule[];
    try {
      own = this.#rulesFor(operation.id, operation.rateLimit);
    } catch (reason) {
      return Promise.reject(failure(reason, signal));
    }
    const global = this.#overrides['*'];
    if (own.length === 0 && !global) return NOTHING_HELD;
    return this.#wait(limiter, operation, own, global, signal);
  }

  async #wait(
    limiter: RateLimiter,
    operation: Operation,
    own: RateLimitRule[],
    global: readonly string[] | undefined,
    signal: AbortSignal | undefined,
  ): Promise<Release> {
    const releases: (ReleaseSlot | void)[] = [];
    try {
      if (own.length > 0) releases.push(await limiter.acquire(`${this.#vendor}:${operation.id}`, own, signal));
      if (global) releases.push(await limiter.acquire(`${this.#vendor}:*`, this.#rulesFor('*', global), signal));
    } catch (reason) {
      for (const release of releases) release?.();
      throw failure(reason, signal);
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

/** What a call rejects with when it got no slot: an abort while waiting, or the limiter's own failure. */
function failure(reason: unknown, signal: AbortSignal | undefined): HRError {
  if (signal?.aborted)
    return new AbortError('The request was aborted while waiting for the rate limit', { cause: reason });
  if (HRError.isInstance(reason)) return reason;
  return new HRError(`The rate limiter failed: ${reason instanceof Error ? reason.message : String(reason)}`, {
    cause: reason,
  });
}
