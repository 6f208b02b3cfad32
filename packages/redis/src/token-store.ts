import { randomUUID } from 'node:crypto';
import { InMemoryTokenStore, type StoredToken, type TokenStore } from '@hr/core';
import { sleep, type LevelLogger } from '@hr/core/internal';
import { LuaScript } from './lua-script.js';
import { connect, positiveMs, type RedisSharingOptions } from './options.js';
import type { RedisConnection } from './redis-connection.js';

/** Options of {@link RedisTokenStore}. */
export interface RedisTokenStoreOptions extends RedisSharingOptions {
  /** Prefix of the token and lock keys (default `hr:token:`). */
  keyPrefix?: string | undefined;
  /**
   * How long the refresh lock lives, in ms (default 10 000). It is released as soon as the new
   * token is stored; the expiry only matters when its holder dies mid-fetch.
   */
  lockTtlMs?: number | undefined;
  /**
   * How long a process waits for another one's refresh before fetching a token itself (with a
   * warning), in ms (default 15 000).
   */
  waitTimeoutMs?: number | undefined;
}

/** Drops the token only while it is still the rejected one. */
const DELETE_IF_VALUE = new LuaScript(`
local stored = redis.call('GET', KEYS[1])
if not stored then return 0 end
local ok, token = pcall(cjson.decode, stored)
if ok and type(token) == 'table' and token.value == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`);

