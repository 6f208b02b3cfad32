import { WebhookVerificationError } from '@hr/core/webhooks';

/** Why a Moka push was refused. */
export type MokaWebhookVerificationReason =
  'missing_signing_key' | 'missing_signature' | 'malformed_signature' | 'signature_mismatch' | 'invalid_payload';

/**
 * A Moka push failed verification: answer it with a non-2xx status and do not act on it (Moka shows
 * the HR user that the import failed). The message and fields never include the signing key or the
 * signature.
 */
export class MokaWebhookVerificationError extends WebhookVerificationError<MokaWebhookVerificationReason> {
  static override readonly brand: string = '@hr/moka/MokaWebhookVerificationError';

  constructor(reason: MokaWebhookVerificationReason, message: string, options?: { cause?: unknown }) {
    super('moka', reason, message, options);
  }
}
