import type { SeenStore } from '@hr/core/webhooks';
import { RedisSeenStore } from '@hr/redis';
import type { Redis } from 'ioredis';
import { type Lease, LeaseLostError } from './lease.js';
import { acquireRedisLease, type LeaseKeys } from './redis-lease.js';
import { type CheckpointScripts, checkpointScripts } from './redis-scripts.js';
import {
  at,
  malformedCheckpoint,
  parseWriteBackField,
  recordProblems,
  writeBackField,
  writeBackProblems,
} from './shape.js';
import {
  type CheckpointStore,
  type HireCheckpoint,
  type HireState,
  OPEN_STATES,
  type StoreOptions,
  type TakeInResult,
  type WriteBackOutcome,
  type WriteBackStatus,
} from './types.js';

/** Options of `RedisCheckpointStore.open`. */
export interface RedisCheckpointOptions extends StoreOptions {
  /** Prefix of every key (default `hire-to-onboard:`; on Redis Cluster give one with a hash tag, e.g. `{hto}:`). */
  keyPrefix?: string | undefined;
  /** Runs on `close()` (by default nothing: a connection you pass in is yours to close). */
  onClose?: (() => Promise<void>) | undefined;
}

/** The kind of Redis value each checkpoint key must be. */
const KEY_TYPES = { hires: 'hash', preHires: 'hash', cursors: 'hash', writeBacks: 'hash', fences: 'hash', open: 'set' };

/**
 * The checkpoint in Redis (when `REDIS_URL` is set), shared by every process of the service. Keys
 * under `keyPrefix`: hashes `hires` (hire key → record JSON), `pre-hires` (pre-hire ID → hire
 * key), `cursors`, `write-backs` (`<hire key> <outcome>` → `due` / `done`) and `fences` (hire key →
 * fencing counter); the set `open` (hires with work left); one expiring key per held lease
 * (`lease:<hire key>`) and per accepted push (`seen:<push key>`, `RedisSeenStore`). Every write
 * under a lease is one Lua script that checks the lease's fencing token first (`redis-scripts.ts`).
 */
export class RedisCheckpointStore implements CheckpointStore {
  readonly description: string;
  /** The pushes accepted, shared by every process (`RedisSeenStore`). */
  readonly seen: SeenStore;
  readonly #redis: Redis;
  readonly #scripts: CheckpointScripts;
  readonly #keys: Record<keyof typeof KEY_TYPES, string>;
  readonly #leaseKeys: LeaseKeys;
  readonly #held = new Set<Lease>();
  readonly #onClose: () => Promise<void>;
  readonly #onWrite: StoreOptions['onWrite'];