/** Releases the refresh lock only for its owner (an expired lock may already belong to another process). */
const RELEASE_LOCK = new LuaScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`);

const FIRST_POLL_MS = 20;
const MAX_POLL_MS = 250;

/**
 * A {@link TokenStore} in Redis: a token fetched by one process is used by every process sharing
 * the store; when it is missing or due, exactly one of them fetches a new one (under a short
 * lock) while the others wait for it; an invalid-token answer seen by one process drops the token
 * for all, but only if it is still the rejected one.
 *
 * When Redis cannot be reached, it falls back to a per-process cache (one warning per outage):
 * each process then fetches and keeps its own token. Tokens are stored in Redis in clear text:
 * protect the server like any secret store (ACLs, TLS, no public port).
 */
export class RedisTokenStore implements TokenStore {
  readonly #connection: RedisConnection;
  readonly #log: LevelLogger;
  readonly #prefix: string;
  readonly #lockTtlMs: number;
  readonly #waitTimeoutMs: number;
  /** A copy of every token seen in Redis, and the cache while Redis is down. */
  readonly #local = new InMemoryTokenStore();

  constructor(options: RedisTokenStoreOptions) {
    const role = 'token store';
    ({ connection: this.#connection, log: this.#log } = connect(
      options,
      role,
      'each process fetches and caches its own token',
    ));
    this.#prefix = options.keyPrefix ?? 'hr:token:';
    this.#lockTtlMs = positiveMs(role, 'lockTtlMs', options.lockTtlMs, 10_000);
    this.#waitTimeoutMs = positiveMs(role, 'waitTimeoutMs', options.waitTimeoutMs, 15_000);
  }

  async get(key: string): Promise<StoredToken | undefined> {
    return this.#connection.orLocally(
      () => this.#readShared(key),
      () => this.#local.get(key),
    );
  }

  async set(key: string, token: StoredToken): Promise<void> {
    await this.#local.set(key, token);
    await this.#connection.orLocally(
      () => this.#writeShared(key, token),
      async () => undefined,
    );
  }

  async delete(key: string, onlyIfValue?: string): Promise<void> {
    await this.#local.delete(key, onlyIfValue);
    await this.#connection.orLocally(
      async () => {
        if (onlyIfValue === undefined) await this.#connection.run((redis) => redis.del(this.#tokenKey(key)));
        else await this.#connection.eval(DELETE_IF_VALUE, [this.#tokenKey(key)], [onlyIfValue]);
      },
      async () => undefined,
    );
  }

  async refresh(
    key: string,
    fetch: () => Promise<StoredToken>,
    isUsable: (token: StoredToken) => boolean,
  ): Promise<StoredToken> {
    return this.#connection.orLocally(
      () => this.#refreshShared(key, fetch, isUsable),
      () => this.#refreshLocally(key, fetch, isUsable),
    );
  }

  /** Reuse a usable token or wait for the lock holder; take the lock and fetch when it is free. */
  async #refreshShared(
    key: string,
    fetch: () => Promise<StoredToken>,
    isUsable: (token: StoredToken) => boolean,
  ): Promise<StoredToken> {
    const owner = randomUUID();
    const deadline = Date.now() + this.#waitTimeoutMs;
    for (let pollMs = FIRST_POLL_MS; ; pollMs = Math.min(pollMs * 2, MAX_POLL_MS)) {
      const current = await this.#readShared(key);
      if (current && isUsable(current)) return current;
      if (await this.#lock(key, owner)) return this.#fetchUnderLock(key, owner, fetch, isUsable);
      if (Date.now() >= deadline) {
        this.#log.warn(
          `Waited ${this.#waitTimeoutMs} ms for another process to refresh the token; fetching one in this process`,
        );
        return this.#fetchAndStore(key, fetch);
      }
      await sleep(pollMs / 2 + Math.random() * (pollMs / 2));
    }
  }

  async #fetchUnderLock(
    key: string,
    owner: string,
    fetch: () => Promise<StoredToken>,
    isUsable: (token: StoredToken) => boolean,
  ): Promise<StoredToken> {
    try {
      // The previous holder may have stored a fresh token between our read and our lock.
      const current = await this.#readShared(key);
      if (current && isUsable(current)) return current;
      return await this.#fetchAndStore(key, fetch);
    } finally {
      this.#unlock(key, owner);
    }
  }

  /** Fetches from the vendor and stores the token; once fetched, a Redis failure never causes a second fetch. */
  async #fetchAndStore(key: string, fetch: () => Promise<StoredToken>): Promise<StoredToken> {
    const token = await fetch();
    await this.set(key, token);
    return token;
  }

  async #refreshLocally(
    key: string,
    fetch: () => Promise<StoredToken>,
    isUsable: (token: StoredToken) => boolean,
  ): Promise<StoredToken> {
    const current = await this.#local.get(key);
    if (current && isUsable(current)) return current;
    const token = await fetch();
    await this.#local.set(key, token);
    return token;
  }

  async #readShared(key: string): Promise<StoredToken | undefined> {
    const raw = await this.#connection.run((redis) => redis.get(this.#tokenKey(key)));
    const token = raw === null ? undefined : parseToken(raw);
    if (token) await this.#local.set(key, token);
    else await this.#local.delete(key);
    return token;
  }

  async #writeShared(key: string, token: StoredToken): Promise<void> {
    const ttlMs = Math.floor(token.expiresAt - Date.now());
    if (ttlMs <= 0) return; // already due: storing it would only make others refresh
    await this.#connection.run((redis) =>
      redis.set(this.#tokenKey(key), JSON.stringify({ value: token.value, expiresAt: token.expiresAt }), 'PX', ttlMs),
    );
  }

  async #lock(key: string, owner: string): Promise<boolean> {
    try {
      return (
        (await this.#connection.run((redis) => redis.set(this.#lockKey(key), owner, 'PX', this.#lockTtlMs, 'NX'))) ===
        'OK'
      );
    } catch (error) {
      this.#unlock(key, owner); // the SET may still be applied after our deadline
      throw error;
    }
  }

  /** Best effort: if it cannot be sent, the lock expires by itself. */
  #unlock(key: string, owner: string): void {
    this.#connection.fireAndForget((redis) => RELEASE_LOCK.run(redis, [this.#lockKey(key)], [owner]));
  }

  #tokenKey(key: string): string {
    return `${this.#prefix}${key}`;
  }

  #lockKey(key: string): string {
    return `${this.#prefix}${key}:lock`;
  }
}

function parseToken(raw: string): StoredToken | undefined {
  try {
    const parsed = JSON.parse(raw) as Partial<StoredToken> | null;
    if (typeof parsed?.value === 'string' && typeof parsed.expiresAt === 'number')
      return { value: parsed.value, expiresAt: parsed.expiresAt };
  } catch {
    // not ours: treated as missing, and overwritten by the next refresh
  }
  return undefined;
}
