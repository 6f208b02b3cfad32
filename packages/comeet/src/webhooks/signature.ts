import { HRError } from '@hr/core';
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

/** The `signature` a request carries: the explicit value, else the header. */
export function carriedSignature(input: { signature?: string | undefined; headers?: HeadersLike | undefined }) {
  return input.signature ?? (input.headers ? headerValue(input.headers, SIGNATURE_HEADER) : undefined);
}

/** Whether `signature` is `sha256 <hex HMAC-SHA256(raw body, Secret Key)>` (constant-time compare). */
export function hireSignatureValid(rawBody: RawBody, signature: string | undefined, secretKey: string): boolean {
  const match = SIGNATURE_FORMAT.exec(signature?.trim() ?? '');
  return hexDigestsEqual(match?.[1], hmacSha256Hex(rawBody, secretKey));
}

/**
 * Verifies Comeet's signature of a hire webhook (Hires API, "Verify the request",
 * https://developers.comeet.com/reference/hires-api-overview): recomputes `sha256 <hex
 * HMAC-SHA256(raw body, Secret Key)>` and compares it in constant time. Throws a
 * `WebhookVerificationError` `unauthenticated` (missing, malformed or wrong: one refusal); answer it
 * with HTTP 401. A missing Secret Key throws an `HRError`.
 *
 * @throws {@link WebhookVerificationError} `unauthenticated` when the signature is missing, malformed or
 * wrong.
 * @throws {@link index!HRError} when no Secret Key is configured.
 */
export function verifyHireWebhookSignature(input: VerifySignatureInput): void {
  if (!input.secretKey) throw new HRError('verifyHireWebhookSignature: no Secret Key is configured');
  if (!hireSignatureValid(input.rawBody, carriedSignature(input), input.secretKey))
    throw new WebhookVerificationError('unauthenticated');
}
