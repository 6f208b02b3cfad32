import { AbortError } from '../errors/client-errors.js';
import { whenAborted } from './abort-relay.js';

/**
 * Resolves or rejects with `promise`, or rejects with an `AbortError` (`message`, the signal's reason
 * as cause) as soon as `signal` aborts, whichever comes first. The listener is removed when it settles.
 */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined, message: string): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new AbortError(message, { cause: signal.reason }));
  return new Promise<T>((resolve, reject) => {
    const stopWaiting = whenAborted(signal, () => reject(new AbortError(message, { cause: signal.reason })));
    promise.then(resolve, reject).finally(stopWaiting);
  });
}
