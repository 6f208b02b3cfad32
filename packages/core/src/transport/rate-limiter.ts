import { sleep } from './retry.js';

/** A documented limit: at most `limit` requests per `windowMs`. */
export interface RateLimitRule {
  limit: number;
  windowMs: number;
}

/** Where requests wait for their turn. Swap it for a distributed one to share limits across processes. */
export interface RateLimiter {
  /** Resolves when one more request under `key` stays within every rule. */
  acquire(key: string, rules: readonly RateLimitRule[], signal?: AbortSignal): Promise<void>;
}

const UNITS: Record<string, number> = { ms: 1, s: 1_000, sec: 1_000, second: 1_000, m: 60_000, min: 60_000, minute: 60_000, h: 3_600_000, hour: 3_600_000 };

/** Parses `'50/s'`, `'1000/min'`, `'100/10s'` into a rule. */
export function parseRateLimit(text: string): RateLimitRule {
  const match = /^\s*(\d+)\s*\/\s*(\d*)\s*([a-z]+)\s*$/i.exec(text);
  const unit = match ? UNITS[match[3]!.toLowerCase()] : undefined;
  if (!match || unit === undefined || Number(match[1]) <= 0) {
    throw new TypeError(`Invalid rate limit "${text}": expected "<count>/<unit>", e.g. "50/s" or "1000/min"`);
  }
  return { limit: Number(match[1]), windowMs: (match[2] ? Number(match[2]) : 1) * unit };
}

/**
 * The default in-process limiter: a sliding window log per key and rule. Unlike a token bucket,
 * whose full bucket plus refill can let nearly twice the limit through within one window, this
 * never admits more than `limit` requests in any window of `windowMs` (vendors count that way).
 * A small margin absorbs network jitter between our clock and the vendor's.
 */
export class SlidingWindowRateLimiter implements RateLimiter {
  readonly #sent = new Map<string, number[]>();
  readonly #marginMs: number;
  readonly #now: () => number;

  constructor(options: { marginMs?: number; now?: () => number } = {}) {
    this.#marginMs = options.marginMs ?? 25;
    this.#now = options.now ?? Date.now;
  }

  async acquire(key: string, rules: readonly RateLimitRule[], signal?: AbortSignal): Promise<void> {
    if (rules.length === 0) return;
    for (;;) {
      const wait = this.#tryTake(key, rules);
      if (wait === 0) return;
      await sleep(wait, signal);
    }
  }

  /** Records a send and returns 0, or returns how long to wait before trying again. */
  #tryTake(key: string, rules: readonly RateLimitRule[]): number {
    const now = this.#now();
    let wait = 0;
    for (const rule of rules) {
      const log = this.#log(key, rule);
      const window = rule.windowMs + this.#marginMs;
      while (log.length > 0 && log[0]! <= now - window) log.shift();
      if (log.length >= rule.limit) wait = Math.max(wait, log[0]! + window - now + 1);
    }
    if (wait > 0) return wait;
    for (const rule of rules) this.#log(key, rule).push(now);
    return 0;
  }

  #log(key: string, rule: RateLimitRule): number[] {
    const id = `${key}|${rule.limit}/${rule.windowMs}`;
    let log = this.#sent.get(id);
    if (!log) {
      log = [];
      this.#sent.set(id, log);
    }
    return log;
  }
}
