/**
 * `@hr/moka/internal`: what the client is built from: the response mapper (per credential), the
 * success codes, the documented failure messages and the classifiers of refused credentials and empty
 * stages, the OAuth2 token answer, and the parser of a refused user sync. No stability promise: any of
 * it may change in any release. Applications use `@hr/moka`.
 */
export { mapMokaResponse, createMokaResponseMapper, type MokaCredential } from './envelope.js';
export { isMokaSuccessCode } from './success.js';
export { isEmptyStageAnswer } from './empty-stage.js';
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
export { type MokaAccessToken } from './auth/oauth.js';
export { findRefusedUser } from './users/outcome.js';
