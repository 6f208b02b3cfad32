import {
  type HeadersLike,
  type RawBody,
  headerValue,
  hexDigestsEqual,
  isFreshTimestamp,
  rawBodyText,
  sha256Hex,
} from '@hr/core/webhooks';
import type { z } from 'zod';
import { decryptFeishuEvent, signFeishuEvent } from './crypto.js';
import { FeishuEventVerificationError } from './errors.js';
import {
  type AppTicketEvent,
  AppTicketEventSchema,
  type FeishuEventHeader,
  FeishuEventHeaderSchema,
  type OnboardingTaskChangedEvent,
  OnboardingTaskChangedEventSchema,
  type PreHireUpdatedEvent,
  PreHireUpdatedEventSchema,
} from './payloads.js';

/** The headers carrying Feishu's signature of a push. */
export const TIMESTAMP_HEADER = 'x-lark-request-timestamp';
export const NONCE_HEADER = 'x-lark-request-nonce';
export const SIGNATURE_HEADER = 'x-lark-signature';

/**
 * How far a push's `X-Lark-Request-Timestamp` may be from now, in seconds (default 300). Feishu
 * documents no window; five minutes absorbs clock skew and Feishu's retries of a slow delivery
 * while refusing old captured requests.
 */
export const DEFAULT_TIMESTAMP_TOLERANCE_SECONDS = 300;

/** The request your endpoint received. */
export interface FeishuEventRequest {
  /** The body exactly as received (verify against these bytes, never a re-serialized object). */
  rawBody: RawBody;
  /** The request headers (Node's `req.headers`, a Fetch `Headers` or a record). */
  headers: HeadersLike;
}

/** Your app's event subscription settings (Developer console › Events & Callbacks › Encryption strategy). */
export interface FeishuEventSecrets {
  /** The Encrypt Key: pushes are encrypted and signed with it when set. */
  encryptKey?: string | undefined;
  /** The Verification Token: every push carries it (`token` in v1 events, `header.token` in v2). */
  verificationToken?: string | undefined;
  /** Allowed distance of `X-Lark-Request-Timestamp` from now, in seconds (default 300). */
  toleranceSeconds?: number | undefined;
  /** The clock, epoch ms (default `Date.now`). */
  now?: () => number;
}

/** A URL-verification request: answer it with `response` as the JSON body (HTTP 200) within 1 second. */
export interface FeishuChallenge {
  /** `challenge`: answer `response` and do nothing else. */
  kind: 'challenge';
  /** The challenge to echo. */
  challenge: string;
  /** The body to answer with: `{ challenge }`. */
  response: { challenge: string };
}

interface KnownEvent<Type extends string, Body> {
  /** `event`: a verified event of a known type. */
  kind: 'event';
  /** The event type. */
  type: Type;
  /** The v2 header (`schema` 2.0 events); for v1 events the outer fields (`uuid`, `ts`...) are in `raw`. */
  header: FeishuEventHeader;
  /** The event body, typed (unknown fields kept). */
  event: Body;
  /** The whole decrypted payload. */
  raw: Record<string, unknown>;
}

/** A verified event of a type this package knows. */
export type FeishuKnownEvent =
  | KnownEvent<'corehr.pre_hire.updated_v1', PreHireUpdatedEvent>
  | KnownEvent<'corehr.pre_hire.onboarding_task_changed_v2', OnboardingTaskChangedEvent>
  | KnownEvent<'app_ticket', AppTicketEvent>;

/** A verified event of another type: returned raw, not refused. */
export interface FeishuUnknownEvent {
  /** `unknown_event`: verified, but of a type this package does not type. */
  kind: 'unknown_event';
  /** The event type as sent, e.g. `corehr.employee.domain_event_v2` (empty when none was found). */
  type: string;
  /** The v2 header when the event has one. */
  header: FeishuEventHeader;
  /** The event body as sent. */
  event: unknown;
  /** The whole decrypted payload. */
  raw: Record<string, unknown>;
}

/** What `parseFeishuEvent` returns. */
export type FeishuEventResult = FeishuChallenge | FeishuKnownEvent | FeishuUnknownEvent;

const EVENT_SCHEMAS: Record<FeishuKnownEvent['type'], () => z.ZodType> = {
  'corehr.pre_hire.updated_v1': PreHireUpdatedEventSchema,
  'corehr.pre_hire.onboarding_task_changed_v2': OnboardingTaskChangedEventSchema,
  app_ticket: AppTicketEventSchema,
};

const refuse = (
  reason: ConstructorParameters<typeof FeishuEventVerificationError>[0],
  message: string,
  cause?: unknown,
) => new FeishuEventVerificationError(reason, message, cause === undefined ? undefined : { cause });

function parseJson(text: string, what: string): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw refuse('invalid_payload', `${what} is not JSON`, error);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw refuse('invalid_payload', `${what} is not a JSON object`);
  return json as Record<string, unknown>;
}

/** Compares two secrets in constant time (digests of equal length, whatever the inputs' lengths). */
function sameSecret(received: unknown, expected: string): boolean {
  return typeof received === 'string' && hexDigestsEqual(sha256Hex(received), sha256Hex(expected));
}

