/**
 * `@hr/comeet/schemas`: the zod schemas behind the client's models and inputs, for validating data
 * yourself. Each is tied to the interface of the same name without `Schema` (exported from
 * `@hr/comeet`, or `@hr/comeet/webhooks` for pushes). Responses are lenient (unknown keys kept).
 */
export {
  CandidateFileListSchema,
  CandidateFileSchema,
  CandidateSchema,
  CandidateStepSchema,
  SourceContactSchema,
} from './models/candidate.js';
export { CandidateListSchema, ListCandidatesQuerySchema } from './models/candidate-query.js';
export {
  CandidateAddressInputSchema,
  CreateCandidateBodySchema,
  SourceContactInputSchema,
} from './models/create-candidate.js';
export { UpdateCandidateBodySchema } from './models/update-candidate.js';
export {
  CareersPositionListSchema,
  CareersPositionSchema,
  ComeetPositionListSchema,
  ComeetPositionSchema,
  PositionCategorySchema,
  PositionDetailSchema,
  PositionLocationSchema,
  PositionSalaryRangeSchema,
} from './models/position.js';
export { HireWebhookPayloadSchema } from './webhooks/hire-payload.js';
