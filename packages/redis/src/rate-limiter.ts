import { randomUUID } from 'node:crypto';
import { SlidingWindowRateLimiter, type RateLimiter, type RateLimitRule, type ReleaseSlot } from '@hr/core';
import { sleep } from '@hr/core/internal';
import { LuaScript } from './lua-script.js';
import { connect, positiveMs, type RedisSharingOptions } from './options.js';
import type { RedisConnection } from './redis-connection.js';

/** Options of {@link RedisRateLimiter}. */
export interface RedisRateLimiterOptions extends RedisSharingOptions {
  /**
   * Prefix of the window keys (default `hr:ratelimit:`). Vendors count per app or per API key:
   * give each credential its own prefix (e.g. `hr:ratelimit:cli_a1b2:`) so two apps do not share a budget.
   */
  keyPrefix?: string | undefined;
  /**
   * How long a slot taken by a request may stay "in flight" before it is treated as answered, in
   * ms (default 60 000, the client's default timeout). Only matters when a process dies mid-request:
   * its slot is then held for this long plus one window.
   */
  inFlightLeaseMs?: number | undefined;
  /** How often a request re-checks while every slot is held by requests still in flight, in ms (default 10). */
  pollIntervalMs?: number | undefined;
  /**
   * While Redis is down each process limits itself: to this share of every limit (default 1, the
   * full limit per process). With N processes, `1 / N` keeps the vendor's limit during an outage too.
   */
  fallbackShare?: number | undefined;
}

/**
 * Sliding window log per key and rule, in one sorted set: members are requests, scores are
 * "counts until" times. A request in flight scores `now + lease` (it counts while in flight);
 * once answered, its score becomes the answer time (it counts for one more window). Members
 * scoring at or before `now - window` are pruned. Takes a slot under every rule, or none and
 * returns how long to wait. Uses the server's clock, so process clocks need not agree.
 *
 * KEYS: one sorted set per rule. ARGV: member, lease ms, poll ms, then limit and window ms per rule.
 */
const ACQUIRE = new LuaScript(`
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local member, lease, poll = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
local wait = 0
for i, key in ipairs(KEYS) do
  local limit, window = tonumber(ARGV[2 + 2 * i]), tonumber(ARGV[3 + 2 * i])
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  if redis.call('ZCARD', key) >= limit then
    local oldest = tonumber(redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')[2])
    local until_free = oldest + window - now + 1
    if oldest > now then until_free = poll end
    if until_free > wait then wait = until_free end
  end
end
if wait > 0 then return wait end
for i, key in ipairs(KEYS) do
  redis.call('ZADD', key, now + lease, member)
  redis.call('PEXPIRE', key, lease + tonumber(ARGV[3 + 2 * i]))
end
return 0`);

/** The answer arrived: the slot counts for one window from now. KEYS and ARGV as for ACQUIRE. */
const RELEASE = new LuaScript(`
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
for i, key in ipairs(KEYS) do
  redis.call('ZADD', key, now, ARGV[1])
  redis.call('PEXPIRE', key, tonumber(ARGV[2]) + tonumber(ARGV[3 + 2 * i]))
end
return 0`);

/** Drops a slot that was never used (its acquire timed out on our side). KEYS and ARGV as for ACQUIRE. */
const CANCEL = new LuaScript(`
for _, key in ipairs(KEYS) do redis.call('ZREM', key, ARGV[1]) end
return 0`);

/**
 * A {@link RateLimiter} shared through Redis: every process using the same Redis and key prefix
 * draws from one budget per operation, so that no window at the vendor sees more than the
 * declared limit (e.g. Feishu's 50 requests per second per app), however many processes call.
 *
 * Same semantics as the core's in-process `SlidingWindowRateLimiter`: a request holds its slot
 * while in flight and for one full window after its answer arrived (the vendor counts arrivals,
 * which lie in between). When Redis cannot be reached, each process falls back to its own
 * sliding window (one warning per outage) and comes back to Redis when it answers again.
 */
export class RedisRateLimiter implements RateLimiter {
  readonly #connection: RedisConnection;
  readonly #prefix: string;
  readonly #leaseMs: number;
  readonly #pollMs: number;
  readonly #fallbackShare: number;
  readonly #local = new SlidingWindowRateLimiter();

  /**
   * @param options The ioredis client, the key prefix, the lease and poll times and the fallback share.
   * @throws `TypeError` when `redis` is not an ioredis client, a time is not a positive number of
   * milliseconds, or `fallbackShare` is not in (0, 1].
   */
  constructor(options: RedisRateLimiterOptions) {
    const role = 'rate limiter';
    ({ connection: this.#connection } = connect(options, role, 'each process enforces the limits on its own'));
    this.#prefix = options.keyPrefix ?? 'hr:ratelimit:';
    this.#leaseMs = positiveMs(role, 'inFlightLeaseMs', options.inFlightLeaseMs, 60_000);
    this.#pollMs = positiveMs(role, 'pollIntervalMs', options.pollIntervalMs, 10);
    const share = options.fallbackShare ?? 1;
    if (!(share > 0 && share <= 1))
      throw new TypeError('@hr/redis rate limiter: "fallbackShare" must be a number in (0, 1]');
    this.#fallbackShare = share;
  }

  async acquire(key: string, rules: readonly RateLimitRule[], signal?: AbortSignal): Promise<ReleaseSlot | void> {
    if (rules.length === 0) return;
    const keys = rules.map((rule) => this.#windowKey(key, rule));
    // One member per request: a wait adds nothing, so the next try can reuse it.
    const args = [randomUUID(), this.#leaseMs, this.#pollMs, ...rules.flatMap((rule) => [rule.limit, rule.windowMs])];
    for (;;) {
      signal?.throwIfAborted();
      const outcome = await this.#connection.orLocally<{ wait: number } | { release: ReleaseSlot | void }>(
        async () => ({ wait: await this.#tryTake(keys, args) }),
        async () => ({ release: await this.#local.acquire(key, this.#fallbackRules(rules), signal) }),
      );
      if ('release' in outcome) return outcome.release;
      if (outcome.wait === 0) return this.#releaser(keys, args);
      await sleep(outcome.wait, signal);
    }
  }

  async #tryTake(keys: string[], args: (string | number)[]): Promise<number> {
    try {
      return Number(await this.#connection.eval(ACQUIRE, keys, args));
    } catch (error) {
      // The script may still run after our deadline: drop the slot it would take (same connection, so after it).
      this.#connection.fireAndForget((redis) => CANCEL.run(redis, keys, args));
      throw error;
    }
  }

  /** The release callback: best effort (if Redis is gone, the slot lapses after its lease). */
  #releaser(keys: string[], args: (string | number)[]): ReleaseSlot {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#connection.fireAndForget((redis) => RELEASE.run(redis, keys, args));
    };
  }

  #fallbackRules(rules: readonly RateLimitRule[]): RateLimitRule[] {
    return rules.map((rule) => ({ ...rule, limit: Math.max(1, Math.floor(rule.limit * this.#fallbackShare)) }));
  }

  /** One sorted set per key and rule; the hash tag keeps a key's rules in one Cluster slot. */
  #windowKey(key: string, rule: RateLimitRule): string {
    return `${this.#prefix}{${key}}:${rule.limit}/${rule.windowMs}ms`;
  }
}
