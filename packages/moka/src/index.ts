export { VERSION } from './version.js';
export { MokaClient, MOKA_BASE_URL, type MokaClientOptions } from './client.js';
export { mapMokaResponse } from './envelope.js';
export {
  MOKA_DOCUMENTED_ERRORS,
  findDocumentedError,
  classifyMokaMessage,
  type MokaDocumentedError,
} from './errors.js';
export {
  MOKA_AUTH_FAILURE_SHAPES,
  classifyMokaAuthFailure,
  isMokaAuthFailureMessage,
  type MokaAuthFailure,
  type MokaAuthFailureShape,
  type MokaFailureResponse,
} from './auth-failure.js';
export { MokaUserSyncError, findRefusedUser, type FailedBatchState } from './user-sync-error.js';
export * from './constants.js';

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
