import type { HeadersLike, RawBody } from '@hr/core/webhooks';
import { type ComeetPosition, ComeetPositionSchema } from '../models/position.js';
import { type HireWebhookPayload, HireWebhookPayloadSchema } from './hire-payload.js';
import { parseBody, readJsonBody } from './parse.js';
import { verifyHireWebhookSignature } from './signature.js';

/** Fields of every parsed Comeet push. */
export interface ComeetWebhookEventBase {
  /** The HTTP method of the push (Comeet tells position events apart by method). */
  method: string;
  /** The parsed body, unknown keys included. */
  body: unknown;
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

/** A push this SDK does not recognise (another method or body shape): verified, kept raw. */
export interface ComeetUnknownWebhookEvent extends ComeetWebhookEventBase {
  /** `unknown`: read `body` yourself. */
  type: 'unknown';
}

/** A verified Comeet push; narrow on `type`. */
export type ComeetWebhookEvent =
  ComeetPositionChangedEvent | ComeetPositionDeletedEvent | ComeetHireEvent | ComeetUnknownWebhookEvent;

/** A push as your endpoint received it. */
export interface ComeetWebhookRequest {
  /** The HTTP method (`POST`, `PUT`, `DELETE`). */
  method: string;
  /** The raw request body, exactly as received. */
  rawBody: RawBody;
  /** The request headers (the `signature` header is read from them); or pass `signature`. */
  headers?: HeadersLike | undefined;
  /** The `signature` header value. */
  signature?: string | undefined;
  /** The Secret Key set for the integration in Comeet. */
  secretKey: string;
}

/**
 * Verifies and parses a Comeet push: position events ("Position updates" webhook,
 * https://developers.comeet.com/reference/position-updates: POST created, PUT updated, DELETE
 * deleted, the body being the Position model) and hires (Hires API candidate object). Verification is
 * the Hires API's: the `signature` header must be `sha256 <hex HMAC-SHA256 of the raw body keyed with
 * the Secret Key>`, compared in constant time. Comeet's position-webhook page does not describe how
 * those pushes are signed (the endpoint is set up with Comeet support); this applies the same
 * signature, so configure the same Secret Key there. Throws `WebhookVerificationError` (signature
 * reasons; `invalid_payload` for a body that is not JSON or not the documented model). Other pushes
 * come back as `{ type: 'unknown' }`, verified.
 */
export function parseComeetWebhook(request: ComeetWebhookRequest): ComeetWebhookEvent {
  verifyHireWebhookSignature(request);
  const method = String(request.method ?? '').toUpperCase();
  const body = readJsonBody(request.rawBody);
  const record =
    typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  if (record && 'comeet_id' in record && method === 'POST')
    return { type: 'hire', method, body, candidate: parseBody(HireWebhookPayloadSchema, body, 'candidate') };
  if (record && 'uid' in record) {
    if (method === 'POST' || method === 'PUT') {
      const position = parseBody(ComeetPositionSchema, body, 'Position');
      return { type: method === 'POST' ? 'position.created' : 'position.updated', method, body, position };
    }
    if (method === 'DELETE') {
      const parsed = ComeetPositionSchema.safeParse(body);
      return {
        type: 'position.deleted',
        method,
        body,
        uid: String(record['uid']),
        position: parsed.success ? parsed.data : undefined,
      };
    }
  }
  return { type: 'unknown', method, body };
}
