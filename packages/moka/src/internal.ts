/**
 * `@hr/moka/internal`: what the client is built from: the response mapper, the documented failure
 * messages and the classifiers of refused credentials, and the parser of a refused user sync. No
 * stability promise: any of it may change in any release. Applications use `@hr/moka`.
 */
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
export { findRefusedUser } from './user-sync-error.js';
