/**
 * `@hr/core/internal`: the helpers the `@hr` vendor packages are built with. No stability promise:
 * they may change in any release. Applications should use `@hr/core` and the vendor packages.
 */
export { createAPIError, kindFromStatus, isTransientStatus } from './errors/api-error.js';
export { Redactor, REDACTED } from './redaction/redactor.js';
export { LevelLogger } from './logging/logger.js';
export { defaultEnvelope } from './pipeline/envelope.js';
export { resolveLazy } from './operation/schema.js';
export { isIdempotentMethod } from './operation/define.js';
export { parseWithIssues, toValidationIssues } from './operation/validate.js';
export { buildPath, pathParameterNames, joinUrl } from './transport/path.js';
export { serializeQuery } from './transport/query.js';
export { defaultDispatcher, sendHttp, httpResponse, type SendFn, type SendSettings } from './transport/http.js';
export { backoffDelay, retryAfterFromHeaders, sleep } from './transport/retry.js';
export { parseRateLimit } from './transport/rate-limiter.js';
export { abortable } from './transport/abortable.js';
export { headerIssues } from './transport/header-values.js';
export { chunk } from './client/batches.js';
export { acrossGroups } from './pagination/fan-out.js';
export { readFileSource, formatBytes, type ReadFileOptions, type ReadFile } from './body/file.js';
export { isFileUpload } from './body/upload.js';
export { closestName } from './text/closest-name.js';
export { fastParse, REJECTED } from './operation/fast-parse/index.js';
