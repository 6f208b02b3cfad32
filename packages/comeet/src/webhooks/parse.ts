import { WebhookVerificationError } from './errors.js';
import { type HireWebhookPayload, HireWebhookPayloadSchema } from './hire-payload.js';
import { type RawBody, rawBodyText } from '@hr/core/webhooks';
import { type VerifySignatureInput, verifyHireWebhookSignature } from './signature.js';

/**
 * Verifies a hire webhook's signature, then parses its body into a typed `HireWebhookPayload` (unknown
 * fields kept). Throws a `WebhookVerificationError`: a signature reason, or `invalid_payload` when the
 * verified body is not the documented candidate object.
 */
export function parseHireWebhook(input: VerifySignatureInput): HireWebhookPayload {
  verifyHireWebhookSignature(input);
  return parseHirePayload(input.rawBody);
}

/** Parses an (already verified) hire webhook body. Throws `WebhookVerificationError` `invalid_payload`. */
export function parseHirePayload(rawBody: RawBody): HireWebhookPayload {
  let json: unknown;
  try {
    json = JSON.parse(rawBodyText(rawBody));
  } catch (error) {
    throw new WebhookVerificationError('invalid_payload', 'the body is not JSON', { cause: error });
  }
  const result = HireWebhookPayloadSchema.safeParse(json);
  if (!result.success) {
    const where = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new WebhookVerificationError('invalid_payload', `the body is not a Comeet candidate object (${where})`);
  }
  return result.data;
}
