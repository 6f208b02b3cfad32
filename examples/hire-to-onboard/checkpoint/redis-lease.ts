import { randomBytes } from 'node:crypto';
import type { Lease } from './lease.js';
import type { CheckpointScripts } from './redis-scripts.js';

/** Where a hire's lease and the fencing counters live. */
export interface LeaseKeys {
  /** The lease of a hire: `<prefix>lease:<hire key>`. */
  lease(key: string): string;
  /** The hash of fencing counters, one field per hire. */
  fences: string;
}

/**
 * A hire's lease in Redis (`SET NX PX`, see `redis-scripts.ts`), renewed every third of its TTL
 * while held. When a renewal is refused (the lease expired and another process took it) or cannot
 * reach Redis until the lease's expiry, the lease is lost: `signal` aborts, so work in flight under
 * it (a create) is cancelled, and its writes are refused by their fencing token anyway.
 */
export async function acquireRedisLease(
  scripts: CheckpointScripts,
  keys: LeaseKeys,
  key: string,
  ttlMs: number,
): Promise<Lease | undefined> {
  const owner = randomBytes(16).toString('hex');
  const started = Date.now();
  const token = await scripts.hireToOnboardAcquire(keys.lease(key), keys.fences, owner, ttlMs, key);
  if (token === null || token === undefined) return undefined;
  const value = `${owner}:${String(token)}`;
  const controller = new AbortController();
  let expiresAt = started + ttlMs;
  const lose = (why: string) => {
    clearInterval(timer);
    if (!controller.signal.aborted) controller.abort(new Error(`the lease of ${key} was lost: ${why}`));
  };
  const timer = setInterval(
    () => {
      const renewing = Date.now();
      scripts
        .hireToOnboardRenew(keys.lease(key), value, ttlMs)
        .then((extended) => {
          if (Number(extended) === 1) expiresAt = renewing + ttlMs;
          else lose('another process holds it now');
        })
        .catch((error: unknown) => {
          if (Date.now() >= expiresAt) lose(`Redis did not answer before it expired (${String(error)})`);
        });
    },
    Math.max(1, Math.floor(ttlMs / 3)),
  );
  timer.unref();
  return {
    key,
    token: Number(token),
    signal: controller.signal,
    remainingMs: () => (controller.signal.aborted ? 0 : expiresAt - Date.now()),
    release: async () => {
      const held = !controller.signal.aborted;
      lose('released');
      if (held) await scripts.hireToOnboardRelease(keys.lease(key), value);
    },
  };
}
