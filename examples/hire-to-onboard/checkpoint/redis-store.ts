import type { SeenStore } from '@hr/core/webhooks';
import { RedisSeenStore } from '@hr/redis';
import type { Redis } from 'ioredis';
import type { CheckpointStore, HireCheckpoint, HireState } from './types.js';

/**
 * The checkpoint in Redis (when `REDIS_URL` is set), shared by every process of the service:
 * three hashes under `keyPrefix`: `hires` (hire key → record JSON), `pre-hires` (pre-hire ID →
 * hire key) and `cursors`; and the pushes accepted, one expiring key each under `<keyPrefix>seen:`. A record and its reverse index are written in one MULTI. Two processes
 * creating the same hire at once both send the same `out_biz_id`, so Feishu still creates one.
 */
export class RedisCheckpointStore implements CheckpointStore {
  readonly description: string;
  /** The pushes accepted, shared by every process (`RedisSeenStore`). */
  readonly seen: SeenStore;
  readonly #redis: Redis;
  readonly #hires: string;
  readonly #preHires: string;
  readonly #cursors: string;
  readonly #onClose: () => Promise<void>;

  /**
   * `keyPrefix` defaults to `hire-to-onboard:`; `onClose` runs on `close()` (by default nothing:
   * a connection you pass in is yours to close).
   */
  constructor(
    redis: Redis,
    { keyPrefix = 'hire-to-onboard:', onClose }: { keyPrefix?: string; onClose?: () => Promise<void> } = {},
  ) {
    this.#redis = redis;
    this.#onClose = onClose ?? (async () => {});
    this.#hires = `${keyPrefix}hires`;
    this.#preHires = `${keyPrefix}pre-hires`;
    this.#cursors = `${keyPrefix}cursors`;
    this.seen = new RedisSeenStore({ redis, keyPrefix: `${keyPrefix}seen:` });
    this.description = `Redis keys ${keyPrefix}*`;
  }

  async getHire(key: string): Promise<HireCheckpoint | undefined> {
    const json = await this.#redis.hget(this.#hires, key);
    return json === null ? undefined : (JSON.parse(json) as HireCheckpoint);
  }

  async putHire(key: string, record: HireCheckpoint): Promise<void> {
    const multi = this.#redis.multi().hset(this.#hires, key, JSON.stringify(record));
    if (record.preHireId) multi.hset(this.#preHires, record.preHireId, key);
    const results = await multi.exec();
    const failed = results?.find(([error]) => error);
    if (!results || failed) throw new Error(`Redis did not store the checkpoint of ${key}: ${failed?.[0]?.message}`);
  }

  async hiresIn(states: readonly HireState[]): Promise<[string, HireCheckpoint][]> {
    const all = await this.#redis.hgetall(this.#hires);
    return Object.entries(all)
      .map(([key, json]): [string, HireCheckpoint] => [key, JSON.parse(json) as HireCheckpoint])
      .filter(([, record]) => states.includes(record.state));
  }

  async findByPreHireId(preHireId: string): Promise<[string, HireCheckpoint] | undefined> {
    const key = await this.#redis.hget(this.#preHires, preHireId);
    const record = key === null ? undefined : await this.getHire(key);
    return key !== null && record ? [key, record] : undefined;
  }

  async getCursor(name: string): Promise<string | undefined> {
    return (await this.#redis.hget(this.#cursors, name)) ?? undefined;
  }

  async putCursor(name: string, cursor: string): Promise<void> {
    await this.#redis.hset(this.#cursors, name, cursor);
  }

  close(): Promise<void> {
    return this.#onClose();
  }
}
