/**
 * `@hr/core/internal`: the helpers the `@hr` vendor packages are built with. No stability promise:
 * they may change in any release. Applications should use `@hr/core` and the vendor packages.
 */
export { createAPIError, kindFromStatus } from './errors/api-error.js';
export { Redactor, REDACTED } from './redaction/redactor.js';
export { LevelLogger } from './logging/logger.js';
export { parseWithIssues, toValidationIssues } from './operation/validate.js';
export { buildPath, pathParameterNames } from './transport/path.js';
export { serializeQuery } from './transport/query.js';
export { backoffDelay, retryAfterFromHeaders, sleep } from './transport/retry.js';
export { parseRateLimit } from './transport/rate-limiter.js';
export { scopedRateLimiter } from './transport/scoped-limiter.js';
export { readFileSource, formatBytes, type ReadFileOptions, type ReadFile } from './body/file.js';
export { closestName } from './text/closest-name.js';
export { fastParse, REJECTED } from './operation/fast-parse/index.js';
