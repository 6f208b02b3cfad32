import { sha256Hex } from './digest.js';
import type { RawBody } from './raw-body.js';
import { type SeenStore, checkTtl, defaultSeenStore } from './seen-store.js';

/** The replay options every receiver takes. */
export interface ReplayOptions {
  /**
   * Where accepted pushes are remembered: a push whose id is remembered is refused as a replay.
   * Default: this process's memory store (`defaultSeenStore()`); share one across processes (e.g.
   * `RedisSeenStore` from `@hr/redis`) when several serve the endpoint. `false` turns the check off:
   * your handling must then be idempotent on the id itself.
   */
  seenStore?: SeenStore | false | undefined;
  /** How long an accepted push is remembered, in ms (each receiver documents its default). */
  seenTtlMs?: number | undefined;
}

/** What claiming a push found. */
export interface PushClaim {
  /** True when the push was already claimed: refuse it. */
  replayed: boolean;
  /** The key claimed in the seen-store (release it to accept a re-delivery); undefined when the check is off. */
  seenKey: string | undefined;
  /** Releases the claim (a no-op when the check is off): the sender's next delivery is accepted. */
  release(): Promise<void>;
}

/**
 * Claims `key` (a vendor prefix and the push's id) in the receiver's seen-store for `seenTtlMs`
 * (or `defaultTtlMs`). A store failure propagates: the receiver then neither acts on the push nor
 * calls it a replay.
 */
export async function claimPush(options: ReplayOptions, key: string, defaultTtlMs: number): Promise<PushClaim> {
  const store = options.seenStore ?? defaultSeenStore();
  if (store === false) return { replayed: false, seenKey: undefined, release: async () => undefined };
  const ttlMs = options.seenTtlMs ?? defaultTtlMs;
  checkTtl(ttlMs);
  const replayed = !(await store.claim(key, ttlMs));
  return { replayed, seenKey: key, release: () => (replayed ? Promise.resolve() : store.release(key)) };
}

/**
 * An id derived from authenticated content, for pushes that carry none: `sha256:<hex>` of the parts
 * (the same content always gives the same id).
 */
export function contentId(...parts: RawBody[]): string {
  return `sha256:${sha256Hex(...parts)}`;
}
