import { claimPush, contentId } from '@hr/core/webhooks';
import { type ComeetPosition, ComeetPositionSchema } from '../models/position.js';
import {
  type ComeetCredentials,
  type ComeetWebhookOptions,
  type ComeetWebhookRequest,
  authenticateComeetPush,
  credentialsFitKind,
} from './authenticate.js';
import { WebhookVerificationError } from './errors.js';
import { type HireWebhookPayload, HireWebhookPayloadSchema } from './hire-payload.js';
import { parseBody, readJsonBody } from './parse.js';

/** Fields of every parsed Comeet push. */
export interface ComeetWebhookEventBase {
  /** The HTTP method of the push (Comeet tells position events apart by method). */
  method: string;
  /** The parsed body, unknown keys included. */
  body: unknown;
  /** Which credentials verified: the Hires `signature`, and the partner token (with its account's api-key). */
  authenticatedBy: ComeetCredentials;
  /**
   * The key under which the push was recorded in the seen-store, `comeet:sha256:<hex of the body>`
   * (Comeet documents no push id); release it there to accept a re-delivery. Undefined with the
   * replay check off.
   */
  seenKey?: string | undefined;
}

/** A position was created (POST) or updated (PUT): the complete Position model, as "Retrieve a Position" returns it. */
export interface ComeetPositionChangedEvent extends ComeetWebhookEventBase {
  /** `position.created` (POST) or `position.updated` (PUT). */
  type: 'position.created' | 'position.updated';
  /** The position. */
  position: ComeetPosition;
}

/** A position was deleted (DELETE): the body identifies the removed position. */
export interface ComeetPositionDeletedEvent extends ComeetWebhookEventBase {
  /** `position.deleted`. */
  type: 'position.deleted';
  /** UID of the removed position: delete it on your side. */
  uid: string;
  /** The position as sent, when the body carries the whole model. */
  position: ComeetPosition | undefined;
}

/**
 * A hire (Hires API, "Create an employee" or "Request hire questionnaire"): the hired candidate. Both
 * endpoints receive the same candidate object; which one fired depends on the URL you configured.
 */
export interface ComeetHireEvent extends ComeetWebhookEventBase {
  /** `hire`. */
  type: 'hire';
  /** The hired candidate. */
  candidate: HireWebhookPayload;
}

/** A push this SDK does not recognise (another method or body shape): authenticated, kept raw. */
export interface ComeetUnknownWebhookEvent extends ComeetWebhookEventBase {
  /** `unknown`: read `body` yourself. */
  type: 'unknown';
}

/** An authenticated Comeet push; narrow on `type`. */
export type ComeetWebhookEvent =
  ComeetPositionChangedEvent | ComeetPositionDeletedEvent | ComeetHireEvent | ComeetUnknownWebhookEvent;

/** How long an accepted body is remembered by default: 7 days (this SDK's choice; Comeet documents no retries). */
export const DEFAULT_COMEET_SEEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** An event's own fields (without what every push carries), and the kind that decides its credential. */
type Typed = (ComeetWebhookEvent extends infer Event
  ? Event extends ComeetWebhookEvent
    ? Omit<Event, keyof ComeetWebhookEventBase>
    : never
  : never) & { kind: 'hire' | 'position' | 'unknown' };

/** The kind of an authenticated body under `method`: a hire (POST with `comeet_id`), a position event (`uid`), or unknown. */
function typeBody(method: string, body: unknown): Typed {
  const record =
    typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  if (record && 'comeet_id' in record && method === 'POST')
    return { kind: 'hire', type: 'hire', candidate: parseBody(HireWebhookPayloadSchema, body, 'candidate') };
  if (record && 'uid' in record) {
    if (method === 'POST' || method === 'PUT') {
      const position = parseBody(ComeetPositionSchema, body, 'Position');
      return { kind: 'position', type: method === 'POST' ? 'position.created' : 'position.updated', position };
    }
    if (method === 'DELETE') {
      const parsed = ComeetPositionSchema.safeParse(body);
      const uid = String(record['uid']);
      return { kind: 'position', type: 'position.deleted', uid, position: parsed.success ? parsed.data : undefined };
    }
  }
  return { kind: 'unknown', type: 'unknown' };
}

