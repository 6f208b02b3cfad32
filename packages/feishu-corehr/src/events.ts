/**
 * `@hr/feishu-corehr/events`: verify and parse what Feishu pushes to your event endpoint
 * (URL verification, encrypted and signed pushes, CoreHR pre-hire events and `app_ticket`).
 */
export type { HeadersLike, RawBody } from '@hr/core/webhooks';
export { FeishuEventVerificationError, type FeishuEventVerificationReason } from './events/errors.js';
export { decryptFeishuEvent, encryptFeishuEvent, signFeishuEvent } from './events/crypto.js';
export {
  DEFAULT_TIMESTAMP_TOLERANCE_SECONDS,
  type FeishuChallenge,
  type FeishuEventRequest,
  type FeishuEventResult,
  type FeishuEventSecrets,
  type FeishuKnownEvent,
  type FeishuUnknownEvent,
  NONCE_HEADER,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  parseFeishuEvent,
} from './events/parse.js';
export {
  type AppTicketEvent,
  type FeishuEventHeader,
  ONBOARDING_FLOW_STATUSES,
  type OnboardingTaskChange,
  type OnboardingTaskChangedEvent,
  type PreHireUpdatedEvent,
} from './events/payloads.js';
