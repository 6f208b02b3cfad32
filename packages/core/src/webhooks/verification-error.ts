import { HRError } from '../errors/hr-error.js';

/**
 * Why a push was refused:
 * - `unauthenticated`: it could not be authenticated (missing or wrong signature, token or key,
 *   undecryptable, not JSON, stale...). Every such failure gets this one reason and one message, so
 *   a refusal tells a sender nothing about what went wrong inside (no padding or format oracle).
 * - `replayed`: an authenticated push whose id was already accepted.
 * - `invalid_payload`: an authenticated push that is not what the vendor documents.
 */
export type WebhookRefusalReason = 'unauthenticated' | 'replayed' | 'invalid_payload';

/** The one message of each refusal that carries no detail. */
export const REFUSAL_MESSAGES = {
  unauthenticated: 'the push could not be authenticated',
  replayed: 'the push was already received',
} as const satisfies Partial<Record<WebhookRefusalReason, string>>;

/**
 * A pushed request (webhook, event) was refused: answer it with an error status and do not act on
 * its payload. The message and fields never include a secret, the signature, the token or the body;
 * an `unauthenticated` refusal carries neither a detail nor a `cause`.
 */
export class WebhookVerificationError<Reason extends string = WebhookRefusalReason> extends HRError {
  static override readonly brand: string = '@hr/core/WebhookVerificationError';
  /** The vendor whose push was refused, e.g. `comeet`. */
  readonly vendor: string;
  /** A machine-readable reason (see `WebhookRefusalReason`). */
  readonly reason: Reason;

  constructor(vendor: string, reason: Reason, message?: string, options?: { cause?: unknown }) {
    super(
      `${vendor} push refused (${reason}): ${message ?? REFUSAL_MESSAGES[reason as keyof typeof REFUSAL_MESSAGES] ?? reason}`,
      options,
    );
    this.vendor = vendor;
    this.reason = reason;
  }
}
