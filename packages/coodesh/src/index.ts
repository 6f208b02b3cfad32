/**
 * `@hr/coodesh`: a typed client of the Coodesh API: the client, its resource and model types, the
 * route table, the errors users catch and the enum constants. Zod schemas are in
 * `@hr/coodesh/schemas`; the operations whose route was lost in `@hr/coodesh/lost-routes`; the
 * response mapper and the helpers behind the client in `@hr/coodesh/internal`.
 */
export { CoodeshClient, type CoodeshClientOptions } from './client.js';
export { VERSION } from './version.js';
export { COODESH_BASE_URL, COODESH_LANGUAGES, type CoodeshLanguage } from './constants.js';
export type { CoodeshScope, CoodeshRequestOptions, CoodeshPaginateOptions, ResponseSchemaOptions } from './scope.js';

// Routes: where each operation goes, and what it takes to send the unconfirmed ones
export { COODESH_ROUTES } from './routing/router.js';
export type { CoodeshOperationId } from './routing/operation-types.js';
export type { UnconfirmedRoute, LostRoute } from './routing/route-labels.js';
export type { CoodeshRoute, RouteSpec, RouteStatus, RouteConfidence } from './routing/route.js';
export { UnconfirmedRouteError } from './routing/unconfirmed-route-error.js';

// Resources (the catalogue's are generated)
export type { Auth } from './resources/auth.js';
export type { Jobs } from './resources/jobs.js';
export type { Companies } from './resources/companies.js';
export type { Fields } from './resources/fields.js';
export type { Blog, BlogPosts, BlogCategories } from './resources/blog.js';
export type { Ats, AtsAssessments, AtsAttempts } from './resources/ats.js';

// Models (hand-written, then generated)
export type { PageEnvelope, OffsetEnvelope, ListQuery, OffsetListQuery, PageQuery } from './models/paging.js';
export { SORT_ORDERS, type SortOrder } from './models/paging.js';
export type {
  MessageResult,
  Option,
  NamedReference,
  ExportFile,
  EmptyResult,
  LabelMap,
  OrderedLabels,
} from './models/common.js';
export type { UserReference, AuthUser } from './models/user.js';
export type { CompanyReference } from './models/company-reference.js';
export type { SkillReference } from './models/skill-reference.js';
export type { GeoPoint, JobAddress } from './models/address.js';
export type { SalaryRange, SalaryRangeInput } from './models/salary.js';
export {
  JOB_CONTRACT_TYPES,
  JOB_LEVELS,
  JOB_REMOTE_POLICIES,
  JOB_FORMATS,
  JOB_KINDS,
  JOB_STATUSES,
  JOB_SALARY_SCOPES,
  JOB_APPLICATION_TYPES,
  type JobContractType,
  type JobLevel,
  type JobRemotePolicy,
  type JobFormat,
  type JobKind,
  type JobStatus,
  type JobSalaryScope,
  type JobApplicationType,
} from './models/job-enums.js';
export type { JobCard, JobCategory, Job, JobListQuery } from './models/job.js';
export type { SlugOption, LocationOption, SalaryBounds, JobSearchFields } from './models/job-search-fields.js';
export type { JobFieldLabels, PlanLabels, AssessmentLabels, ApplicationFieldLabels } from './models/field-labels.js';
export type {
  CandidateAddressInput,
  ApplyToJobBody,
  ApplicationReport,
  JobApplication,
} from './models/job-application.js';
export {
  USER_ROLES,
  type UserRole,
  type ApiKeyInfo,
  type AuthResult,
  type ConnectResult,
  type Whitelabel,
  type InvitedPerson,
  type WorkspaceInvite,
  type UserMessageResult,
  type EmailBody,
  type ResetPasswordBody,
  type SigninBody,
  type PrivacyConsent,
  type SignupAddress,
  type UtmTracking,
  type RegistrationBody,
  type SignupBody,
  type AcceptInviteBody,
  type OAuthBody,
  type SamlBody,
  type SamlCallbackBody,
} from './models/auth.js';
export {
  ASSESSMENT_LEVELS,
  DURATION_UNITS,
  type AssessmentLevel,
  type DurationUnit,
  type AtsAssessment,
  type AtsAssessmentsQuery,
} from './models/ats-assessment.js';
export {
  ATTEMPT_STATUSES,
  ATTEMPT_STAGES,
  type AttemptStatus,
  type AttemptStage,
  type AtsCreateAttemptBody,
  type AtsCreateAttemptResult,
  type AtsTestResult,
  type ProctoringSummary,
  type AtsAttemptResult,
} from './models/ats-attempt.js';
export {
  WP_CONTEXTS,
  type WpRendered,
  type WpPost,
  type WpCategory,
  type WpIdList,
  type WpListQuery,
} from './models/blog.js';
export type { AssessmentResultWebhookEvent } from './models/assessment-result-webhook.js';
export { CONTENT_STATUSES, QUESTION_TYPES, type ContentStatus, type QuestionType } from './models/enums.js';
export type { LocalizedText, TranslatedContent, LocalizedTextInput, TranslatedContentInput } from './models/i18n.js';
export type { IdsBody, IdList, TranslateBody, DuplicateBody, JsonLogicRule, JsonLogicFilter } from './models/inputs.js';
export type * from './generated/types.js';

// Errors (the core hierarchy, re-exported so one import is enough)
export {
  HRError,
  APIError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  InvalidRequestError,
  RateLimitError,
  ServerError,
  ConnectionError,
  TimeoutError,
  AbortError,
  InputValidationError,
  ResponseValidationError,
  ResponseTooLargeError,
  PaginationError,
  BatchError,
} from '@hr/core';
export { CoodeshWebhookError } from './webhooks/assessment-result.js';
