/**
 * `@hr/comeet/webhooks`: authenticate what Comeet sends to your endpoints, each kind as Comeet documents it.
 * - Hire webhooks: the `signature` header, `sha256 <hex HMAC-SHA256 of the raw body>` keyed with the Secret Key.
 * - Position webhooks (created POST, updated PUT, deleted DELETE): the partner `Authorization: Bearer <JWT>`,
 *   HS256 with your partner secret, `iss` = the account's api-key (or the Hires signature, if you say so).
 * - Both through one `parseComeetWebhook()`, which also refuses a body already accepted (under any method).
 */
export { WebhookVerificationError, type WebhookVerificationReason } from './webhooks/errors.js';
export type { HeadersLike, RawBody, SeenStore } from '@hr/core/webhooks';
export {
  SIGNATURE_HEADER,
  type VerifySignatureInput,
  signHireWebhook,
  verifyHireWebhookSignature,
} from './webhooks/signature.js';
export {
  DEFAULT_CLOCK_TOLERANCE_SECONDS,
  type VerifiedPartnerToken,
  type VerifyPartnerTokenInput,
  verifyPartnerToken,
} from './webhooks/partner-token.js';
export { parseHirePayload } from './webhooks/parse.js';
export {
  type ComeetCredentials,
  type ComeetWebhookOptions,
  type ComeetWebhookRequest,
  type PositionAuth,
} from './webhooks/authenticate.js';
export {
  DEFAULT_COMEET_SEEN_TTL_MS,
  type ComeetHireEvent,
  type ComeetPositionChangedEvent,
  type ComeetPositionDeletedEvent,
  type ComeetUnknownWebhookEvent,
  type ComeetWebhookEvent,
  type ComeetWebhookEventBase,
  parseComeetWebhook,
  parseHireWebhook,
} from './webhooks/events.js';
export type { ComeetPosition } from './models/position.js';
export {
  EMPLOYEE_TYPES,
  type HireFile,
  type HireOpening,
  type HirePerson,
  type HirePosition,
  type HireSource,
  type HireWebhookPayload,
  type PartnerQuestionnaireAnswer,
  type QuestionnaireAnswer,
  SOURCE_TYPES,
} from './webhooks/hire-payload.js';
