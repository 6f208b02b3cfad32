import type { SeenStore } from '@hr/core/webhooks';

/** What `PushClaim.once` did. */
export type ClaimOutcome<T> = { replayed: true } | { replayed: false; value: T };

/**
 * Defers a receiver's seen-store claim until the push's effect is recorded. Give it to a receiver
 * as its `seenStore`: the receiver authenticates the push and computes its key as usual (this store
 * says every key is new), then `once()` claims that key in the real store and records the effect.
 *
 * Why: a receiver claims a push before its handler runs. A process killed between the claim and a
 * durable record of the push would leave the push claimed and lost, and the sender's next delivery
 * refused as a replay. Here a delivery whose key is already claimed is refused only when its effect
 * is in the checkpoint (`recorded()`); otherwise it is recorded now. Recording is idempotent (the
 * checkpoint keeps one record per hire, one write-back per outcome), so two deliveries racing
 * through cannot do anything twice.
 */
export class PushClaim implements SeenStore {
  #key: string | undefined;
  #ttlMs = 0;

  /** Notes the key the receiver would claim; the push counts as new until `once()`. */
  async claim(key: string, ttlMs: number): Promise<boolean> {
    this.#key = key;
    this.#ttlMs = ttlMs;
    return true;
  }

  /** Nothing was claimed here. */
  async release(): Promise<void> {}

  /**
   * Claims the push in `store`, then runs `record`, unless the push was claimed before and its
   * effect is recorded (a replay). When `record` fails, a claim made here is released, so that the
   * sender's retry is accepted.
   */
  async once<T>(
    store: SeenStore,
    recorded: () => Promise<boolean>,
    record: () => Promise<T>,
  ): Promise<ClaimOutcome<T>> {
    const key = this.#key;
    const first = key === undefined || (await store.claim(key, this.#ttlMs));
    if (!first && (await recorded())) return { replayed: true };
    try {
      return { replayed: false, value: await record() };
    } catch (error) {
      if (first && key !== undefined) await store.release(key).catch(() => undefined);
      throw error;
    }
  }
}
