/**
 * `@hr/comeet/webhooks`: verify what Comeet sends to your endpoints.
 * - Hire webhooks: the `signature` header, `sha256 <hex HMAC-SHA256 of the raw body>` keyed with the Secret Key.
 * - Position webhooks (created POST, updated PUT, deleted DELETE) and hires through one `parseComeetWebhook()`.
 * - Partner endpoints: `Authorization: Bearer <JWT>`, HS256 with your partner secret, `iss` = the account's api-key.
 */
export { WebhookVerificationError, type WebhookVerificationReason } from './webhooks/errors.js';
export type { HeadersLike, RawBody } from '@hr/core/webhooks';
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
export { parseHirePayload, parseHireWebhook } from './webhooks/parse.js';
export {
  type ComeetHireEvent,
  type ComeetPositionChangedEvent,
  type ComeetPositionDeletedEvent,
  type ComeetUnknownWebhookEvent,
  type ComeetWebhookEvent,
  type ComeetWebhookEventBase,
  type ComeetWebhookRequest,
  parseComeetWebhook,
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
