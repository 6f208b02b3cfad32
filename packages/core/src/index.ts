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
  createAPIError,
  kindFromStatus,
  isTransientStatus,
  type APIErrorInit,
  type APIErrorKind,
} from './errors/api-error.js';
export {
  ConnectionError,
  TimeoutError,
  AbortError,
  InputValidationError,
  ResponseValidationError,
  PaginationError,
  BatchError,
  type ValidationIssue,
} from './errors/client-errors.js';

export { Redactor, REDACTED } from './redaction/redactor.js';
export { LevelLogger, type Logger, type LogLevel } from './logging/logger.js';

export type { AuthStrategy, AuthContext, SecretListener } from './auth/types.js';
export { NoAuth } from './auth/types.js';
export { BasicAuth, ApiKeyAuth, BearerAuth } from './auth/static-auth.js';
export { TokenProviderAuth, type TokenProviderAuthOptions, type FetchedToken } from './auth/token-provider.js';
export { InMemoryTokenStore, type TokenStore, type StoredToken } from './auth/token-store.js';
export { JwtAuth, type JwtAuthOptions } from './auth/jwt-auth.js';

export {
  nextCursor,
  pageToken,
  pageNumber,
  offsetLimit,
  type PaginationStyle,
  type PageInfo,
} from './pagination/styles.js';
export { PagePromise, type Page, type PagingOptions } from './pagination/page-promise.js';

export {
  defineOperation,
  type Operation,
  type OperationConfig,
  type OperationInput,
  type OperationOutput,
  type HttpMethod,
  type IdempotencyKeySpec,
} from './operation/define.js';
export { openEnum, resolveLazy, schemaFor, lazySchema, type Lazy, type AssertExtends } from './operation/schema.js';
export { parseWithIssues, toValidationIssues } from './operation/validate.js';

export { BaseClient, type PageItem } from './client/base-client.js';
export { Resource } from './client/resource.js';
export { APIPromise, type ResponseInfo, type WithResponse } from './client/api-promise.js';
export { runBatches, chunk } from './client/batches.js';
export {
  defaultEnvelope,
  type EnvelopeMapper,
  type EnvelopeResult,
  type ResponseContext,
  type FailureDescription,
} from './client/response-context.js';
export type {
  ClientOptions,
  RequestOptions,
  PaginateOptions,
  VendorConfig,
  ClientHooks,
  RequestEvent,
  ResponseEvent,
  RetryVerdict,
} from './client/options.js';

export { serializeQuery, type ArrayFormat } from './transport/query.js';
export { buildPath, pathParameterNames } from './transport/path.js';
export { backoffDelay, retryAfterFromHeaders, sleep } from './transport/retry.js';
export {
  SlidingWindowRateLimiter,
  parseRateLimit,
  type RateLimiter,
  type RateLimitRule,
  type ReleaseSlot,
} from './transport/rate-limiter.js';
export { defaultDispatcher } from './transport/http.js';
