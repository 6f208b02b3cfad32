import { WebhookVerificationError as CoreWebhookVerificationError, type WebhookRefusalReason } from '@hr/core/webhooks';

/**
 * Why a Comeet request was refused: `unauthenticated` (no credential Comeet documents for the kind
 * of push, or one that does not verify: one message for all), `replayed` (a body already accepted,
 * under any method) or `invalid_payload` (an authenticated body that is not what Comeet documents).
 */
export type WebhookVerificationReason = WebhookRefusalReason;

/**
 * A Comeet request was refused: answer it with HTTP 401 (Comeet's instruction) and do not act on its
 * payload. The message and fields never include the secret, the signature or the token.
 */
export class WebhookVerificationError extends CoreWebhookVerificationError<WebhookVerificationReason> {
  static override readonly brand: string = '@hr/comeet/WebhookVerificationError';

  constructor(reason: WebhookVerificationReason, message?: string, options?: { cause?: unknown }) {
    super('comeet', reason, message, options);
  }
}
