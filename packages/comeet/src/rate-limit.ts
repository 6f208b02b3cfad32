import { createHash } from 'node:crypto';
import { type ClientOptions, SlidingWindowRateLimiter } from '@hr/core';
import { scopedRateLimiter } from '@hr/core/internal';

/**
 * Comeet's documented limit, per account: "You have reached your allowed limit of 100 requests per
 * 60 seconds" (429 `too_many_requests`, https://developers.comeet.com/reference/error-responses).
 */
export const COMEET_RATE_LIMIT = '100/60s';

/**
 * The client's `rateLimit` option with Comeet's limit as the client-wide default (`'*'`), counted
 * per credential: the limiter's keys carry a hash of the api-key (never the key), so a limiter
 * shared by several clients or processes (e.g. `RedisRateLimiter`) counts each account once.
 * `false` turns limiting off; `limits['*']` replaces the default; `limiter` replaces the in-process one.
 */
export function comeetRateLimit(option: ClientOptions['rateLimit'], apiKey: string): ClientOptions['rateLimit'] {
  // `false` and anything that is not an options object are left to the client (which refuses the latter).
  if (option === false || (option !== undefined && (typeof option !== 'object' || option === null))) return option;
  const limiter = option?.limiter ?? new SlidingWindowRateLimiter();
  return {
    ...option,
    limits: { '*': [COMEET_RATE_LIMIT], ...option?.limits },
    limiter: scopedRateLimiter(limiter, `credential:${credentialHash(apiKey)}`),
  };
}

/** A short, one-way name of the api-key for limiter keys (Redis keys are readable by anyone with Redis access). */
function credentialHash(apiKey: string): string {
  return createHash('sha256').update(apiKey).digest('hex').slice(0, 16);
}
