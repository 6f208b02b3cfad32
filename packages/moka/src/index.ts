export { VERSION } from './version.js';
export { MokaClient, MOKA_BASE_URL, type MokaClientOptions } from './client.js';
export { mapMokaResponse, mokaRetryVerdict } from './envelope.js';
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

export * from './models/acknowledgement.js';
export * from './models/offer-custom-field.js';
export * from './models/user.js';
export * from './models/department.js';
export {
  departmentListProblems,
  type DepartmentProblem,
  type DepartmentRule,
  type DepartmentNode,
} from './models/department-rules.js';
export * from './models/candidate.js';
export * from './models/candidate-query.js';
export * from './models/candidate-history.js';
export * from './models/candidate-people.js';
export * from './models/candidate-interview.js';
export * from './models/candidate-offer.js';
export * from './models/candidate-files.js';

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
  BatchError,
} from '@hr/core';