/**
 * Authenticates and parses a Comeet push, in this order:
 *
 * 1. Every credential it carries is verified before the body is parsed: the Hires `signature` header
 *    (`sha256 <hex HMAC-SHA256 of the raw body>`, Secret Key, constant time) and the partner
 *    `Authorization: Bearer <JWT>` (HS256, partner secret, `exp`, `iss`). One that does not verify,
 *    or none verifying, is the one `unauthenticated` refusal.
 * 2. The body is typed by method and shape: position events ("Position updates" webhook,
 *    https://developers.comeet.com/reference/position-updates: POST created, PUT updated, DELETE
 *    deleted, the Position model) and hires (Hires API candidate object); anything else comes back
 *    as `{ type: 'unknown' }`. `invalid_payload` when the body is not JSON or not the documented model.
 * 3. The credential must be the one documented for the kind: a hire needs the Hires signature
 *    (https://developers.comeet.com/reference/hires-api-overview); a position push the partner token
 *    ("Verify a request from Comeet", https://developers.comeet.com/reference/authorization-1), or
 *    what `positionAuth` says. Otherwise `unauthenticated`.
 * 4. The body's SHA-256 is claimed in the seen-store whatever the method: a body already accepted is
 *    refused as `replayed`, so a captured position-created body sent again as `DELETE` is refused.
 *
 * Rejects with `WebhookVerificationError` (answer every reason with 401); a missing configuration
 * rejects with an `HRError`.
 *
 * @throws {@link WebhookVerificationError} `unauthenticated` when no credential the kind of push needs
 * verifies, `invalid_payload` when the authenticated body is not JSON or not the documented model, `replayed`
 * when the body was already accepted.
 * @throws {@link index!HRError} when neither a Secret Key nor a partner secret is configured, before the push is
 * read.
 * @throws Whatever the `seenStore` throws.
 */
export async function parseComeetWebhook(
  request: ComeetWebhookRequest,
  options: ComeetWebhookOptions,
): Promise<ComeetWebhookEvent> {
  const authenticatedBy = await authenticateComeetPush(request, options);
  const method = String(request.method ?? '').toUpperCase();
  const body = readJsonBody(request.rawBody);
  const { kind, ...typed } = typeBody(method, body);
  if (!credentialsFitKind(kind, authenticatedBy, options.positionAuth))
    throw new WebhookVerificationError('unauthenticated');
  const claim = await claimPush(options, `comeet:${contentId(request.rawBody)}`, DEFAULT_COMEET_SEEN_TTL_MS);
  if (claim.replayed) throw new WebhookVerificationError('replayed');
  return { ...typed, method, body, authenticatedBy, seenKey: claim.seenKey } as ComeetWebhookEvent;
}

/**
 * `parseComeetWebhook` for an endpoint that takes only hires (Hires API: "Create an employee" or
 * "Request hire questionnaire", POSTed with the `signature` header): anything else is
 * `invalid_payload`. Resolves with the hire event; the typed candidate is its `candidate`.
 *
 * @throws {@link WebhookVerificationError} as `parseComeetWebhook`, and `invalid_payload` for a push that is
 * not a hire.
 * @throws {@link index!HRError} when no Secret Key is configured.
 */
export async function parseHireWebhook(
  request: Omit<ComeetWebhookRequest, 'method'>,
  options: ComeetWebhookOptions,
): Promise<ComeetHireEvent> {
  const event = await parseComeetWebhook({ ...request, method: 'POST' }, options);
  if (event.type === 'hire') return event;
  throw new WebhookVerificationError('invalid_payload', 'the body is not a Comeet candidate object (no comeet_id)');
}
