/**
 * `@hr/feishu-corehr/internal`: what the client is built from: the response mapper, the table of
 * documented error codes and the token operations. No stability promise: any of it may change in
 * any release. Applications use `@hr/feishu-corehr` (a failure's documented description is on
 * `error.details`).
 */
export {
  FEISHU_ERROR_CODES,
  type FeishuCodeInfo,
  type FeishuErrorCode,
  INVALID_TOKEN_CODES,
  PERMISSION_CODES,
  RATE_LIMIT_CODE,
  describeFeishuCode,
} from './error-codes.js';
export { mapFeishuResponse, describeFeishuFailure } from './envelope.js';
export { tenantAccessTokenOperation, type TenantAccessTokenResult } from './auth/tenant-token.js';
export {
  appAccessTokenOperation,
  resendAppTicketOperation,
  storeTenantAccessTokenOperation,
  type AppAccessTokenResult,
} from './auth/store-app-operations.js';