function verifySignature(request: FeishuEventRequest, encryptKey: string, secrets: FeishuEventSecrets): void {
  const timestamp = headerValue(request.headers, TIMESTAMP_HEADER);
  const nonce = headerValue(request.headers, NONCE_HEADER);
  const signature = headerValue(request.headers, SIGNATURE_HEADER);
  if (!timestamp || !nonce || !signature)
    throw refuse(
      'missing_signature',
      'the X-Lark-Request-Timestamp, X-Lark-Request-Nonce and X-Lark-Signature headers are required when an Encrypt Key is set',
    );
  const tolerance = secrets.toleranceSeconds ?? DEFAULT_TIMESTAMP_TOLERANCE_SECONDS;
  if (!isFreshTimestamp(timestamp, tolerance, (secrets.now ?? Date.now)()))
    throw refuse('stale_timestamp', `X-Lark-Request-Timestamp is more than ${tolerance} seconds from now`);
  if (!hexDigestsEqual(signature.trim(), signFeishuEvent(timestamp, nonce, encryptKey, request.rawBody)))
    throw refuse('signature_mismatch', 'X-Lark-Signature does not match the body, timestamp, nonce and Encrypt Key');
}

/**
 * Verifies and parses what Feishu pushed to your event endpoint
 * (https://open.feishu.cn/document/ukTMukTMukTM/uYDNxYjL2QTM24iN0EjN/event-subscription-configure-/encrypt-key-encryption-configuration-case):
 *
 * 1. An encrypted push (`{ "encrypt": "..." }`) is decrypted with the Encrypt Key (AES-256-CBC,
 *    key SHA-256(Encrypt Key), IV the first 16 bytes).
 * 2. A URL-verification request (`type: "url_verification"`, plain or encrypted) is checked against
 *    the Verification Token and returned as `{ kind: 'challenge', response }`: answer `response`.
 *    Feishu does not sign these.
 * 3. Any other push is, when an Encrypt Key is set, checked against `X-Lark-Signature` (hex
 *    SHA-256 of timestamp + nonce + Encrypt Key + raw body, compared in constant time) and refused
 *    when `X-Lark-Request-Timestamp` is stale; its token (`header.token` in v2 events, `token` in
 *    v1 events such as `app_ticket`) must equal the Verification Token when one is set.
 * 4. The event is returned typed for `corehr.pre_hire.updated_v1`,
 *    `corehr.pre_hire.onboarding_task_changed_v2` and `app_ticket`, and raw
 *    (`kind: 'unknown_event'`) for any other type.
 *
 * Give at least one of `encryptKey` and `verificationToken`. Throws `FeishuEventVerificationError`
 * (answer with 401 and ignore the push); its message never holds a secret or the body.
 */
export function parseFeishuEvent(request: FeishuEventRequest, secrets: FeishuEventSecrets): FeishuEventResult {
  const { encryptKey, verificationToken } = secrets;
  if (!encryptKey && !verificationToken)
    throw refuse('missing_secret', 'configure the Encrypt Key or the Verification Token of the event subscription');
  const outer = parseJson(rawBodyText(request.rawBody), 'the body');
  let payload = outer;
  if (typeof outer.encrypt === 'string') {
    if (!encryptKey) throw refuse('missing_encrypt_key', 'the push is encrypted but no Encrypt Key is configured');
    let plaintext: string;
    try {
      plaintext = decryptFeishuEvent(outer.encrypt, encryptKey);
    } catch (error) {
      throw refuse('decryption_failed', 'the push could not be decrypted with the configured Encrypt Key', error);
    }
    payload = parseJson(plaintext, 'the decrypted body');
  }

  if (payload.type === 'url_verification') {
    if (verificationToken && !sameSecret(payload.token, verificationToken))
      throw refuse('token_mismatch', 'the token does not match the Verification Token');
    if (typeof payload.challenge !== 'string') throw refuse('invalid_payload', 'the URL verification has no challenge');
    return { kind: 'challenge', challenge: payload.challenge, response: { challenge: payload.challenge } };
  }

  if (encryptKey) verifySignature(request, encryptKey, secrets);
  const isV2 = payload.schema === '2.0';
  const headerParse = FeishuEventHeaderSchema().safeParse(isV2 ? (payload.header ?? {}) : {});
  const header: FeishuEventHeader = headerParse.success ? headerParse.data : {};
  const token = isV2 ? header.token : payload.token;
  if (verificationToken && !sameSecret(token, verificationToken))
    throw refuse('token_mismatch', `the ${isV2 ? 'header.token' : 'token'} does not match the Verification Token`);

  const event = payload.event;
  const type = isV2
    ? (header.event_type ?? '')
    : typeof (event as { type?: unknown } | undefined)?.type === 'string'
      ? (event as { type: string }).type
      : '';
  if (Object.hasOwn(EVENT_SCHEMAS, type)) {
    const parsed = EVENT_SCHEMAS[type as FeishuKnownEvent['type']]().safeParse(event ?? {});
    if (parsed.success) return { kind: 'event', type, header, event: parsed.data, raw: payload } as FeishuKnownEvent;
  }
  return { kind: 'unknown_event', type, header, event, raw: payload };
}
