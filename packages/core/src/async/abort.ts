import { AbortError } from '../errors/client-errors.js';

interface Relay {
  readonly waiting: Set<() => void>;
  readonly listener: () => void;
}

/** The callbacks waiting on one signal, behind the single listener the SDK adds to it. */
const relays = new WeakMap<AbortSignal, Relay>();

/**
 * Calls `onAbort` once when `signal` aborts; returns a function that stops waiting. However many
 * calls share one signal (twenty concurrent requests under one AbortController), the SDK adds a
 * single listener to it, so Node never warns about a listener leak, and removes it when nobody waits.
 */
export function whenAborted(signal: AbortSignal, onAbort: () => void): () => void {
  let relay = relays.get(signal);
  if (!relay) {
    const waiting = new Set<() => void>();
    const listener = () => {
      relays.delete(signal);
      for (const callback of waiting) callback();
    };
    relay = { waiting, listener };
    relays.set(signal, relay);
    signal.addEventListener('abort', listener, { once: true });
  }
  const { waiting, listener } = relay;
  const callback = () => onAbort();
  waiting.add(callback);
  return () => {
    waiting.delete(callback);
    if (waiting.size === 0 && relays.get(signal) === relay) {
      relays.delete(signal);
      signal.removeEventListener('abort', listener);
    }
  };
}

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

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      stopWaiting?.();
      resolve();
    }, ms);
    const stopWaiting = signal
      ? whenAborted(signal, () => {
          clearTimeout(timer);
          reject(signal.reason);
        })
      : undefined;
  });
}
