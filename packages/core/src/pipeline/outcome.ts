import type { ResponseInfo } from '../client/api-promise.js';
import { ConnectionError } from '../errors/client-errors.js';
import { HRError } from '../errors/hr-error.js';
import type { RetryVerdict } from './envelope.js';

/** An attempt that produced the call's data. */
export interface Succeeded {
  ok: true;
  /** The envelope-mapped (not yet validated) data. */
  data: unknown;
  /** Status, headers and request id. */
  info: ResponseInfo;
}

/** An attempt that failed, with everything the retry and replay stages need to decide what follows. */
export interface Failed {
  ok: false;
  /** The error the call rejects with if nothing follows. */
  error: HRError;
  /** Whether and how it may be retried. */
  retry: RetryVerdict;
  /** The wait the vendor asked for, ms. */
  retryAfterMs: number | undefined;
  /** The vendor refused the credential. */
  invalidToken: boolean;
  /** The rotating token the attempt carried, for `invalidate`. */
  token: string | undefined;
}

/** What one attempt (or the stages wrapping it) produced. Stages return outcomes; only the call throws. */
export type Outcome = Succeeded | Failed;

/** A failure the SDK raised itself (transport, abort, a bug), with the verdict its kind implies. */
export function failedWith(caught: unknown, token?: string): Failed {
  const error = toHRError(caught);
  let retry: RetryVerdict = 'never';
  // Nothing reached the vendor: safe to send again, even a POST. A broken exchange only if repeating is
  // safe. Anything else (an abort, a response too large, a bug) is final.
  if (ConnectionError.isInstance(error)) retry = error.notSent ? 'always' : 'if-safe';
  return { ok: false, error, retry, retryAfterMs: undefined, invalidToken: false, token };
}

/** Anything thrown inside a call becomes an HRError (unexpected bugs keep their cause). */
export function toHRError(error: unknown): HRError {
  if (HRError.isInstance(error)) return error;
  return new HRError(error instanceof Error ? error.message : String(error), { cause: error });
}
