/**
 * `@hr/feishu-corehr/schemas`: the zod schemas behind the documented types, for validating data
 * you store or receive yourself. Most are built on first use: call `PreHireV2Schema()` to get the
 * schema. Response schemas are lenient (unknown keys kept, open enums); request schemas are open
 * (unknown keys allowed) and carry Feishu's documented rules.
 */
export { CustomFieldSchema, I18nTextSchema } from './models/common.js';
export {
  CostCenterRateSchema,
  PatchPreHireResultSchema,
  PreHireQueryPageSchema,
  PreHireQuerySchema,
  PreHireSchema,
  WorkEmailSchema,
} from './models/pre-hire.js';
export { PatchPreHireBodySchema } from './models/patch-pre-hire.js';
export { CustomFieldValueSchema } from './models/custom-field-v2.js';
export {
  NationalIdSchema,
  PersonAddressSchema,
  PersonEmailSchema,
  PersonInfoSchema,
  PersonNameSchema,
  PersonPhoneSchema,
} from './models/person-info.js';
export {
  ContractInfoSchema,
  CostCenterShareSchema,
  EmploymentInfoSchema,
  ProbationInfoSchema,
} from './models/employment-info.js';
export { OnboardingInfoSchema, OnboardingTaskSchema } from './models/onboarding-info.js';
export {
  OnboardingActionResultSchema,
  PreHireIdResultSchema,
  PreHireV2PageSchema,
  PreHireV2Schema,
} from './models/pre-hire-v2.js';
export { CreatePreHireBodySchema } from './models/create-pre-hire.js';
export { PatchPreHireV2BodySchema } from './models/patch-pre-hire-v2.js';
export {
  QueryPreHiresBodySchema,
  QueryPreHiresQuerySchema,
  SearchPreHiresBodySchema,
  SearchPreHiresQuerySchema,
} from './models/search-pre-hires.js';
export {
  RestoreFlowInstanceBodySchema,
  TransformOnboardingTaskBodySchema,
  TransitTaskBodySchema,
  WithdrawOnboardingBodySchema,
} from './models/onboarding-actions.js';
export {
  AppTicketEventSchema,
  FeishuEventHeaderSchema,
  OnboardingTaskChangedEventSchema,
  PreHireUpdatedEventSchema,
} from './events/payloads.js';
