import { AbortError } from '../errors/client-errors.js';
import { backoffDelay, sleep } from '../transport/retry.js';
import type { CallState } from './call.js';
import type { ClientContext } from './context.js';
import { failedWith, type Failed, type Outcome } from './outcome.js';

/** One try at the call (or a stage wrapping it): resolves with its outcome, never rejects for a vendor or transport failure. */
export type Exchange = (client: ClientContext, call: CallState) => Promise<Outcome>;

/**
 * Retries what the failure's verdict allows: `always`, or `if-safe` when sending again cannot apply
 * the request twice; waits the vendor's `retryAfterMs` or an exponential backoff with jitter, within
 * `maxRetries` and the client's `maxRetryWait` in total. An abort during the wait ends the call.
 */
export function withRetries(next: Exchange): Exchange {
  return async (client, call) => {
    let waited = 0;
    for (;;) {
      const outcome = await next(client, call);
      if (outcome.ok) return outcome;
      const delay = retryDelay(outcome, call);
      if (delay === undefined || waited + delay > client.maxRetryWait) return outcome;
      client.log.info(
        `${call.operationId}: retrying in ${delay} ms (retry ${call.attempt + 1} of ${call.request.maxRetries}) after: ${outcome.error.message}`,
      );
      try {
        await sleep(delay, call.request.signal);
      } catch (reason) {
        return failedWith(new AbortError('The request was aborted while waiting to retry', { cause: reason }));
      }
      waited += delay;
      call.attempt++;
    }
  };
}

/** How long to wait before retrying, or undefined when the failure must not be retried. */
function retryDelay(failure: Failed, call: CallState): number | undefined {
  if (call.attempt >= call.request.maxRetries || failure.retry === 'never') return undefined;
  if (failure.retry === 'if-safe' && !call.request.safeToRepeat) return undefined;
  return failure.retryAfterMs ?? backoffDelay(call.attempt);
}
