/**
 * `@hr/feishu-corehr`: a typed client of Feishu / Lark CoreHR pre-hires with managed tenant tokens:
 * the client, its resources, the types of what they take and return, and the errors users catch.
 * Zod schemas are in `@hr/feishu-corehr/schemas`; the response mapper, the error-code table and
 * the token operations behind the client in `@hr/feishu-corehr/internal`.
 */
export {
  FeishuCoreHRClient,
  type FeishuCoreHRClientOptions,
  type FeishuAppCredentialsOptions,
  type FeishuStoreAppOptions,
  type FeishuStaticTokenOptions,
  DEFAULT_APP_TICKET_WAIT_MS,
  type FeishuDomain,
  FEISHU_BASE_URL,
  LARK_BASE_URL,
} from './client.js';
export {
  PreHires,
  type ListPreHiresParams,
  type PatchPreHireOptions,
  MAX_PRE_HIRE_IDS_PER_CALL,
  DEFAULT_LIST_PAGE_SIZE,
} from './resources/pre-hires.js';
export type { FeishuRequestOptions, FeishuPaginateOptions } from './request-options.js';
export type { AppTicketInput } from './auth/store-app-auth.js';
export { AppTicketUnavailableError } from './auth/store-app-errors.js';
// Zod schemas live in `@hr/feishu-corehr/schemas`; the root exports the documented types, generated
// from the field facts of Feishu's official definitions (scripts/manifest), and the helpers around them.
export * from './generated/types.js';
export {
  type CustomFieldLike,
  CustomFieldDecodeError,
  decodeCustomFieldValue,
  encodeCustomFieldValue,
} from './models/custom-fields.js';
export { BUILT_IN_TASK_CODES } from './models/onboarding-info.js';
export { MAX_QUERY_PAGE_SIZE, MAX_SEARCH_PAGE_SIZE, type PreHireReadOptions } from './models/read-pre-hires.js';
export {
  MAX_REVIEW_REASON_BYTES,
  MAX_WITHDRAW_REASON_LENGTH,
  NOT_SUBMITTABLE_TASK_CODES,
  REVIEW_DECISIONS,
  TRANSFORM_TYPES,
  type TransformOnboardingTaskInput,
} from './models/onboarding-actions.js';
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
  ResponseTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  ResponseValidationError,
  ServerError,
  TimeoutError,
  InMemoryTokenStore,
  type TokenStore,
} from '@hr/core';
