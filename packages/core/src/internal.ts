/**
 * `@hr/core/internal`: the building blocks the `@hr` vendor packages are made of: the client base,
 * declarative operations, response mappers, pagination styles, schema helpers, auth strategies and
 * the helpers behind them. No stability promise: any of it may change in any release. Applications
 * should use `@hr/core` and the vendor packages.
 */

// The client base and the vendor contract: what a vendor package declares.
export { BaseClient, type PageItem, type BatchResult } from './client/base-client.js';
export { Resource } from './client/resource.js';
export type { VendorConfig, Caller } from './contract/vendor.js';
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
  type ArrayFormat,
} from './contract/operation.js';
export type {
  ResponseMapper,
  MappedResponse,
  ResponseContext,
  Failure,
  RetryVerdict,
} from './contract/response-mapper.js';
export {
  nextCursor,
  pageToken,
  pageNumber,
  offsetLimit,
  nextLink,
  type PaginationStyle,
  type PageInfo,
  type LaterPages,
} from './contract/pagination-styles.js';
export { openEnum, schemaFor, lazySchema, type Lazy, type KnownKeys } from './contract/schema.js';
export { uploadSchema, type UploadRules } from './body/upload.js';

// Auth strategies.
export type { AuthStrategy, AuthContext, SecretListener } from './auth/strategy.js';
export { BasicAuth, ApiKeyAuth, BearerAuth } from './auth/static-auth.js';
export {
  TokenProviderAuth,
  type TokenProviderAuthOptions,
  type FetchedToken,
  type TokenFetchContext,
} from './auth/token-provider.js';
export { JwtAuth, type JwtAuthOptions } from './auth/jwt-auth.js';

// Helpers.
export { createAPIError, kindFromStatus, type APIErrorInit } from './errors/api-error.js';
export { Redactor, REDACTED } from './redaction/redactor.js';
export { LevelLogger } from './logging/logger.js';
export { parseWithIssues, toValidationIssues } from './call/validate.js';
export { buildPath, pathParameterNames, serializeQuery } from './call/prepare.js';
export { backoffDelay } from './call/run-call.js';
export { retryAfterFromHeaders } from './call/interpret.js';
export { sleep } from './async/abort.js';
export { parseRateLimit } from './rate-limit/sliding-window.js';
export { scopedRateLimiter } from './rate-limit/scoped-limiter.js';
export { readFileSource, formatBytes, type ReadFileOptions, type ReadFile } from './body/file.js';
export { closestName } from './text/closest-name.js';
export { fastParse, REJECTED } from './fast-parse/compile.js';
// The transport alone, for a vendor's request that is not an API call (Feishu's long-connection endpoint).
export { sendHttp, defaultDispatcher } from './transport/http.js';
