import type { RateLimiter } from './sliding-window.js';

/**
 * A view of `limiter` that counts every key under `scope` (appended as `<key>:<scope>`), so one limiter
 * shared by many clients, in-process or distributed (Redis), keeps a separate count per credential or
 * tenant: the vendor's own unit of limiting. Give a scope that reveals no secret (a hash of a key).
 */
export function scopedRateLimiter(limiter: RateLimiter, scope: string): RateLimiter {
  return { acquire: (key, rules, signal) => limiter.acquire(`${key}:${scope}`, rules, signal) };
}
