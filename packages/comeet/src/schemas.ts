/**
 * `@hr/comeet/schemas`: the zod schemas behind the client's models and inputs, for validating data
 * yourself. Each is tied to the interface of the same name without `Schema` (exported from
 * `@hr/comeet`, or `@hr/comeet/webhooks` for pushes). Responses are lenient (unknown keys kept).
 */
export {
  CandidateFileListSchema,
  CandidateFileSchema,
  CandidateOpeningSchema,
  CandidateResumeSchema,
  CandidateSchema,
  CandidateSourceSchema,
  CandidateStepSchema,
  SourceContactSchema,
} from './models/candidate.js';
export { CandidatePageSchema, ListCandidatesQuerySchema } from './models/candidate-query.js';
export {
  ListPositionCandidatesQuerySchema,
  ListPositionsQuerySchema,
  PositionPageSchema,
} from './models/position-query.js';
export { AddNoteBodySchema, CandidateNoteSchema, NoteAuthorSchema, NoteDetailSchema } from './models/note.js';
export { DuplicateMatchListSchema, FindDuplicatesQuerySchema } from './models/duplicates.js';
export { ListLocationsQuerySchema, LocationPageSchema } from './models/location.js';
export {
  ListOpeningsQuerySchema,
  OpeningApprovalProcessSchema,
  OpeningPageSchema,
  OpeningSchema,
} from './models/opening.js';
export {
  CandidateAddressInputSchema,
  CreateCandidateBodySchema,
  SourceContactInputSchema,
} from './models/create-candidate.js';
export { UpdateCandidateBodySchema } from './models/update-candidate.js';
export {
  CareersPositionListSchema,
  CareersPositionSchema,
  ComeetPositionSchema,
  PositionCategorySchema,
  PositionDetailSchema,
  PositionLocationSchema,
  PositionSalaryRangeSchema,
  PositionUserSchema,
  PositionUsersSchema,
} from './models/position.js';
export { HireWebhookPayloadSchema } from './webhooks/hire-payload.js';
