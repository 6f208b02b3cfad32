import { hexDigestsEqual, hmacSha256Hex, type RawBody } from '@hr/core/webhooks';

/** The query parameter carrying Moka's signature: `https://your-endpoint.com/moka?sign=<hex>`. */
export const SIGN_QUERY_PARAMETER = 'sign';

/**
 * The `sign` Moka sends for `rawBody`: the hex HMAC-SHA256 of the request body keyed with the
 * signing key your CSM gave you. Moka's example: body `{"name":"test","email":"test@mokahr.com"}`
 * with key `qwer` signs as `7d6981ccf0d789e29e4f5940fe9a7e9385d8a211ad44ecaaba335fb14dd2a32d`
 * ("webhooks的安全保障(HTTP RESTful方式)", https://mokahr.moyincloud.com/d/1687298461344493569.html).
 * Useful to sign test pushes; receivers call `verifyMokaSignature()`.
 */
export function signMokaWebhook(rawBody: RawBody, signingKey: string): string {
  return hmacSha256Hex(rawBody, signingKey);
}

/**
 * Whether `sign` (the `sign` query parameter of the push URL) is the hex HMAC-SHA256 of `rawBody`
 * keyed with `signingKey`, compared in constant time. Pass the body EXACTLY as received (the bytes,
 * or their text): a body parsed and serialized again (other spacing, key order or escaping) does not
 * verify. False when the key, the signature or its format is missing or wrong; never throws.
 */
export function verifyMokaSignature(
  rawBody: RawBody,
  sign: string | null | undefined,
  signingKey: string | null | undefined,
): boolean {
  if (typeof signingKey !== 'string' || signingKey === '' || typeof sign !== 'string') return false;
  // hexDigestsEqual refuses anything that is not hex of the digest's length.
  return hexDigestsEqual(sign.trim(), signMokaWebhook(rawBody, signingKey));
}
