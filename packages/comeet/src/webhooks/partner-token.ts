import { errors, jwtVerify } from 'jose';
import { WebhookVerificationError } from './errors.js';
import { type HeadersLike, headerValue } from '@hr/core/webhooks';

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

/**
 * Verifies the `Authorization: Bearer <token>` Comeet sends to partner endpoints: an HS256 JWT signed
 * with your partner secret, whose `exp` must not have passed (with a small clock tolerance) and whose
 * `iss` is the api-key identifying the Comeet account. Throws a `WebhookVerificationError` (reason
 * `missing_token`, `malformed_token`, `invalid_token_signature`, `token_expired` or `issuer_mismatch`).
 */
export async function verifyPartnerToken(input: VerifyPartnerTokenInput): Promise<VerifiedPartnerToken> {
  if (!input.secret) throw new WebhookVerificationError('missing_secret', 'no partner secret is configured');
  const token = bearerToken(
    input.authorization ?? (input.headers ? headerValue(input.headers, 'authorization') : undefined),
  );
  const { payload } = await verifyJwt(token, input);
  const apiKey = payload.iss;
  if (typeof apiKey !== 'string' || apiKey === '') {
    throw new WebhookVerificationError('issuer_mismatch', 'the token has no "iss" (api-key) claim');
  }
  if (input.expectedApiKey !== undefined && apiKey !== input.expectedApiKey) {
    throw new WebhookVerificationError('issuer_mismatch', 'the token was issued for another Comeet account');
  }
  return { apiKey, claims: { ...payload } };
}

function bearerToken(authorization: string | undefined): string {
  if (!authorization) throw new WebhookVerificationError('missing_token', 'the Authorization header is missing');
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw new WebhookVerificationError('malformed_token', 'the Authorization header is not "Bearer <token>"');
  return match[1]!;
}

async function verifyJwt(token: string, input: VerifyPartnerTokenInput) {
  try {
    return await jwtVerify(token, new TextEncoder().encode(input.secret), {
      algorithms: ['HS256'],
      clockTolerance: input.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['exp'],
      ...(input.currentDate ? { currentDate: input.currentDate } : {}),
    });
  } catch (error) {
    throw classify(error);
  }
}

function classify(error: unknown): WebhookVerificationError {
  if (error instanceof errors.JWTExpired) {
    return new WebhookVerificationError('token_expired', 'the token has expired');
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return new WebhookVerificationError('invalid_token_signature', 'the token was not signed with the partner secret');
  }
  const detail = error instanceof errors.JOSEError ? error.code : 'unreadable token';
  return new WebhookVerificationError('malformed_token', `the token could not be verified (${detail})`);
}
