import { WebhookVerificationError, type WebhookRefusalReason } from '@hr/core/webhooks';

/**
 * Why a Moka push was refused: `unauthenticated` (missing, malformed or wrong `sign`: one message for
 * all), `replayed` (a push id already accepted) or `invalid_payload` (a signed body that is not
 * Moka's envelope).
 */
export type MokaWebhookVerificationReason = WebhookRefusalReason;

/**
 * A Moka push was refused: answer it with a non-2xx status and do not act on it (Moka shows the HR
 * user that the import failed). The message and fields never include the signing key or the
 * signature.
 */
export class MokaWebhookVerificationError extends WebhookVerificationError<MokaWebhookVerificationReason> {
  static override readonly brand: string = '@hr/moka/MokaWebhookVerificationError';

  constructor(reason: MokaWebhookVerificationReason, message?: string, options?: { cause?: unknown }) {
    super('moka', reason, message, options);
  }
}
