import { WebhookVerificationError } from '@hr/core/webhooks';

/**
 * Why a pushed Feishu event was refused: `unauthenticated` (whatever failed: signature, timestamp,
 * decryption, JSON, token; one message for all) or `replayed` (an event id already accepted).
 */
export type FeishuEventVerificationReason = 'unauthenticated' | 'replayed';

/**
 * A pushed Feishu event (or URL-verification request) was refused: answer it with an error status
 * (e.g. 401) and do not act on it. An `unauthenticated` refusal says nothing about what failed
 * inside (no decryption or padding oracle); no message holds the Encrypt Key, the Verification
 * Token, the signature or the body.
 */
export class FeishuEventVerificationError extends WebhookVerificationError<FeishuEventVerificationReason> {
  static override readonly brand: string = '@hr/feishu-corehr/FeishuEventVerificationError';

  constructor(reason: FeishuEventVerificationReason) {
    super('feishu-corehr', reason);
  }
}
