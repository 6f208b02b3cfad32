import { HRError } from '@hr/core';
import type { HeadersLike, RawBody, ReplayOptions } from '@hr/core/webhooks';
import { WebhookVerificationError } from './errors.js';
import { type VerifiedPartnerToken, carriedAuthorization, verifiedPartnerToken } from './partner-token.js';
import { carriedSignature, hireSignatureValid } from './signature.js';

/** A push as your endpoint received it. */
export interface ComeetWebhookRequest {
  /** The HTTP method (`POST`, `PUT`, `DELETE`): position events are told apart by it. */
  method: string;
  /** The raw request body, exactly as received. */
  rawBody: RawBody;
  /** The request headers (`signature` and `Authorization` are read from them). */
  headers?: HeadersLike | undefined;
  /** The `signature` header value, when you pass no `headers`. */
  signature?: string | undefined;
  /** The `Authorization` header value, when you pass no `headers`. */
  authorization?: string | undefined;
}

/** The credentials a position push may be authenticated with. */
export type PositionAuth = 'partner-token' | 'signature' | 'either';

/** How your endpoint authenticates Comeet's pushes, and how it refuses replays. */
export interface ComeetWebhookOptions extends ReplayOptions {
  /**
   * The Secret Key set on Comeet's Integrations page for the Hires API: a hire push must carry
   * `signature: sha256 <hex HMAC-SHA256 of the raw body>` made with it (Hires API overview).
   */
  secretKey?: string | undefined;
  /**
   * Your partner secret: a request Comeet makes to an endpoint a partner provides carries
   * `Authorization: Bearer <HS256 JWT>` signed with it ("Verify a request from Comeet").
   */
  partnerSecret?: string | undefined;
  /** When set, a partner token's `iss` must be this api-key (the account you expect). */
  expectedApiKey?: string | undefined;
  /**
   * What authenticates a position push (default `partner-token`). Comeet's position-webhook page
   * names no mechanism; its partner authorization page says every request Comeet makes to a
   * partner's endpoint carries the Bearer JWT. `signature` (the Hires signature) or `either` only if
   * your Comeet setup signs position pushes that way: an undocumented check is never required by default.
   */
  positionAuth?: PositionAuth | undefined;
  /** Tolerated clock skew when checking a partner token's `exp`, in seconds (default 30). */
  clockToleranceSeconds?: number | undefined;
  /** The current time for a partner token's `exp`, for tests (default: now). */
  currentDate?: Date | undefined;
}

/** The credentials a push carried that verified. */
export interface ComeetCredentials {
  /** The Hires `signature` header verified against the Secret Key. */
  signature: boolean;
  /** The partner token verified against the partner secret. */
  partnerToken: VerifiedPartnerToken | undefined;
}

const unauthenticated = () => new WebhookVerificationError('unauthenticated');

/**
 * Verifies every credential the push carries for which a secret is configured (the `signature`
 * header with `secretKey`, the Bearer token with `partnerSecret`), before the body is parsed: any
 * that does not verify, or none verifying, is the one `unauthenticated` refusal. A missing
 * configuration throws an `HRError`.
 */
export async function authenticateComeetPush(
  request: ComeetWebhookRequest,
  options: ComeetWebhookOptions,
): Promise<ComeetCredentials> {
  const { secretKey, partnerSecret } = options ?? {};
  if (!secretKey && !partnerSecret)
    throw new HRError('parseComeetWebhook: configure the Secret Key (hires) or the partner secret (position pushes)');
  const signature = carriedSignature(request);
  const authorization = carriedAuthorization(request);
  const signatureOk =
    Boolean(secretKey && signature !== undefined) && hireSignatureValid(request.rawBody, signature, secretKey!);
  if (secretKey && signature !== undefined && !signatureOk) throw unauthenticated();
  const partnerToken =
    partnerSecret && authorization !== undefined
      ? await verifiedPartnerToken(authorization, { ...options, secret: partnerSecret })
      : undefined;
  if (partnerSecret && authorization !== undefined && !partnerToken) throw unauthenticated();
  if (!signatureOk && !partnerToken) throw unauthenticated();
  return { signature: signatureOk, partnerToken };
}

/**
 * Whether the credentials that verified are the ones documented for this kind of push: a hire needs
 * the Hires signature; a position push what `positionAuth` says; anything else, either.
 */
export function credentialsFitKind(
  kind: 'hire' | 'position' | 'unknown',
  credentials: ComeetCredentials,
  positionAuth: PositionAuth = 'partner-token',
): boolean {
  if (kind === 'hire') return credentials.signature;
  if (kind === 'unknown' || positionAuth === 'either')
    return credentials.signature || Boolean(credentials.partnerToken);
  return positionAuth === 'signature' ? credentials.signature : Boolean(credentials.partnerToken);
}
