import { HRError } from '../errors/hr-error.js';

/**
 * A pushed request (webhook, event) failed verification: answer it with an error status and do not act
 * on its payload. The message and fields never include the secret, the signature or the token.
 * Vendor packages extend it with their own `reason` values.
 */
export class WebhookVerificationError<Reason extends string = string> extends HRError {
  static override readonly brand: string = '@hr/core/WebhookVerificationError';
  /** The vendor whose push was refused, e.g. `comeet`. */
  readonly vendor: string;
  /** A machine-readable reason, e.g. `signature_mismatch`. */
  readonly reason: Reason;

  constructor(vendor: string, reason: Reason, message: string, options?: { cause?: unknown }) {
    super(`${vendor} push refused (${reason}): ${message}`, options);
    this.vendor = vendor;
    this.reason = reason;
  }
}
