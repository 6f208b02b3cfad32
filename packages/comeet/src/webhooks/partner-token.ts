import { HRError } from '@hr/core';
import { type HeadersLike, headerValue } from '@hr/core/webhooks';
import { jwtVerify } from 'jose';
import { WebhookVerificationError } from './errors.js';

/** Default clock tolerance when checking a token's expiry, in seconds. */
export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 30;

/** Input of `verifyPartnerToken()`. */
export interface VerifyPartnerTokenInput {
  /** Your partner secret (the key Comeet signs the token with, HS256). */
  secret: string;
  /** The `Authorization` header value (`Bearer <token>`); or pass `headers`. */
  authorization?: string | undefined;
  /** The request headers, to read `Authorization` from. */
  headers?: HeadersLike | undefined;
  /** When set, the token's `iss` must equal this api-key (the account you expect). */
  expectedApiKey?: string | undefined;
  /** Tolerated clock skew when checking `exp`, in seconds (default 30). */
  clockToleranceSeconds?: number | undefined;
  /** The current time, for tests (default: now). */
  currentDate?: Date | undefined;
}

/** A verified Comeet request. */
export interface VerifiedPartnerToken {
  /** The api-key of the Comeet account that made the request (the token's `iss`). */
  apiKey: string;
  /** Every claim of the token. */
  claims: Record<string, unknown>;
}

/** The `Authorization` a request carries: the explicit value, else the header. */
export function carriedAuthorization(input: { authorization?: string | undefined; headers?: HeadersLike | undefined }) {
  return input.authorization ?? (input.headers ? headerValue(input.headers, 'authorization') : undefined);
}

/**
 * The verified token of an `Authorization: Bearer <token>` value, or undefined when it does not
 * verify (not a Bearer JWT, another secret or algorithm, no `exp` or expired, no `iss` or another
 * account's): one outcome for every failure.
 */
export async function verifiedPartnerToken(
  authorization: string | undefined,
  input: Omit<VerifyPartnerTokenInput, 'authorization' | 'headers'>,
): Promise<VerifiedPartnerToken | undefined> {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
  if (!token) return undefined;
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(input.secret), {
      algorithms: ['HS256'],
      clockTolerance: input.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['exp'],
      ...(input.currentDate ? { currentDate: input.currentDate } : {}),
    });
    const apiKey = payload.iss;
    if (typeof apiKey !== 'string' || apiKey === '') return undefined;
    if (input.expectedApiKey !== undefined && apiKey !== input.expectedApiKey) return undefined;
    return { apiKey, claims: { ...payload } };
  } catch {
    return undefined;
  }
}

/**
 * Verifies the `Authorization: Bearer <token>` Comeet sends to endpoints a partner provides
 * ("Verify a request from Comeet", https://developers.comeet.com/reference/authorization-1): an
 * HS256 JWT signed with your partner secret, whose `exp` must not have passed (with a small clock
 * tolerance) and whose `iss` is the api-key identifying the Comeet account (`expectedApiKey` to
 * require one). Every failure throws the one `WebhookVerificationError` `unauthenticated`; a missing
 * secret throws an `HRError`.
 *
 * @throws {@link WebhookVerificationError} `unauthenticated` when the token is missing, malformed, wrongly
 * signed, expired, or from another api-key.
 * @throws {@link index!HRError} when no partner secret is configured.
 */
export async function verifyPartnerToken(input: VerifyPartnerTokenInput): Promise<VerifiedPartnerToken> {
  if (!input.secret) throw new HRError('verifyPartnerToken: no partner secret is configured');
  const verified = await verifiedPartnerToken(carriedAuthorization(input), input);
  if (!verified) throw new WebhookVerificationError('unauthenticated');
  return verified;
}
