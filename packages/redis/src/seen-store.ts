import { MemorySeenStore, type SeenStore } from '@hr/core/webhooks';
import { connect, type RedisSharingOptions } from './options.js';
import type { RedisConnection } from './redis-connection.js';

/** Options of {@link RedisSeenStore}. */
export interface RedisSeenStoreOptions extends RedisSharingOptions {
  /** Prefix of every key (default `hr:seen:`); give each account of one vendor its own when they share a Redis. */
  keyPrefix?: string | undefined;
}

/**
 * A `SeenStore` in Redis, shared by every process serving a push endpoint: a push accepted by one of
 * them is refused as a replay by all. A claim is one `SET key 1 PX <ttl> NX` (atomic: of two
 * processes claiming one push, exactly one wins); the key expires with its TTL, so Redis holds only
 * the pushes of the last TTL.
 *
 * When Redis cannot be reached it falls back to this process's memory (one warning per outage):
 * each process then refuses only the replays it saw itself, and a push claimed during the outage is
 * not known to the others afterwards. Every claim is also remembered in memory, so a process keeps
 * refusing the replays it saw through an outage.
 */
export class RedisSeenStore implements SeenStore {
  readonly #connection: RedisConnection;
  readonly #prefix: string;
  /** The claims of this process, and the store while Redis is down. */
  readonly #local = new MemorySeenStore();

  constructor(options: RedisSeenStoreOptions) {
    ({ connection: this.#connection } = connect(
      options,
      'seen-store',
      'each process refuses only the replays it saw itself',
    ));
    this.#prefix = options.keyPrefix ?? 'hr:seen:';
  }

  /**
   * Claims `key` for `ttlMs` (Redis `SET NX PX`): `true` for the first claim, `false` for a repeat.
   * While Redis cannot be reached, the claim is made in this process only.
   *
   * @throws `TypeError` when `ttlMs` is not a positive number of milliseconds.
   */
  async claim(key: string, ttlMs: number): Promise<boolean> {
    if (!(Number.isFinite(ttlMs) && ttlMs > 0))
      throw new TypeError('RedisSeenStore.claim: "ttlMs" must be a positive number of milliseconds');
    const px = Math.ceil(ttlMs);
    return this.#connection.orLocally(
      async () => {
        const set = await this.#connection.run((redis) => redis.set(this.#prefix + key, '1', 'PX', px, 'NX'));
        await this.#local.claim(key, px);
        return set === 'OK';
      },
      () => this.#local.claim(key, px),
    );
  }

  async release(key: string): Promise<void> {
    await this.#local.release(key);
    await this.#connection.orLocally(
      async () => void (await this.#connection.run((redis) => redis.del(this.#prefix + key))),
      async () => undefined,
    );
  }
}
