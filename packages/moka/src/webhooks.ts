/**
 * `@hr/moka/webhooks`: verify and parse what Moka pushes to your endpoint (ATS "主动推送说明(Webhooks)",
 * https://www.mokahr.com/docs/api/). Moka POSTs JSON `{ id, event, triggeredAt, data }` to the HTTPS URL
 * you gave your CSM, with `?sign=<hex HMAC-SHA256 of the raw body, keyed with the signing key>`.
 * Pushes carry no API key. `parseMokaWebhook` refuses a replayed push id.
 */
export type { QueryLike, RawBody, SeenStore } from '@hr/core/webhooks';
export { MokaWebhookVerificationError, type MokaWebhookVerificationReason } from './webhooks/errors.js';
export { SIGN_QUERY_PARAMETER, signMokaWebhook, verifyMokaSignature } from './webhooks/signature.js';
export {
  DEFAULT_MOKA_SEEN_TTL_MS,
  type MokaWebhookRequest,
  type ParseMokaWebhookOptions,
  parseMokaPayload,
  parseMokaWebhook,
} from './webhooks/parse.js';
export {
  MOKA_INTERVIEW_EVENTS,
  type MokaCandidatePushedEvent,
  type MokaInterviewEvent,
  type MokaUnknownWebhookEvent,
  type MokaWebhookEvent,
  type MokaWebhookEventBase,
} from './webhooks/events.js';
export { type MokaPushOperator, type MokaPushedCandidate } from './webhooks/candidate-push.js';
export {
  MOKA_INTERVIEW_TYPE,
  type MokaInterviewAddress,
  type MokaInterviewee,
  type MokaInterviewer,
  type MokaInterviewPerson,
  type MokaInterviewPush,
  type MokaPushedInterview,
} from './webhooks/interview-push.js';
export {
  mokaWebhookFailure,
  mokaWebhookReply,
  type MokaRedirectUrl,
  type MokaWebhookReply,
  type MokaWebhookReplyOptions,
} from './webhooks/reply.js';
