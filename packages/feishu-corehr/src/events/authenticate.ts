import {
  type HeadersLike,
  type RawBody,
  headerValue,
  hexDigestsEqual,
  isFreshTimestamp,
  rawBodyText,
  sha256Hex,
} from '@hr/core/webhooks';
import { openFeishuCiphertext, signFeishuEvent } from './crypto.js';
import { FeishuEventVerificationError } from './errors.js';

/** The headers carrying Feishu's signature of a push. */
export const TIMESTAMP_HEADER = 'x-lark-request-timestamp';
export const NONCE_HEADER = 'x-lark-request-nonce';
export const SIGNATURE_HEADER = 'x-lark-signature';

/**
 * How far a signed push's `X-Lark-Request-Timestamp` may be from now, in seconds: 12 hours. Feishu
 * re-delivers a push that was not answered with HTTP 200 within 3 seconds after 15 s, 5 min, 1 h and
 * 6 h (4 retries, "about 7.1 hours", Feishu's event-subscription overview,
 * https://open.feishu.cn/document/ukTMukTMukTM/uUTNz4SN1MjL1UzM), so no re-delivery falls outside
 * this window; replays within it are refused by event id (the seen-store).
 */
export const DEFAULT_TIMESTAMP_TOLERANCE_SECONDS = 12 * 60 * 60;

/**
 * What a Feishu challenge may be when it arrives unsigned: Feishu's examples are
 * `ajls384kdjx98XX` and `1b6aef1a-401f-406a-be41-f48911eabcef`. This SDK's rule (Feishu states
 * none): echoing decrypted bytes of an unauthenticated push would otherwise be a decryption oracle.
 */
const UNSIGNED_CHALLENGE = /^[A-Za-z0-9_-]{1,128}$/;

/** The request your endpoint received. */
export interface FeishuEventRequest {
  /** The body exactly as received (verify against these bytes, never a re-serialized object). */
  rawBody: RawBody;
  /** The request headers (Node's `req.headers`, a Fetch `Headers` or a record). */
  headers: HeadersLike;
}

/** Your app's event subscription settings (Developer console › Events & Callbacks › Encryption strategy). */
export interface FeishuEventSecrets {
  /**
   * The Encrypt Key: with it, Feishu encrypts and signs every push, and every push must carry a valid
   * `X-Lark-Signature` (checked before anything is decrypted). Strongly recommended.
   */
  encryptKey?: string | undefined;
  /**
   * The Verification Token: every push carries it (`token` in v1 events, `header.token` in v2). Without
   * an Encrypt Key it is all that is checked, and it travels in clear in every push.
   */
  verificationToken?: string | undefined;
  /**
   * Allowed distance of a signed push's `X-Lark-Request-Timestamp` from now, in seconds (default
   * 43 200, 12 hours: wider than Feishu's 7.1-hour re-delivery schedule).
   */
  toleranceSeconds?: number | undefined;
  /**
   * Answer a URL-verification challenge that carries no signature (default false). Feishu's pages do
   * not say whether the challenge sent when you save the request URL is signed; turn this on if
   * saving it fails with an Encrypt Key set. The challenge is then decrypted before it is
   * authenticated, through a path that takes the same steps whatever the bytes, and answered only
   * when its token equals `verificationToken` (required) and the challenge is 1-128 letters, digits,
   * `-` or `_`.
   */
  acceptUnsignedChallenge?: boolean | undefined;
  /** The clock, epoch ms (default `Date.now`). */
  now?: (() => number) | undefined;
}

/** A push that passed authentication. */
export interface AuthenticatedFeishuPush {
  /** The decrypted payload. */
  payload: Record<string, unknown>;
  /** Whether its `X-Lark-Signature` was checked (false: only the Verification Token vouches for it). */
  signed: boolean;
}

const unauthenticated = () => new FeishuEventVerificationError('unauthenticated');

function jsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the payload's token (`header.token` in v2, `token` in v1) is `expected`: digests compared in constant time, always. */
function tokenMatches(payload: Record<string, unknown> | undefined, expected: string): boolean {
  const token = payload?.schema === '2.0' ? (payload.header as { token?: unknown } | undefined)?.token : payload?.token;
  const same = hexDigestsEqual(sha256Hex(typeof token === 'string' ? token : ''), sha256Hex(expected));
  return same && typeof token === 'string';
}

/** The payload of a push already authenticated by its signature: decrypted when encrypted. */
function signedPayload(text: string, encryptKey: string): Record<string, unknown> | undefined {
  const outer = jsonObject(text);
  if (typeof outer?.encrypt !== 'string') return outer;
  const { plaintext, intact } = openFeishuCiphertext(outer.encrypt, encryptKey);
  return intact ? jsonObject(plaintext) : undefined;
}

/**
 * An unsigned, encrypted URL-verification challenge, when it is one with the right token. Every step
 * runs whatever the bytes (decrypt, padding check, JSON parse, token digest), and one yes/no comes out
 * at the end: no failure is told apart from another, by answer or by work done.
 */
function unsignedChallenge(text: string, encryptKey: string, token: string): Record<string, unknown> | undefined {
  const encrypt = jsonObject(text)?.encrypt;
  if (typeof encrypt !== 'string') return undefined; // with an Encrypt Key set, Feishu encrypts every push
  const { plaintext, intact } = openFeishuCiphertext(encrypt, encryptKey);
  const payload = jsonObject(plaintext);
  const tokenOk = tokenMatches(payload, token);
  const challenge = payload?.challenge;
  const isChallenge =
    payload?.type === 'url_verification' && typeof challenge === 'string' && UNSIGNED_CHALLENGE.test(challenge);
  return intact && tokenOk && isChallenge ? payload : undefined;
}

/**
 * Authenticates a push, then decrypts it; throws the one `unauthenticated` refusal otherwise:
 *
 * - With an Encrypt Key: the push must carry `X-Lark-Request-Timestamp`, `X-Lark-Request-Nonce` and
 *   `X-Lark-Signature`, the signature must equal hex SHA-256(timestamp + nonce + Encrypt Key + raw
 *   body) (constant time), and the timestamp must lie within `toleranceSeconds`; only then is the
 *   body decrypted, and its token compared with the Verification Token when one is set. An unsigned
 *   push is refused, except a URL-verification challenge when `acceptUnsignedChallenge` is set.
 * - Without one: nothing is signed, so the Verification Token in the body is what is checked
 *   (constant time); an encrypted body is refused without being decrypted.
 */
export function authenticateFeishuPush(
  request: FeishuEventRequest,
  secrets: FeishuEventSecrets,
): AuthenticatedFeishuPush {
  const { encryptKey, verificationToken } = secrets;
  const text = rawBodyText(request.rawBody);
  if (!encryptKey) {
    const payload = jsonObject(text);
    if (!tokenMatches(payload, verificationToken ?? '') || !payload) throw unauthenticated();
    return { payload, signed: false };
  }
  const signature = headerValue(request.headers, SIGNATURE_HEADER);
  if (signature === undefined) {
    const challenge =
      secrets.acceptUnsignedChallenge && verificationToken
        ? unsignedChallenge(text, encryptKey, verificationToken)
        : undefined;
    if (!challenge) throw unauthenticated();
    return { payload: challenge, signed: false };
  }
  const timestamp = headerValue(request.headers, TIMESTAMP_HEADER) ?? '';
  const nonce = headerValue(request.headers, NONCE_HEADER) ?? '';
  if (!hexDigestsEqual(signature.trim(), signFeishuEvent(timestamp, nonce, encryptKey, request.rawBody)))
    throw unauthenticated();
  const tolerance = secrets.toleranceSeconds ?? DEFAULT_TIMESTAMP_TOLERANCE_SECONDS;
  if (!isFreshTimestamp(timestamp, tolerance, (secrets.now ?? Date.now)())) throw unauthenticated();
  const payload = signedPayload(text, encryptKey);
  if (!payload || (verificationToken && !tokenMatches(payload, verificationToken))) throw unauthenticated();
  return { payload, signed: true };
}
