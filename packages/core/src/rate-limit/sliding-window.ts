import { sleep } from '../async/abort.js';

/** A documented limit: at most `limit` requests per `windowMs`. */
export interface RateLimitRule {
  /** Most requests allowed per window. */
  limit: number;
  /** The window, in milliseconds. */
  windowMs: number;
}

/** Call when the request has been answered (or has failed); see {@link RateLimiter.acquire}. */
export type ReleaseSlot = () => void;

/** Where requests wait for their turn. Swap it for a distributed one to share limits across processes. */
export interface RateLimiter {
  /**
   * Resolves when one more request under `key` stays within every rule. May return a release
   * callback: the client calls it once the answer arrived, and the slot then counts from that
   * moment (so the vendor, who counts arrivals, never sees more than the limit in a window).
   */
  acquire(key: string, rules: readonly RateLimitRule[], signal?: AbortSignal): Promise<ReleaseSlot | void>;
}

const UNITS: Record<string, number> = {
  ms: 1,
  s: 1_000,
  sec: 1_000,
  second: 1_000,
  m: 60_000,
  min: 60_000,
  minute: 60_000,
  h: 3_600_000,
  hour: 3_600_000,
};

/** Parses `'50/s'`, `'1000/min'`, `'100/10s'` into a rule. */
export function parseRateLimit(text: string): RateLimitRule {
  const match = /^\s*(\d+)\s*\/\s*(\d*)\s*([a-z]+)\s*$/i.exec(text);
  const unit = match ? UNITS[match[3]!.toLowerCase()] : undefined;
  if (!match || unit === undefined || Number(match[1]) <= 0) {
    throw new TypeError(`Invalid rate limit "${text}": expected "<count>/<unit>", e.g. "50/s" or "1000/min"`);
  }
  return { limit: Number(match[1]), windowMs: (match[2] ? Number(match[2]) : 1) * unit };
}

/** Requests in flight, and completion times of recent ones, under one key and rule. */
interface WindowLog {
  inFlight: number;
  completed: number[];
}

/** How often a request re-checks when every slot is held by requests still in flight. */
const IN_FLIGHT_POLL_MS = 5;

/**
 * The default in-process limiter: a sliding window log per key and rule. A token bucket's full
 * bucket plus its refill can let nearly twice the limit through within one window; this never
 * does. A request holds its slot while in flight and for a full window after its answer arrived:
 * its arrival at the vendor lies in between, so the vendor never counts more than `limit` in any
 * window, whatever the network delay.
 */
export class SlidingWindowRateLimiter implements RateLimiter {
  readonly #logs = new Map<string, WindowLog>();
  readonly #now: () => number;

  constructor(options: { now?: () => number } = {}) {
    this.#now = options.now ?? Date.now;
  }

  async acquire(key: string, rules: readonly RateLimitRule[], signal?: AbortSignal): Promise<ReleaseSlot | void> {
    if (rules.length === 0) return;
    for (;;) {
      const wait = this.#tryTake(key, rules);
      if (wait === 0) break;
      await sleep(wait, signal);
    }
    const logs = rules.map((rule) => this.#log(key, rule));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const now = this.#now();
      for (const log of logs) {
        log.inFlight--;
        log.completed.push(now);
      }
    };
  }

  /** Takes a slot under every rule and returns 0, or returns how long to wait before trying again. */
  #tryTake(key: string, rules: readonly RateLimitRule[]): number {
    const now = this.#now();
    let wait = 0;
    for (const rule of rules) {
      const log = this.#log(key, rule);
      while (log.completed.length > 0 && log.completed[0]! <= now - rule.windowMs) log.completed.shift();
      if (log.inFlight + log.completed.length < rule.limit) continue;
      const oldest = log.completed[0];
      wait = Math.max(wait, oldest === undefined ? IN_FLIGHT_POLL_MS : oldest + rule.windowMs - now + 1);
    }
    if (wait > 0) return wait;
    for (const rule of rules) this.#log(key, rule).inFlight++;
    return 0;
  }

  #log(key: string, rule: RateLimitRule): WindowLog {
    const id = `${key}|${rule.limit}/${rule.windowMs}`;
    let log = this.#logs.get(id);
    if (!log) {
      log = { inFlight: 0, completed: [] };
      this.#logs.set(id, log);
    }
    return log;
  }
}
