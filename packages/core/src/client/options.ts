import type { Dispatcher } from 'undici';
import type { APIError } from '../errors/api-error.js';
import type { HRError } from '../errors/hr-error.js';
import type { AuthStrategy } from '../auth/types.js';
import type { Logger, LogLevel } from '../logging/logger.js';
import type { RateLimiter } from '../transport/rate-limiter.js';
import type { EnvelopeMapper } from './response-context.js';

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
  /** Milliseconds this call's attempts may take. */
  timeout?: number | undefined;
  /** Aborts the call. */
  signal?: AbortSignal | undefined;
  /** Retries for this call. */
  maxRetries?: number | undefined;
  /** Extra headers for this call. */
  headers?: Record<string, string> | undefined;
}

/** Per-call options of list operations. */
export interface PaginateOptions extends RequestOptions {
  /** Fetch up to this many later pages at once when the total is known (yielded in order). */
  prefetch?: number | undefined;
  /** Fail rather than fetch more than this many pages (default 100 000). */
  maxPages?: number | undefined;
}

/** How a vendor wants a failure handled: see {@link VendorConfig.retryVerdict}. */
export type RetryVerdict = 'retry' | 'retry-always' | 'never';

/** What a vendor package declares about its API. */
export interface VendorConfig {
  /** Short vendor name used in errors and logs, e.g. `moka`. */
  vendor: string;
  /** npm package name, for the User-Agent. */
  packageName: string;
  /** Package version, for the User-Agent. */
  version: string;
  /** Base URL when the user gives none. */
  defaultBaseUrl: string;
  /** How requests authenticate. */
  auth: AuthStrategy;
  /** Maps JSON bodies to data or errors (default: 2xx is data). */
  mapResponse?: EnvelopeMapper;
  /** Secret values to redact everywhere (keys, secrets). Tokens from auth strategies are added automatically. */
  secrets?: readonly (string | undefined)[];
  /** Body and query keys holding secrets (added to the built-in list). */
  secretFields?: readonly string[];
  /** Header carrying the vendor's request id, e.g. `x-tt-logid`. */
  requestIdHeader?: string;
  /** Whether an error means the token is invalid or expired: the token is dropped and the call replayed once. */
  isInvalidToken?(error: APIError): boolean;
  /**
   * Overrides retry decisions from the body: `'retry'` retries under the usual write-safety
   * rules, `'retry-always'` means the vendor applied nothing (safe even for a POST), `'never'`
   * stops. Undefined keeps the default (408, 429, 5xx).
   */
  retryVerdict?(error: APIError): RetryVerdict | undefined;
  /** Milliseconds to wait before retrying, from vendor-specific headers or body. */
  retryAfterMs?(error: APIError): number | undefined;
  /** Headers this vendor sends on every request. */
  defaultHeaders?: Record<string, string>;
}
