import { type QueryLike, type RawBody, queryValue, rawBodyText } from '@hr/core/webhooks';
import type { z } from 'zod';
import { MokaPushedCandidateSchema } from './candidate-push.js';
import { MokaWebhookVerificationError } from './errors.js';
import { MOKA_INTERVIEW_EVENTS, type MokaWebhookEvent } from './events.js';
import { MokaInterviewPushSchema } from './interview-push.js';
import { SIGN_QUERY_PARAMETER, verifyMokaSignature } from './signature.js';

/** A push as your endpoint received it. */
export interface MokaWebhookRequest {
  /** The request body EXACTLY as received (bytes or text), never a re-serialized object. */
  rawBody: RawBody;
  /** The request's query (`sign` lives there): a `URLSearchParams`, a parsed record, or the query string. */
  query: QueryLike;
}

/** Options of `parseMokaWebhook()`. */
export interface ParseMokaWebhookOptions {
  /** The signing key your CSM gave you when configuring the push URL. */
  signingKey: string;
}

const HEX_SHA256 = /^[0-9a-f]{64}$/i;

/**
 * Verifies a Moka push, then parses it into a typed event. The `sign` query parameter must be the hex
 * HMAC-SHA256 of the raw body keyed with your signing key (compared in constant time). Throws a
 * `MokaWebhookVerificationError`: `missing_signing_key`, `missing_signature`, `malformed_signature`,
 * `signature_mismatch` (answer those with a non-2xx status and act on nothing), or `invalid_payload`
 * when a verified body is not Moka's envelope. Known events (`pushCandidate`, the interview pushes)
 * are typed; others, and pushes whose `data` Moka encrypted, come back raw with `known: false`.
 * Moka does not document retries of failed pushes: make your handling idempotent on `id`.
 */
export function parseMokaWebhook(request: MokaWebhookRequest, options: ParseMokaWebhookOptions): MokaWebhookEvent {
  const signingKey = options?.signingKey;
  if (typeof signingKey !== 'string' || signingKey === '')
    throw new MokaWebhookVerificationError('missing_signing_key', 'no signing key is configured');
  const sign = queryValue(request.query, SIGN_QUERY_PARAMETER);
  if (!sign) throw new MokaWebhookVerificationError('missing_signature', 'the "sign" query parameter is missing');
  if (!HEX_SHA256.test(sign.trim()))
    throw new MokaWebhookVerificationError('malformed_signature', 'the "sign" query parameter is not 64 hex digits');
  if (!verifyMokaSignature(request.rawBody, sign, signingKey))
    throw new MokaWebhookVerificationError(
      'signature_mismatch',
      'the signature does not match the body and the signing key',
    );
  return parseMokaPayload(request.rawBody);
}

/** Parses an (already verified) Moka push body. Throws `MokaWebhookVerificationError` `invalid_payload`. */
export function parseMokaPayload(rawBody: RawBody): MokaWebhookEvent {
  let json: unknown;
  try {
    json = JSON.parse(rawBodyText(rawBody));
  } catch (error) {
    throw new MokaWebhookVerificationError('invalid_payload', 'the body is not JSON', { cause: error });
  }
  if (
    typeof json !== 'object' ||
    json === null ||
    Array.isArray(json) ||
    typeof (json as { event?: unknown }).event !== 'string'
  )
    throw new MokaWebhookVerificationError(
      'invalid_payload',
      'the body is not a Moka push ({ id, event, triggeredAt, data })',
    );
  const body = json as Record<string, unknown>;
  const base = {
    id: body['id'] === undefined || body['id'] === null ? '' : String(body['id']),
    triggeredAt: body['triggeredAt'] as number | string | null | undefined,
    body,
  };
  const event = body['event'] as string;
  const data = body['data'];
  if (typeof data === 'string') return { ...base, known: false, event, data, encrypted: true };
  if (event === 'pushCandidate')
    return { ...base, known: true, event, data: parsed(MokaPushedCandidateSchema, data, event) };
  if ((MOKA_INTERVIEW_EVENTS as readonly string[]).includes(event)) {
    const interviewEvent = event as (typeof MOKA_INTERVIEW_EVENTS)[number];
    return { ...base, known: true, event: interviewEvent, data: parsed(MokaInterviewPushSchema, data, event) };
  }
  return { ...base, known: false, event, data, encrypted: false };
}

function parsed<T>(schema: z.ZodType<T>, data: unknown, event: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const where = result.error.issues.map((i) => `${i.path.join('.') || '(data)'}: ${i.message}`).join('; ');
  throw new MokaWebhookVerificationError(
    'invalid_payload',
    `the data of "${event}" is not what Moka documents (${where})`,
  );
}
