import { whenAborted } from './abort-relay.js';

/** Backoff schedule: 0.5 s doubling to 8 s, with up to 25 % jitter taken off. */
const INITIAL_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;

/** The wait before retry number `attempt` (0-based) when the vendor gave no hint. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_DELAY_MS, INITIAL_DELAY_MS * 2 ** attempt);
  return Math.round(base * (1 - 0.25 * random()));
}

/**
 * Milliseconds to wait from `Retry-After` (delta seconds or an HTTP date) or `retry-after-ms`;
 * undefined when absent or unparseable.
 */
export function retryAfterFromHeaders(headers: Record<string, string>, now: number = Date.now()): number | undefined {
  const ms = headers['retry-after-ms'];
  if (ms !== undefined && /^\d+(\.\d+)?$/.test(ms.trim())) return Math.ceil(Number(ms));
  const value = headers['retry-after']?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value) * 1000);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * Resolves after `ms`, or rejects with the signal's reason when it aborts first.
 *
 * @throws The signal's `reason` when `signal` aborts first.
 */
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
