/**
 * Building blocks for verifying what vendors push to your endpoints (webhooks, event callbacks):
 * raw bodies, header and query access, constant-time digest checks and timestamp freshness.
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
export { WebhookVerificationError } from './webhooks/verification-error.js';
