import { AbortError, ConnectionError, TimeoutError } from '../errors/client-errors.js';
import type { HRError } from '../errors/hr-error.js';
import type { CallState } from './call.js';

/**
 * The error a call rejects with, told in the caller's terms: a transport failure names the operation
 * and how many attempts were made; an abort caused by the call's `deadline` (not by the caller's own
 * signal) is a TimeoutError saying so.
 */
export function finalError(error: HRError, call: CallState): HRError {
  const { operation, deadline } = call.request;
  const attempts = call.attempt + 1;
  const tried = `${attempts} attempt${attempts === 1 ? '' : 's'}`;
  if (deadline?.signal.aborted && AbortError.isInstance(error)) {
    return new TimeoutError(`${operation.id} did not finish within its deadline of ${deadline.ms} ms (${tried})`, {
      cause: error,
      notSent: false,
      code: 'DEADLINE',
      operation: operation.id,
      attempts,
    });
  }
  if (ConnectionError.isInstance(error) && error.operation === undefined) {
    const options = { cause: error.cause, notSent: error.notSent, code: error.code, operation: operation.id, attempts };
    const message = `${operation.id} failed after ${tried}: ${error.message}`;
    return TimeoutError.isInstance(error) ? new TimeoutError(message, options) : new ConnectionError(message, options);
  }
  return error;
}
