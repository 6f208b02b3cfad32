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
// Zod schemas live in `@hr/feishu-corehr/schemas`; the root exports the documented types.
export {
  type I18nText,
  type EnumValue,
  type CustomField,
  CustomFieldDecodeError,
  decodeCustomFieldValue,
  encodeCustomFieldValue,
} from './models/common.js';
export {
  ONBOARDING_STATUSES,
  type OnboardingStatus,
  type CostCenterRate,
  type WorkEmail,
  type PreHire,
  type PreHireQuery,
  type PreHireQueryPage,
  type PatchPreHireResult,
} from './models/pre-hire.js';
export {
  type PatchPreHireBody,
  type PatchPreHireInput,
  type CostCenterRateInput,
  type CustomFieldInput,
} from './models/patch-pre-hire.js';
export type { CustomFieldValue } from './models/custom-field-v2.js';
export type {
  PersonAddress,
  PersonEmail,
  PersonInfo,
  PersonName,
  PersonPhone,
  NationalId,
} from './models/person-info.js';
export type { ContractInfo, CostCenterShare, EmploymentInfo, ProbationInfo } from './models/employment-info.js';
export {
  BUILT_IN_TASK_CODES,
  ONBOARDING_TASK_STATUSES,
  type OnboardingInfo,
  type OnboardingTask,
  type OnboardingTaskStatus,
} from './models/onboarding-info.js';
export type { OnboardingActionResult, PreHireIdResult, PreHireV2, PreHireV2Page } from './models/pre-hire-v2.js';
export type { AddressInput, EmailInput, NationalIdInput, PhoneInput } from './models/person-input.js';
export type {
  CreatePreHireBasicInfo,
  CreatePreHireBody,
  CreatePreHireOfferInfo,
  PreHireNameInput,
} from './models/create-pre-hire.js';
export {
  NAME_TYPES,
  type BasicInfoUpdate,
  type CostCenterShareInput,
  type NameInput,
  type OfferInfoUpdate,
  type PatchPreHireV2Body,
} from './models/patch-pre-hire-v2.js';
export {
  REHIRE_VALUES,
  type DepartmentIdType,
  type PreHireReadOptions,
  type QueryPreHiresBody,
  type SearchPreHiresBody,
  type UserIdType,
} from './models/search-pre-hires.js';
export {
  REVIEW_DECISIONS,
  TRANSFORM_TYPES,
  type RestoreFlowInstanceBody,
  type TransformOnboardingTaskBody,
  type TransitTaskBody,
  type WithdrawOnboardingBody,
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
