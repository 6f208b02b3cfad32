/** `@hr/feishu-corehr`: a typed client of Feishu / Lark CoreHR pre-hires with managed tenant tokens. */
export {
  FeishuCoreHRClient,
  type FeishuCoreHRClientOptions,
  type FeishuAppCredentialsOptions,
  type FeishuStaticTokenOptions,
  type FeishuDomain,
  FEISHU_BASE_URL,
  LARK_BASE_URL,
} from './client.js';
export {
  PreHires,
  type ListPreHiresParams,
  type PatchPreHireOptions,
  MAX_PRE_HIRE_IDS_PER_CALL,
} from './resources/pre-hires.js';
export { tenantAccessTokenOperation, type TenantAccessTokenResult } from './auth/tenant-token.js';
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
export {
  type I18nText,
  I18nTextSchema,
  type EnumValue,
  type CustomField,
  CustomFieldSchema,
  CustomFieldDecodeError,
  decodeCustomFieldValue,
  encodeCustomFieldValue,
} from './models/common.js';
export {
  ONBOARDING_STATUSES,
  type OnboardingStatus,
  type CostCenterRate,
  CostCenterRateSchema,
  type WorkEmail,
  WorkEmailSchema,
  type PreHire,
  PreHireSchema,
  type PreHireQuery,
  PreHireQuerySchema,
  type PreHireQueryPage,
  PreHireQueryPageSchema,
  type PatchPreHireResult,
  PatchPreHireResultSchema,
} from './models/pre-hire.js';
export {
  type PatchPreHireBody,
  PatchPreHireBodySchema,
  type CostCenterRateInput,
  type CustomFieldInput,
} from './models/patch-pre-hire.js';
export { VERSION } from './version.js';
// The error hierarchy of @hr/core, re-exported so `instanceof` checks need no second import.
export {
  APIError,
  AbortError,
  AuthenticationError,
  ConnectionError,
  HRError,
  InputValidationError,
  InvalidRequestError,
  PaginationError,
  PermissionDeniedError,
  RateLimitError,
  ResponseValidationError,
  ServerError,
  TimeoutError,
  InMemoryTokenStore,
  type TokenStore,
} from '@hr/core';
