/**
 * `@hr/feishu-corehr/schemas`: the zod schemas behind the documented types, for validating data
 * you store or receive yourself. Most are built on first use: call `PreHireV2Schema()` to get the
 * schema. Response schemas are lenient (unknown keys kept, open enums); request schemas are open
 * (unknown keys allowed) and carry Feishu's documented rules.
 */
// The generated schemas (every model of the pre-hire operations), then the request schemas with the
// rules Feishu's pages state on top of them.
export * from './generated/schemas.js';
export { CreatePreHireBodySchema } from './models/create-pre-hire.js';
export { PatchPreHireBodySchema } from './models/patch-pre-hire.js';
export { PatchPreHireV2BodySchema } from './models/patch-pre-hire-v2.js';
export {
  QueryPreHiresQuerySchema,
  SearchPreHiresBodySchema,
  SearchPreHiresQuerySchema,
} from './models/read-pre-hires.js';
export { TransformOnboardingTaskBodySchema, WithdrawOnboardingBodySchema } from './models/onboarding-actions.js';
export {
  AppTicketEventSchema,
  FeishuEventHeaderSchema,
  OnboardingTaskChangedEventSchema,
  PreHireUpdatedEventSchema,
} from './events/payloads.js';
