import type { z } from 'zod';
import { WebhookVerificationError } from './errors.js';
import { type HireWebhookPayload, HireWebhookPayloadSchema } from './hire-payload.js';
import { type RawBody, rawBodyText } from '@hr/core/webhooks';

/**
 * Parses an (already authenticated) hire webhook body into a typed `HireWebhookPayload` (unknown
 * fields kept). Throws `WebhookVerificationError` `invalid_payload` when it is not the documented
 * candidate object.
 *
 * @throws {@link WebhookVerificationError} `invalid_payload` when the body is not JSON or not the documented
 * candidate object.
 */
export function parseHirePayload(rawBody: RawBody): HireWebhookPayload {
  return parseBody(HireWebhookPayloadSchema, readJsonBody(rawBody), 'candidate');
}

/** The authenticated body as JSON. Throws `invalid_payload` when it is not JSON. */
export function readJsonBody(rawBody: RawBody): unknown {
  try {
    return JSON.parse(rawBodyText(rawBody));
  } catch (error) {
    throw new WebhookVerificationError('invalid_payload', 'the body is not JSON', { cause: error });
  }
}

/** `body` parsed by `schema`. Throws `invalid_payload` naming each issue when it is not the Comeet `what` object. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const where = result.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');
  throw new WebhookVerificationError('invalid_payload', `the body is not a Comeet ${what} object (${where})`);
}
