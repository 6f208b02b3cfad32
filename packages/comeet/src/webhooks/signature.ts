import { type HeadersLike, headerValue, hexDigestsEqual, hmacSha256Hex, type RawBody } from '@hr/core/webhooks';
import { WebhookVerificationError } from './errors.js';

/** The header carrying Comeet's signature of a hire webhook. */
export const SIGNATURE_HEADER = 'signature';

const SIGNATURE_FORMAT = /^sha256 ([0-9a-f]{64})$/i;

/**
 * The signature Comeet sends for `rawBody`: `sha256 <hex HMAC-SHA256 of the raw body keyed with the
 * Secret Key>`. Useful to sign test requests; receivers call `verifyHireWebhookSignature()`.
 */
export function signHireWebhook(rawBody: RawBody, secretKey: string): string {
  return `sha256 ${hmacSha256Hex(rawBody, secretKey)}`;
}

/** Input of `verifyHireWebhookSignature()`. */
export interface VerifySignatureInput {
  /** The raw request body, exactly as received. */
  rawBody: RawBody;
  /** The Secret Key specified on the integration page in Comeet. */
  secretKey: string;
  /** The `signature` header value; or pass `headers`. */
  signature?: string | undefined;
  /** The request headers, to read `signature` from. */
  headers?: HeadersLike | undefined;
}

/**
 * Verifies Comeet's signature of a hire webhook (Hires API, "Verify the request"): recomputes
 * `sha256 <hex HMAC-SHA256(raw body, Secret Key)>` and compares it in constant time. Throws a
 * `WebhookVerificationError` (reason `missing_secret`, `missing_signature`, `malformed_signature` or
 * `signature_mismatch`); answer such requests with HTTP 401.
 */
export function verifyHireWebhookSignature(input: VerifySignatureInput): void {
  if (!input.secretKey) throw new WebhookVerificationError('missing_secret', 'no Secret Key is configured');
  const received = input.signature ?? (input.headers ? headerValue(input.headers, SIGNATURE_HEADER) : undefined);
  if (!received) throw new WebhookVerificationError('missing_signature', `the "${SIGNATURE_HEADER}" header is missing`);
  const match = SIGNATURE_FORMAT.exec(received.trim());
  if (!match) {
    throw new WebhookVerificationError(
      'malformed_signature',
      'the signature is not of the form "sha256 <64 hex digits>"',
    );
  }
  if (!hexDigestsEqual(match[1], hmacSha256Hex(input.rawBody, input.secretKey))) {
    throw new WebhookVerificationError(
      'signature_mismatch',
      'the signature does not match the body and the Secret Key',
    );
  }
}
