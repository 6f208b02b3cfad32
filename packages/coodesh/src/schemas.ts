// The '@hr/coodesh/schemas' entry: the zod schema of every model (lazy: call it to build it, e.g.
// `JobCardSchema().parse(data)`), and the envelope builders.
export {
  pageEnvelope,
  offsetEnvelope,
  ListQuerySchema,
  OffsetListQuerySchema,
  PageQuerySchema,
} from './models/paging.js';
export {
  MessageResultSchema,
  OptionSchema,
  NamedReferenceSchema,
  ExportFileSchema,
  EmptyResultSchema,
  LabelMapSchema,
  OrderedLabelsSchema,
} from './models/common.js';
export { UserReferenceSchema, AuthUserSchema } from './models/user.js';
export { CompanyReferenceSchema } from './models/company-reference.js';
export { SkillReferenceSchema } from './models/skill-reference.js';
export { GeoPointSchema, JobAddressSchema } from './models/address.js';
export { SalaryRangeSchema, SalaryRangeInputSchema } from './models/salary.js';
export { JobCardSchema, JobCategorySchema, JobSchema, JobListQuerySchema } from './models/job.js';
export {
  SlugOptionSchema,
  LocationOptionSchema,
  SalaryBoundsSchema,
  JobSearchFieldsSchema,
} from './models/job-search-fields.js';
export { JobFieldLabelsSchema, ApplicationFieldLabelsSchema } from './models/field-labels.js';
export {
  CandidateAddressInputSchema,
  ApplyToJobBodySchema,
  ApplicationReportSchema,
  JobApplicationSchema,
} from './models/job-application.js';
export {
  ApiKeyInfoSchema,
  AuthResultSchema,
  ConnectResultSchema,
  WhitelabelSchema,
  WorkspaceInviteSchema,
  UserMessageResultSchema,
  EmailBodySchema,
  ResetPasswordBodySchema,
  SigninBodySchema,
  PrivacyConsentSchema,
  SignupBodySchema,
  AcceptInviteBodySchema,
  OAuthBodySchema,
  SamlBodySchema,
  SamlCallbackBodySchema,
} from './models/auth.js';
export { AtsAssessmentSchema, AtsAssessmentsQuerySchema } from './models/ats-assessment.js';
export {
  AtsCreateAttemptBodySchema,
  AtsCreateAttemptResultSchema,
  AtsTestResultSchema,
  ProctoringSummarySchema,
  AtsAttemptResultSchema,
} from './models/ats-attempt.js';
export { WpRenderedSchema, WpPostSchema, WpCategorySchema, WpListQuerySchema } from './models/blog.js';
export { AssessmentResultWebhookEventSchema } from './models/assessment-result-webhook.js';
export {
  LocalizedTextSchema,
  TranslatedContentSchema,
  LocalizedTextInputSchema,
  TranslatedContentInputSchema,
} from './models/i18n.js';
export {
  IdsBodySchema,
  IdListSchema,
  TranslateBodySchema,
  DuplicateBodySchema,
  jsonLogicQuery,
} from './models/inputs.js';
export * from './generated/schemas.js';
