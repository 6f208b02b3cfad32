import { AbortError } from '../errors/client-errors.js';

/**
 * Resolves or rejects with `promise`, or rejects with an `AbortError` (`message`, the signal's reason
 * as cause) as soon as `signal` aborts, whichever comes first. The listener is removed when it settles.
 */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined, message: string): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new AbortError(message, { cause: signal.reason }));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new AbortError(message, { cause: signal.reason }));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
