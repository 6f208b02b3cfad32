import { HRError } from '@hr/core';
import {
  type QueryLike,
  type RawBody,
  type ReplayOptions,
  claimPush,
  contentId,
  queryValue,
  rawBodyText,
} from '@hr/core/webhooks';
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
export interface ParseMokaWebhookOptions extends ReplayOptions {
  /** The signing key your CSM gave you when configuring the push URL. */
  signingKey: string;
  /**
   * How long an accepted push id is remembered, in ms (default 7 days: Moka documents no retry
   * schedule; past it, a replayed push is accepted again, so keep your handling idempotent on `id`).
   */
  seenTtlMs?: number | undefined;
}

/** How long an accepted Moka push id is remembered by default: 7 days (this SDK's choice; Moka documents no retries). */
export const DEFAULT_MOKA_SEEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Authenticates a Moka push, parses it into a typed event and refuses a replay, in this order:
 *
 * 1. The `sign` query parameter must be the hex HMAC-SHA256 of the raw body keyed with your signing
 *    key (compared in constant time), before the body is parsed. Any failure (missing, malformed,
 *    wrong) is the one `unauthenticated` refusal.
 * 2. The signed body is parsed (`parseMokaPayload`): `invalid_payload` when it is not Moka's envelope.
 *    Known events (`pushCandidate`, the interview pushes) are typed; others, and pushes whose `data`
 *    Moka encrypted, come back raw with `known: false`.
 * 3. Its `id` (Moka's "unique id of this push"; `sha256:<hex>` of the body when it has none) is
 *    claimed in the seen-store (key `moka:<id>`): a push already accepted is refused as `replayed`.
 *
 * Rejects with `MokaWebhookVerificationError` (answer every reason with the same non-2xx and act on
 * nothing); a missing signing key rejects with an `HRError`.
 *
 * @throws {@link MokaWebhookVerificationError} `unauthenticated` when the signature does not verify,
 * `invalid_payload` when the signed body is not Moka's envelope, `replayed` when the push was already
 * accepted.
 * @throws {@link index!HRError} when no signing key is configured, before the push is read.
 * @throws Whatever the `seenStore` throws.
 */
export async function parseMokaWebhook(
  request: MokaWebhookRequest,
  options: ParseMokaWebhookOptions,
): Promise<MokaWebhookEvent> {
  const signingKey = options?.signingKey;
  if (typeof signingKey !== 'string' || signingKey === '')
    throw new HRError('parseMokaWebhook: no signing key is configured (the key your Moka CSM gave you)');
  if (!verifyMokaSignature(request.rawBody, queryValue(request.query, SIGN_QUERY_PARAMETER), signingKey))
    throw new MokaWebhookVerificationError('unauthenticated');
  const event = parseMokaPayload(request.rawBody);
  const claim = await claimPush(options, `moka:${event.id || contentId(request.rawBody)}`, DEFAULT_MOKA_SEEN_TTL_MS);
  if (claim.replayed) throw new MokaWebhookVerificationError('replayed');
  return { ...event, seenKey: claim.seenKey };
}

/**
 * Parses an (already verified) Moka push body. Throws `MokaWebhookVerificationError` `invalid_payload`.
 *
 * @throws {@link MokaWebhookVerificationError} `invalid_payload` when the body is not JSON or not Moka's
 * envelope.
 */
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
