/**
 * `@hr/feishu-corehr/events`: authenticate and parse what Feishu pushes to your event endpoint
 * (URL verification, encrypted and signed pushes, CoreHR pre-hire events and `app_ticket`), refuse
 * replays by event id, and type event payloads received by other means.
 */
export type { HeadersLike, RawBody, SeenStore } from '@hr/core/webhooks';
export { FeishuEventVerificationError, type FeishuEventVerificationReason } from './events/errors.js';
export { decryptFeishuEvent, encryptFeishuEvent, signFeishuEvent } from './events/crypto.js';
export {
  DEFAULT_TIMESTAMP_TOLERANCE_SECONDS,
  type FeishuEventRequest,
  type FeishuEventSecrets,
  NONCE_HEADER,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
} from './events/authenticate.js';
export {
  type AcceptFeishuEventOptions,
  type AppTicketReceiver,
  DEFAULT_FEISHU_SEEN_TTL_MS,
  acceptFeishuEvent,
} from './events/accept.js';
export { type FeishuEventOptions, parseFeishuEvent } from './events/parse.js';
export {
  type FeishuChallenge,
  type FeishuEvent,
  type FeishuEventResult,
  type FeishuKnownEvent,
  type FeishuUnknownEvent,
  typeFeishuEvent,
} from './events/typing.js';
export {
  type AppTicketEvent,
  type FeishuEventHeader,
  ONBOARDING_FLOW_STATUSES,
  type OnboardingTaskChange,
  type OnboardingTaskChangedEvent,
  type PreHireUpdatedEvent,
} from './events/payloads.js';
