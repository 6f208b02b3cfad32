/**
 * `@hr/core`: what the vendor packages are built from and what their users meet: the client base,
 * declarative operations, auth strategies, pagination, errors, uploads and the pipeline's extension
 * points. Helpers with no stability promise live in `@hr/core/internal`.
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
  type APIErrorInit,
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

export type { Logger, LogLevel } from './logging/logger.js';

export type { AuthStrategy, AuthContext, SecretListener } from './auth/types.js';
export { BasicAuth, ApiKeyAuth, BearerAuth } from './auth/static-auth.js';
export {
  TokenProviderAuth,
  type TokenProviderAuthOptions,
  type FetchedToken,
  type TokenFetchContext,
} from './auth/token-provider.js';
export { InMemoryTokenStore, type TokenStore, type StoredToken } from './auth/token-store.js';
export { JwtAuth, type JwtAuthOptions } from './auth/jwt-auth.js';

export {
  nextCursor,
  pageToken,
  pageNumber,
  offsetLimit,
  type PaginationStyle,
  type PageInfo,
  type LaterPages,
} from './pagination/styles.js';
export { nextLink } from './pagination/next-link.js';
export { PagePromise, type Page, type PagingOptions } from './pagination/page-promise.js';

export {
  defineOperation,
  type Operation,
  type OperationConfig,
  type OperationInput,
  type OperationOutput,
  type HttpMethod,
  type IdempotencyKeySpec,
  type BodyType,
  type BatchSpec,
  type FanOutSpec,
} from './operation/define.js';
export { openEnum, schemaFor, lazySchema, type Lazy, type KnownKeys } from './operation/schema.js';
export type { ArrayFormat } from './transport/query.js';

export { BaseClient, type PageItem, type BatchResult } from './client/base-client.js';
export { Resource } from './client/resource.js';
export { APIPromise, type ResponseInfo, type WithResponse, type RawResponse } from './client/api-promise.js';
export type {
  ClientOptions,
  RequestOptions,
  PaginateOptions,
  ClientHooks,
  RequestEvent,
  ResponseEvent,
  TransportMiddleware,
} from './client/options.js';
export type { VendorConfig, Caller } from './client/vendor.js';
export type { EnvelopeMapper, EnvelopeResult, ResponseContext, Failure, RetryVerdict } from './pipeline/envelope.js';
export type { HttpRequest, HttpResponse, HttpBody } from './transport/http.js';

export { fileFrom, uploadSchema, type FileUpload, type FileFromOptions, type UploadRules } from './body/upload.js';
export type { FileSource } from './body/file.js';

export {
  SlidingWindowRateLimiter,
  type RateLimiter,
  type RateLimitRule,
  type ReleaseSlot,
} from './transport/rate-limiter.js';
