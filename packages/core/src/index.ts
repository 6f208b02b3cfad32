/**
 * `@hr/core`: what users of the `@hr` vendor clients meet: the errors they catch, the options and
 * results they type against (`ClientOptions`, `RequestOptions`, `APIPromise`, `PagePromise`...), and
 * what they plug in (a token store, a rate limiter, transport middleware, hooks, a logger, files to
 * upload, serial lanes). The building blocks of the vendor packages (`BaseClient`,
 * `defineOperation`, auth strategies, response mappers...) are in `@hr/core/internal`, with no
 * stability promise.
 */
export { VERSION } from './version.js';

export { HRError } from './errors/hr-error.js';
export {
  APIError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  InvalidRequestError,
  RateLimitError,
  ServerError,
  type APIErrorKind,
} from './errors/api-error.js';
export {
  ConnectionError,
  TimeoutError,
  AbortError,
  InputValidationError,
  ResponseValidationError,
  ResponseTooLargeError,
  PaginationError,
  BatchError,
  type ValidationIssue,
} from './errors/client-errors.js';

export type { ClientOptions, PaginateOptions } from './client/options.js';
export type {
  RequestOptions,
  ClientHooks,
  RequestEvent,
  ResponseEvent,
  ResponseInfo,
  WithResponse,
} from './call/types.js';
export { APIPromise, type RawResponse } from './client/api-promise.js';
export { PagePromise, type Page } from './pagination/page-promise.js';
export type { Logger, LogLevel } from './logging/logger.js';
export type { TransportMiddleware, HttpRequest, HttpBody } from './transport/http.js';
export type { HttpResponse } from './transport/response-reader.js';

export { InMemoryTokenStore, type TokenStore, type StoredToken } from './auth/token-store.js';
export {
  SlidingWindowRateLimiter,
  type RateLimiter,
  type RateLimitRule,
  type ReleaseSlot,
} from './rate-limit/sliding-window.js';
export { SerialLanes } from './async/serial-lanes.js';

export { fileFrom, type FileUpload, type FileFromOptions } from './body/upload.js';
export type { FileSource } from './body/file.js';
