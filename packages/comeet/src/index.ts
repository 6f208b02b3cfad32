/** `@hr/comeet`: a typed client of the Comeet Recruiting API. */
export { ComeetClient, type ComeetClientOptions, COMEET_BASE_URL, TOKEN_LIFETIME_SECONDS } from './client.js';
export { Candidates, type RetrieveCandidateParams } from './resources/candidates.js';
export { CandidateConflictError } from './errors.js';
export { ERROR_KINDS, mapComeetResponse } from './envelope.js';
export {
  type Candidate,
  type CandidateFile,
  CandidateFileListSchema,
  CandidateFileSchema,
  CandidateSchema,
  type CandidateStep,
  CandidateStepSchema,
  type SourceContact,
  SourceContactSchema,
} from './models/candidate.js';
export {
  type CandidateAddressInput,
  type CandidateLinkInput,
  CreateCandidateBodySchema,
  type CreateCandidateParams,
  PROSPECT_STATUSES,
  type ProspectStatus,
  type SourceContactInput,
} from './models/create-candidate.js';
export { type CandidateFileInput, type CandidatePictureInput } from './models/file-input.js';
export {
  type AttachmentOptions,
  type FileOptions,
  type FileSource,
  attachmentFrom,
  pictureFrom,
  resumeFrom,
} from './files/helpers.js';
export {
  FILE_EXTENSIONS,
  IMAGE_EXTENSIONS,
  MAX_FILE_BYTES,
  OTHER_FILE_EXTENSIONS,
  RESUME_EXTENSIONS,
} from './files/rules.js';
export { VERSION } from './version.js';
// The error hierarchy of @hr/core, re-exported so `instanceof` checks need no second import.
export {
  APIError,
  AbortError,
  AuthenticationError,
  ConflictError,
  ConnectionError,
  HRError,
  InputValidationError,
  InvalidRequestError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseValidationError,
  ServerError,
  TimeoutError,
} from '@hr/core';
