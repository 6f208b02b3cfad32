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
