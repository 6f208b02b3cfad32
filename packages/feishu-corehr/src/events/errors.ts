import { WebhookVerificationError } from '@hr/core/webhooks';

/** Why a pushed Feishu event was refused. */
export type FeishuEventVerificationReason =
  | 'missing_secret'
  | 'invalid_payload'
  | 'missing_encrypt_key'
  | 'decryption_failed'
  | 'missing_signature'
  | 'signature_mismatch'
  | 'stale_timestamp'
  | 'token_mismatch';

/**
 * A pushed Feishu event (or URL-verification request) failed verification: answer it with an
 * error status (e.g. 401) and do not act on it. Messages never include the encrypt key, the
 * verification token, the signature or the body.
 */
export class FeishuEventVerificationError extends WebhookVerificationError<FeishuEventVerificationReason> {
  static override readonly brand: string = '@hr/feishu-corehr/FeishuEventVerificationError';

  constructor(reason: FeishuEventVerificationReason, message: string, options?: { cause?: unknown }) {
    super('feishu-corehr', reason, message, options);
  }
}
