/**
 * Building blocks for verifying what vendors push to your endpoints (webhooks, event callbacks):
 * raw bodies, header and query access, constant-time digest checks, timestamp freshness, the one
 * refusal every receiver gives, and the seen-store that refuses replays.
 * The vendor packages' `/webhooks` and `/events` entries are built from these.
 */
export {
  type RawBody,
  rawBodyText,
  type HeadersLike,
  headerValue,
  type QueryLike,
  queryValue,
} from './webhooks/raw-body.js';
export { hmacSha256Hex, sha256Hex, hexDigestsEqual } from './webhooks/digest.js';
export { isFreshTimestamp } from './webhooks/freshness.js';
export {
  REFUSAL_MESSAGES,
  WebhookVerificationError,
  type WebhookRefusalReason,
} from './webhooks/verification-error.js';
export {
  DEFAULT_SEEN_STORE_MAX_ENTRIES,
  MemorySeenStore,
  type MemorySeenStoreOptions,
  type SeenStore,
  defaultSeenStore,
} from './webhooks/seen-store.js';
export { type PushClaim, type ReplayOptions, claimPush, contentId } from './webhooks/replay.js';
