/**
 * `@hr/comeet`: a typed client of the Comeet Recruiting API, and of its public Careers API: the
 * clients, their resources, the types of what they take and return, the file helpers and limits, and
 * the errors users catch. Zod schemas are in `@hr/comeet/schemas`; the response mapper behind the
 * clients in `@hr/comeet/internal`.
 */
export { ComeetClient, type ComeetClientOptions, COMEET_BASE_URL } from './client.js';
export { ComeetCareersClient, type ComeetCareersClientOptions, COMEET_CAREERS_BASE_URL } from './careers/client.js';
export { CareersPositions, type CareersCredentials, type CareersPositionsParams } from './careers/positions.js';
export { Candidates, type CandidateListing, type RetrieveCandidateParams } from './resources/candidates.js';
export { Positions, type PositionListing } from './resources/positions.js';
export { CandidateConflictError } from './errors.js';
export {
  type Candidate,
  type CandidateFile,
  type CandidateOpening,
  type CandidateResume,
  type CandidateSource,
  type CandidateStatus,
  type CandidateStep,
  CANDIDATE_STATUSES,
  type SourceContact,
} from './models/candidate.js';
export type { ListCandidatesParams } from './models/candidate-query.js';
// Lists, write-backs and lookups: pages, the rate limit, notes, duplicates, locations and openings.
export { COMEET_RATE_LIMIT } from './rate-limit.js';
export type { ComeetListPage } from './models/list-page.js';
export type { ListPositionCandidatesParams, ListPositionsParams } from './models/position-query.js';
export type {
  AddNoteParams,
  CandidateNote,
  NoteAuthor,
  NoteAuthorInput,
  NoteDetail,
  NoteDetailInput,
} from './models/note.js';
export type { DuplicateMatch, FindDuplicatesParams } from './models/duplicates.js';
export { Locations, type LocationListing } from './resources/locations.js';
export type { ComeetLocation, ListLocationsParams } from './models/location.js';
export { Openings, type OpeningListing } from './resources/openings.js';
export {
  APPROVAL_STATUSES,
  type ListOpeningsParams,
  type Opening,
  type OpeningApprovalProcess,
  OPENING_REASONS,
  OPENING_STATUSES,
} from './models/opening.js';
export {
  type CandidateAddressInput,
  type CandidateLinkInput,
  type CreateCandidateParams,
  PROSPECT_STATUSES,
  type ProspectStatus,
  type SourceContactInput,
} from './models/create-candidate.js';
export { type CandidateUpdatedBy, type UpdateCandidateParams, UPDATED_BY_TYPES } from './models/update-candidate.js';
export {
  type CareersPosition,
  type ComeetPosition,
  POSITION_STATUSES,
  type PositionCategory,
  type PositionDetail,
  type PositionLocation,
  type PositionSalaryRange,
  type PositionUser,
  type PositionUsers,
  SALARY_PERIODS,
  WORKPLACE_TYPES,
} from './models/position.js';
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
  ResponseTooLargeError,
  ResponseValidationError,
  ServerError,
  TimeoutError,
  PaginationError,
  BatchError,
} from '@hr/core';
