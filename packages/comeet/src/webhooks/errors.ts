import { WebhookVerificationError as CoreWebhookVerificationError } from '@hr/core/webhooks';

/** Why a webhook request was refused. */
export type WebhookVerificationReason =
  | 'missing_secret'
  | 'missing_signature'
  | 'malformed_signature'
  | 'signature_mismatch'
  | 'missing_token'
  | 'malformed_token'
  | 'invalid_token_signature'
  | 'token_expired'
  | 'issuer_mismatch'
  | 'invalid_payload';

/**
 * A webhook request failed verification: answer it with HTTP 401 (Comeet's instruction) and do not act
 * on its payload. The message and fields never include the secret, the signature or the token.
 */
export class WebhookVerificationError extends CoreWebhookVerificationError<WebhookVerificationReason> {
  static override readonly brand: string = '@hr/comeet/WebhookVerificationError';

  constructor(reason: WebhookVerificationReason, message: string, options?: { cause?: unknown }) {
    super('comeet', reason, message, options);
  }
}
