/**
 * `@hr/moka`: a typed client of Moka's API platform: the client, its resources, the types of what
 * they take and return, the documented codes users write, and the errors they catch. Zod schemas
 * are in `@hr/moka/schemas`; the response mapper and failure classifiers behind the client in
 * `@hr/moka/internal`.
 */
export { VERSION } from './version.js';
export { MokaClient, MOKA_BASE_URL, type MokaClientOptions } from './client.js';
export { MokaUserSyncError } from './users/sync-error.js';
export { type FailedBatchState, type RefusedUser } from './users/outcome.js';
export {
  OFFER_CUSTOM_FIELD_TYPE,
  type OfferCustomFieldType,
  HIRE_MODE,
  type HireMode,
  USER_ROLE,
  type UserRole,
  CERTIFICATE_TYPE,
  OFFER_STATUS,
  type UserLocale,
  type DepartmentType,
  type CandidateStage,
  type CandidateOrder,
  type InvitationUpdateStatus,
} from './constants.js';

export { Offers } from './resources/offers.js';
export { Users } from './resources/users.js';
export { Candidates, type CandidateListing } from './resources/candidates.js';
export {
  CandidatePull,
  type CandidatePullPage,
  type CandidatePullResult,
  type PullCandidatesParams,
} from './resources/candidate-pull.js';
export { Departments } from './resources/departments.js';

export { type MokaAcknowledgement } from './models/acknowledgement.js';
export { type OfferCustomField, type OfferCustomFieldList } from './models/offer-custom-field.js';
export { MAX_USERS_PER_SYNC, type MokaUserInput, type SyncUsersResult } from './models/user.js';
export {
  type DepartmentSyncResult,
  type MokaDepartmentInput,
  type MokaDepartmentUpdateInput,
} from './models/department.js';
export {
  type CandidateCustomField,
  type CandidateJob,
  type CandidatePage,
  type EhrCustomField,
  type MokaCandidate,
} from './models/candidate.js';
export {
  type CandidateStageFilters,
  type ListCandidatesByApplicationId,
  type ListCandidatesByStage,
  type ListCandidatesParams,
  MAX_CANDIDATES_PER_PAGE,
} from './models/candidate-query.js';
export {
  type AwardInfo,
  type EducationInfo,
  type ExperienceInfo,
  type LanguageInfo,
  type PracticeInfo,
  type ProjectInfo,
  type SourceLevel,
} from './models/candidate-history.js';
export {
  type CandidateLabel,
  type MokaStaffContact,
  type PersonWithNumber,
  type Referrer,
  type Remark,
  type RemarkPerson,
} from './models/candidate-people.js';
export {
  type FeedbackSubject,
  type FeedbackTemplateResult,
  type Interviewer,
  type SatisfactionDimension,
  type SatisfactionRecord,
} from './models/candidate-interview.js';
export {
  type CandidateOffer,
  type HeadcountInfo,
  type JobRankInfo,
  type NamedFieldValue,
  type OfferCreator,
} from './models/candidate-offer.js';
export {
  type CandidateAttachment,
  type CustomStyleAttachment,
  type ExamAttachment,
  type ExamReportLink,
  type OfferAttachment,
  type Survey,
  type SurveyAttachment,
} from './models/candidate-files.js';
export {
  departmentListProblems,
  type DepartmentProblem,
  type DepartmentRule,
  type DepartmentNode,
} from './models/department-rules.js';

// Moka's current API beyond the seed pages: OAuth2, the v2 user and department writes, department
// read / delete, the all-stage application feeds, career-site jobs.
export { MOKA_PLATFORM_URL, type MokaApiKeyOptions, type MokaOAuthOptions } from './client.js';
export { MOKA_DEFAULT_RATE_LIMIT } from './rate-limit.js';
export { UsersV2 } from './resources/users-v2.js';
export {
  MAX_USERS_PER_SYNC_V2,
  type MokaUserV2Input,
  type MokaUserSyncV2Answer,
  type MokaUserV2Refusal,
  type UserUniqueType,
} from './models/user-v2.js';
export { DepartmentsV2 } from './resources/departments-v2.js';
export {
  TOP_LEVEL_PARENT_CODE,
  type LocalizedName,
  type MokaDepartmentV2Answer,
  type MokaDepartmentV2Input,
  type MokaDepartmentV2UpdateInput,
  type MokaDepartmentsV2Body,
} from './models/department-v2.js';
export {
  isMarkedDeleted,
  type MokaDepartment,
  type MokaDepartmentDeletion,
  type MokaDepartmentDeletionBody,
  type MokaDepartmentList,
} from './models/department-read.js';
export {
  Applications,
  type ApplicationListing,
  type MovedApplicationListing,
  type PullApplicationsParams,
} from './resources/applications.js';
export { ApplicationPull, type ApplicationPullPage, type ApplicationPullResult } from './resources/application-pull.js';
export {
  type ApplicationPage,
  type MokaApplicationSummary,
  type MokaMovedApplication,
  type MovedApplicationPage,
} from './models/application.js';
export {
  MOVED_APPLICATION_STAGE,
  type ListApplicationsParams,
  type ListMovedApplicationsParams,
  type MovedApplicationStage,
} from './models/application-query.js';
export { Jobs, type JobListing } from './resources/jobs.js';
export { type JobPage, type ListJobsParams, type MokaJob } from './models/job.js';

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
  PaginationError,
  ResponseTooLargeError,
  BatchError,
} from '@hr/core';