  private constructor(redis: Redis, options: RedisCheckpointOptions) {
    const prefix = options.keyPrefix ?? 'hire-to-onboard:';
    this.#redis = redis;
    this.#scripts = checkpointScripts(redis);
    this.#onClose = options.onClose ?? (async () => {});
    this.#onWrite = options.onWrite;
    this.#keys = {
      hires: `${prefix}hires`,
      preHires: `${prefix}pre-hires`,
      cursors: `${prefix}cursors`,
      writeBacks: `${prefix}write-backs`,
      fences: `${prefix}fences`,
      open: `${prefix}open`,
    };
    this.#leaseKeys = { lease: (key) => `${prefix}lease:${key}`, fences: this.#keys.fences };
    this.seen = new RedisSeenStore({ redis, keyPrefix: `${prefix}seen:` });
    this.description = `Redis keys ${prefix}*`;
  }

  /**
   * Opens the checkpoint on `redis`, after checking the structure of what is stored under the
   * prefix: a key of the wrong type, a record that is not a hire record, a write-back or a fencing
   * counter that is not one is refused with a message naming the key and the problem.
   */
  static async open(redis: Redis, options: RedisCheckpointOptions = {}): Promise<RedisCheckpointStore> {
    const store = new RedisCheckpointStore(redis, options);
    const problems = await store.#problems();
    if (problems.length > 0) throw malformedCheckpoint(`The checkpoint in ${store.description}`, problems);
    return store;
  }

  async getHire(key: string): Promise<HireCheckpoint | undefined> {
    const json = await this.#redis.hget(this.#keys.hires, key);
    return json === null ? undefined : this.#record(key, json);
  }

  async takeIn(key: string, record: HireCheckpoint, replaceable: readonly HireState[]): Promise<TakeInResult> {
    const [taken, json] = (await this.#write(() =>
      this.#scripts.hireToOnboardTakeIn(
        this.#keys.hires,
        this.#keys.open,
        key,
        JSON.stringify(record),
        OPEN_STATES.includes(record.state) ? '1' : '0',
        replaceable.join(','),
      ),
    )) as [number, string];
    return { taken: taken === 1, record: this.#record(key, json) };
  }

  async lease(key: string, ttlMs: number): Promise<Lease | undefined> {
    const lease = await acquireRedisLease(this.#scripts, this.#leaseKeys, key, ttlMs);
    if (!lease) return undefined;
    this.#held.add(lease);
    lease.signal.addEventListener('abort', () => this.#held.delete(lease), { once: true });
    return lease;
  }

  async putHire(key: string, record: HireCheckpoint, lease: Lease): Promise<void> {
    const { hires, open, preHires, fences } = this.#keys;
    const written = await this.#write(() =>
      this.#scripts.hireToOnboardFencedPut(
        hires,
        open,
        preHires,
        fences,
        key,
        lease.token,
        JSON.stringify(record),
        OPEN_STATES.includes(record.state) ? '1' : '0',
        record.preHireId ?? '',
      ),
    );
    if (Number(written) !== 1) throw new LeaseLostError(key);
  }

  async hiresIn(states: readonly HireState[]): Promise<[string, HireCheckpoint][]> {
    const all = await this.#redis.hgetall(this.#keys.hires);
    return Object.entries(all)
      .map(([key, json]): [string, HireCheckpoint] => [key, this.#record(key, json)])
      .filter(([, record]) => states.includes(record.state));
  }

  openHires(): Promise<string[]> {
    return this.#redis.smembers(this.#keys.open);
  }

  async findByPreHireId(preHireId: string): Promise<[string, HireCheckpoint] | undefined> {
    const key = await this.#redis.hget(this.#keys.preHires, preHireId);
    const record = key === null ? undefined : await this.getHire(key);
    return key !== null && record ? [key, record] : undefined;
  }

  async markWriteBackDue(key: string, outcome: WriteBackOutcome): Promise<WriteBackStatus | undefined> {
    const legacy = (await this.getHire(key))?.writtenBack?.includes(outcome);
    if (legacy) return 'done';
    const field = writeBackField(key, outcome);
    const added = await this.#write(() => this.#redis.hsetnx(this.#keys.writeBacks, field, 'due'));
    return added === 1 ? undefined : ((await this.#redis.hget(this.#keys.writeBacks, field)) as WriteBackStatus);
  }

  async writeBackStatus(key: string, outcome: WriteBackOutcome): Promise<WriteBackStatus | undefined> {
    if ((await this.getHire(key))?.writtenBack?.includes(outcome)) return 'done';
    const status = await this.#redis.hget(this.#keys.writeBacks, writeBackField(key, outcome));
    return (status ?? undefined) as WriteBackStatus | undefined;
  }

  async markWrittenBack(key: string, outcome: WriteBackOutcome, lease: Lease): Promise<void> {
    const written = await this.#write(() =>
      this.#scripts.hireToOnboardFencedWrittenBack(
        this.#keys.writeBacks,
        this.#keys.fences,
        writeBackField(key, outcome),
        key,
        lease.token,
      ),
    );
    if (Number(written) !== 1) throw new LeaseLostError(key);
  }

  async writeBacksDue(): Promise<[string, WriteBackOutcome][]> {
    const all = await this.#redis.hgetall(this.#keys.writeBacks);
    return Object.entries(all)
      .filter(([, status]) => status === 'due')
      .flatMap(([field]) => {
        const parsed = parseWriteBackField(field);
        return parsed ? [parsed] : [];
      });
  }

  async getCursor(name: string): Promise<string | undefined> {
    return (await this.#redis.hget(this.#keys.cursors, name)) ?? undefined;
  }

  async putCursor(name: string, cursor: string): Promise<void> {
    await this.#write(() => this.#redis.hset(this.#keys.cursors, name, cursor));
  }

  async ping(): Promise<void> {
    await this.#redis.ping();
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.#held].map((lease) => lease.release()));
    await this.#onClose();
  }

  /** A stored record, parsed and checked; a malformed one is refused naming its key and field. */
  #record(key: string, json: string): HireCheckpoint {
    const problems = this.#recordProblems(key, json);
    if (problems.length > 0) throw malformedCheckpoint(`The checkpoint in ${this.description}`, problems);
    return JSON.parse(json) as HireCheckpoint;
  }

  /** The problems of a stored record's JSON. */
  #recordProblems(key: string, json: string): string[] {
    const where = at(this.#keys.hires, key);
    try {
      return recordProblems(JSON.parse(json), where);
    } catch {
      return [`${where}: is not JSON`];
    }
  }

  /** Runs a write, reporting how long it took. */
  async #write<T>(write: () => Promise<T>): Promise<T> {
    const started = performance.now();
    const result = await write();
    this.#onWrite?.((performance.now() - started) / 1000);
    return result;
  }

  /** Everything wrong with what is stored under the prefix. */
  async #problems(): Promise<string[]> {
    const problems: string[] = [];
    for (const [name, expected] of Object.entries(KEY_TYPES) as [keyof typeof KEY_TYPES, string][]) {
      const type = await this.#redis.type(this.#keys[name]);
      if (type !== 'none' && type !== expected)
        problems.push(`${this.#keys[name]}: must be a Redis ${expected}, got a ${type}`);
    }
    if (problems.length > 0) return problems;
    const { hires, preHires, writeBacks, fences } = this.#keys;
    for (const [key, json] of Object.entries(await this.#redis.hgetall(hires)))
      problems.push(...this.#recordProblems(key, json));
    for (const [id, key] of Object.entries(await this.#redis.hgetall(preHires)))
      if (key === '') problems.push(`${at(preHires, id)}: must name a hire key`);
    for (const [field, status] of Object.entries(await this.#redis.hgetall(writeBacks)))
      problems.push(...writeBackProblems(status, at(writeBacks, field), field));
    for (const [key, token] of Object.entries(await this.#redis.hgetall(fences)))
      if (!/^\d+$/.test(token)) problems.push(`${at(fences, key)}: must be a fencing counter (digits), got "${token}"`);
    return problems;
  }
}
