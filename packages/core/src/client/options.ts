import type { Dispatcher } from 'undici';
import type { ClientHooks, RequestOptions } from '../call/types.js';
import type { Logger, LogLevel } from '../logging/logger.js';
import type { RateLimiter } from '../rate-limit/sliding-window.js';
import type { TransportMiddleware } from '../transport/http.js';

/** Options every vendor client accepts. */
export interface ClientOptions {
  /** Override the vendor's base URL (a sandbox, a proxy, a regional host). */
  baseUrl?: string | undefined;
  /** Milliseconds one attempt may take, headers and body included (default 60 000). */
  timeout?: number | undefined;
  /** Retries after the first attempt for transient failures (default 2). */
  maxRetries?: number | undefined;
  /** Cap on the total time spent waiting between retries, in ms (default 60 000). */
  maxRetryWait?: number | undefined;
  /** undici dispatcher (default: a shared keep-alive Agent). */
  dispatcher?: Dispatcher | undefined;
  /**
   * The most bytes read of one response body (default 32 MiB). A larger answer fails with
   * `ResponseTooLargeError` while it streams in, and is not retried.
   */
  maxResponseBytes?: number | undefined;
  /**
   * Wrappers around each HTTP exchange, outermost first: each receives the request as it will be sent
   * (credentials included: never log them) and the next send function. For recording, tracing or
   * answering from a cache; retries, rate limits and auth stay outside.
   */
  middleware?: readonly TransportMiddleware[] | undefined;
  /** Where logs go (default `console`). */
  logger?: Logger | undefined;
  /** How much is logged (default `warn`). */
  logLevel?: LogLevel | undefined;
  /**
   * Check responses against the documented schemas: `true` throws ResponseValidationError on a
   * mismatch (writes only warn), `'warn'` logs and returns the raw data, `false` skips the check.
   */
  validateResponses?: boolean | 'warn' | undefined;
  /** Headers added to every request. */
  headers?: Record<string, string> | undefined;
  /** Observability hooks. */
  hooks?: ClientHooks | undefined;
  /**
   * Client-side rate limiting from each operation's documented limits (on by default). `false`
   * turns it off; `limits` overrides per operation id (`'*'` applies to every call of this client).
   */
  rateLimit?: false | { limiter?: RateLimiter; limits?: Record<string, readonly string[]> } | undefined;
}

/** Per-call options of list operations. */
export interface PaginateOptions extends RequestOptions {
  /** Fetch up to this many later pages at once when the total is known (yielded in order). */
  prefetch?: number | undefined;
  /** Fail rather than fetch more than this many pages (default 100 000). */
  maxPages?: number | undefined;
}
