/**
 * `@hr/moka/schemas`: the zod schemas behind the client's models and inputs, for validating data
 * yourself (e.g. a candidate read back from your own store). Each is tied to the interface of the same
 * name without `Schema` (exported from `@hr/moka`). Responses are lenient (unknown keys kept).
 */
export { MokaAcknowledgementSchema } from './models/acknowledgement.js';
export { OfferCustomFieldListSchema, OfferCustomFieldSchema } from './models/offer-custom-field.js';
export { MokaUserInputSchema } from './models/user.js';
export {
  AddDepartmentsBodySchema,
  DepartmentSyncResultSchema,
  MokaDepartmentInputSchema,
  MokaDepartmentUpdateInputSchema,
  ReplaceDepartmentsBodySchema,
  UpdateDepartmentsBodySchema,
} from './models/department.js';
export {
  CandidateCustomFieldSchema,
  CandidateJobSchema,
  CandidatePageSchema,
  EhrCustomFieldSchema,
  MokaCandidateSchema,
} from './models/candidate.js';
export { ApplicationIdsSchema, ListCandidatesQuerySchema } from './models/candidate-query.js';
export {
  AwardInfoSchema,
  EducationInfoSchema,
  ExperienceInfoSchema,
  LanguageInfoSchema,
  PracticeInfoSchema,
  ProjectInfoSchema,
  SourceLevelSchema,
} from './models/candidate-history.js';
export {
  CandidateLabelSchema,
  MokaStaffContactSchema,
  PersonWithNumberSchema,
  ReferrerSchema,
  RemarkPersonSchema,
  RemarkSchema,
} from './models/candidate-people.js';
export {
  FeedbackSubjectSchema,
  FeedbackTemplateResultSchema,
  InterviewerSchema,
  SatisfactionDimensionSchema,
  SatisfactionRecordSchema,
} from './models/candidate-interview.js';
export {
  CandidateOfferSchema,
  HeadcountInfoSchema,
  JobRankInfoSchema,
  NamedFieldValueSchema,
  OfferCreatorSchema,
} from './models/candidate-offer.js';
export {
  CandidateAttachmentSchema,
  CustomStyleAttachmentSchema,
  ExamAttachmentSchema,
  ExamReportLinkSchema,
  OfferAttachmentSchema,
  SurveyAttachmentSchema,
  SurveySchema,
} from './models/candidate-files.js';
export { MokaUserV2InputSchema, MokaUserSyncV2AnswerSchema } from './models/user-v2.js';
export {
  AddDepartmentsV2BodySchema,
  LocalizedNameSchema,
  MokaDepartmentV2AnswerSchema,
  MokaDepartmentV2InputSchema,
  MokaDepartmentV2UpdateInputSchema,
  ReplaceDepartmentsV2BodySchema,
  UpdateDepartmentsV2BodySchema,
} from './models/department-v2.js';
export {
  MokaDepartmentDeletionBodySchema,
  MokaDepartmentListSchema,
  MokaDepartmentSchema,
} from './models/department-read.js';
export {
  ApplicationPageSchema,
  MokaApplicationSummarySchema,
  MokaMovedApplicationSchema,
  MovedApplicationPageSchema,
} from './models/application.js';
export { ListApplicationsQuerySchema, ListMovedApplicationsQuerySchema } from './models/application-query.js';
export { JobPageSchema, ListJobsQuerySchema, MokaJobSchema } from './models/job.js';
export { MokaAccessTokenSchema } from './auth/oauth.js';
export { MokaPushedCandidateSchema } from './webhooks/candidate-push.js';
export { MokaInterviewPushSchema } from './webhooks/interview-push.js';
