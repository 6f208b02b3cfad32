import type { Dispatcher } from 'undici';
import type { HRError } from '../errors/hr-error.js';
import type { Logger, LogLevel } from '../logging/logger.js';
import type { HttpRequest, HttpResponse } from '../transport/http.js';
import type { RateLimiter } from '../transport/rate-limiter.js';

/** A request about to be sent, as hooks see it (secrets redacted). */
export interface RequestEvent {
  /** The operation id, e.g. `candidates.list`. */
  operation: string;
  /** HTTP method. */
  method: string;
  /** Full URL, secret query parameters redacted. */
  url: string;
  /** Outgoing headers, credentials redacted. */
  headers: Record<string, string>;
  /** 0 for the first try, then 1, 2... for retries. */
  attempt: number;
}

/** A response received, as hooks see it (secrets redacted). */
export interface ResponseEvent {
  /** The operation id, e.g. `candidates.list`. */
  operation: string;
  /** HTTP method. */
  method: string;
  /** Full URL, secret query parameters redacted. */
  url: string;
  /** HTTP status. */
  status: number;
  /** Response headers, lower-cased, secrets redacted. */
  headers: Record<string, string>;
  /** The vendor's request id, when it sends one. */
  requestId: string | undefined;
  /** Time from sending to the full body, in ms. */
  durationMs: number;
  /** 0 for the first try, then 1, 2... for retries. */
  attempt: number;
}

/** Observability hooks. Errors thrown by a hook are logged and otherwise ignored. */
export interface ClientHooks {
  /** Called before each attempt is sent. */
  beforeRequest?(event: RequestEvent): void | Promise<void>;
  /** Called when each attempt's response has been read. */
  afterResponse?(event: ResponseEvent): void | Promise<void>;
  /** Called once when a call fails for good (after retries). */
  onError?(error: HRError, event: { operation: string; attempt: number }): void | Promise<void>;
}

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

/** Per-call options every operation accepts as its last argument. */
export interface RequestOptions {
  /** Milliseconds each attempt of this call may take (see `deadline` for the whole call). */
  timeout?: number | undefined;
  /** Aborts the call. */
  signal?: AbortSignal | undefined;
  /**
   * Milliseconds the whole call may take, from the moment it is made: queues, token fetches, every
   * attempt and the waits between retries (`timeout` bounds each attempt alone). When it passes, the
   * call rejects with a TimeoutError (code `DEADLINE`) saying how many attempts were made.
   */
  deadline?: number | undefined;
  /** Retries for this call. */
  maxRetries?: number | undefined;
  /** Extra headers for this call. */
  headers?: Record<string, string> | undefined;
  /** The most bytes read of this call's response body (overrides the client's `maxResponseBytes`). */
  maxResponseBytes?: number | undefined;
}

/** Per-call options of list operations. */
export interface PaginateOptions extends RequestOptions {
  /** Fetch up to this many later pages at once when the total is known (yielded in order). */
  prefetch?: number | undefined;
  /** Fail rather than fetch more than this many pages (default 100 000). */
  maxPages?: number | undefined;
}

/** Wraps one HTTP exchange: call `next` to send (or answer without sending). */
export type TransportMiddleware = (
  request: HttpRequest,
  next: (request: HttpRequest) => Promise<HttpResponse>,
) => Promise<HttpResponse>;
