import { setTimeout as delay } from 'node:timers/promises';
import { type StoredToken } from '@hr/core';
import { TokenProviderAuth } from '@hr/core/internal';
import { expect, test } from 'vitest';
import { RedisTokenStore } from '../src/index.js';
import { captureLogger } from './support/logger.js';
import { describeWithRedis, redisClients, uniquePrefix } from './support/redis.js';

const newClient = redisClients();
const KEY = 'feishu:https://open.feishu.cn/open-apis:cli_test';

/** A token source that counts its calls and can be slowed down or made to fail. */
function tokenSource(options: { delayMs?: number; fail?: boolean } = {}) {
  let calls = 0;
  const fetch = async (): Promise<StoredToken> => {
    calls++;
    await delay(options.delayMs ?? 0);
    if (options.fail) throw new Error('token endpoint answered 500');
    return { value: `t-${calls}-secret`, expiresAt: Date.now() + 60_000 };
  };
  return { fetch, calls: () => calls };
}

const usable = (token: StoredToken) => Date.now() < token.expiresAt;

/** One store per simulated process, each with its own connection. */
function stores(count: number, options: Partial<ConstructorParameters<typeof RedisTokenStore>[0]> = {}) {
  const keyPrefix = options.keyPrefix ?? uniquePrefix();
  return Array.from(
    { length: count },
    () => new RedisTokenStore({ redis: newClient(), keyPrefix, logLevel: 'off', ...options }),
  );
}

describeWithRedis('RedisTokenStore', () => {
  test('a token set by one process is read by another, and expires from Redis when it is due', async () => {
    const keyPrefix = uniquePrefix();
    const [a, b] = stores(2, { keyPrefix });
    await a!.set(KEY, { value: 'shared-token', expiresAt: Date.now() + 5_000 });
    expect(await b!.get(KEY)).toEqual({ value: 'shared-token', expiresAt: expect.any(Number) });
    const ttl = await newClient().pttl(`${keyPrefix}${KEY}`);
    expect(ttl).toBeGreaterThan(4_000);
    expect(ttl).toBeLessThanOrEqual(5_000);
  });

  test('concurrent refreshes in four processes fetch exactly once and all get that token', async () => {
    const source = tokenSource({ delayMs: 100 });
    const results = await Promise.all(stores(4).map((store) => store.refresh(KEY, source.fetch, usable)));
    expect(source.calls()).toBe(1);
    expect(new Set(results.map((token) => token.value))).toEqual(new Set(['t-1-secret']));
  });

  test('a refresh reuses a usable token another process stored meanwhile', async () => {
    const [a, b] = stores(2);
    await a!.set(KEY, { value: 'fresh', expiresAt: Date.now() + 60_000 });
    const source = tokenSource();
    expect((await b!.refresh(KEY, source.fetch, usable)).value).toBe('fresh');
    expect(source.calls()).toBe(0);
  });

  test('a failed fetch releases the lock at once: the next process fetches without waiting for its expiry', async () => {
    const [a, b] = stores(2, { lockTtlMs: 30_000 });
    await expect(a!.refresh(KEY, tokenSource({ fail: true }).fetch, usable)).rejects.toThrow(
      'token endpoint answered 500',
    );
    const started = Date.now();
    const source = tokenSource();
    expect((await b!.refresh(KEY, source.fetch, usable)).value).toBe('t-1-secret');
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  test('when the lock holder dies, a waiter takes the expired lock and fetches once', async () => {
    const keyPrefix = uniquePrefix();
    const [store] = stores(1, { keyPrefix });
    // A process took the lock and vanished: its lock lapses after 300 ms.
    await newClient().set(`${keyPrefix}${KEY}:lock`, 'dead-owner', 'PX', 300);
    const source = tokenSource();
    const started = Date.now();
    expect((await store!.refresh(KEY, source.fetch, usable)).value).toBe('t-1-secret');
    expect(source.calls()).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  test('a waiter that times out fetches by itself, with a warning', async () => {
    const keyPrefix = uniquePrefix();
    const capture = captureLogger();
    const [store] = stores(1, { keyPrefix, waitTimeoutMs: 200, logger: capture.logger, logLevel: 'warn' });
    await newClient().set(`${keyPrefix}${KEY}:lock`, 'slow-owner', 'PX', 10_000);
    const source = tokenSource();
    expect((await store!.refresh(KEY, source.fetch, usable)).value).toBe('t-1-secret');
    expect(capture.warnings()).toEqual([
      expect.stringContaining('Waited 200 ms for another process to refresh the token'),
    ]);
    expect(capture.lines.map((line) => line.text).join('\n')).not.toContain('secret');
  });

  test('the lock is released only by its owner: an expired lock taken over by another process survives', async () => {
    const keyPrefix = uniquePrefix();
    const lockKey = `${keyPrefix}${KEY}:lock`;
    const redis = newClient();
    const [store] = stores(1, { keyPrefix, lockTtlMs: 50 });
    const fetch = async (): Promise<StoredToken> => {
      await delay(150); // outlives our 50 ms lock...
      await redis.set(lockKey, 'next-owner', 'PX', 10_000); // ...which another process then takes
      return { value: 'slow-token', expiresAt: Date.now() + 60_000 };
    };
    await store!.refresh(KEY, fetch, usable);
    await delay(50); // the release is sent without waiting
    expect(await redis.get(lockKey)).toBe('next-owner');
  });

  test('our own lock is gone once the refresh is over', async () => {
    const keyPrefix = uniquePrefix();
    const [store] = stores(1, { keyPrefix });
    await store!.refresh(KEY, tokenSource().fetch, usable);
    await delay(50);
    expect(await newClient().exists(`${keyPrefix}${KEY}:lock`)).toBe(0);
  });

  test('delete with the rejected value drops it for every process, but never a newer token', async () => {
    const [a, b] = stores(2);
    await a!.set(KEY, { value: 'old', expiresAt: Date.now() + 60_000 });
    await b!.set(KEY, { value: 'new', expiresAt: Date.now() + 60_000 });
    await a!.delete(KEY, 'old'); // a stale "invalid token" report
    expect((await b!.get(KEY))?.value).toBe('new');
    expect((await a!.get(KEY))?.value).toBe('new');
    await a!.delete(KEY, 'new');
    expect(await b!.get(KEY)).toBeUndefined();
    await a!.set(KEY, { value: 'any', expiresAt: Date.now() + 60_000 });
    await b!.delete(KEY);
    expect(await a!.get(KEY)).toBeUndefined();
  });

  test('with TokenProviderAuth: an invalid-token answer in one process makes every process use one new token', async () => {
    const keyPrefix = uniquePrefix();
    let fetches = 0;
    const fetchToken = async () => ({ token: `tenant-token-${++fetches}`, expiresIn: 7200 });
    const [storeA, storeB] = stores(2, { keyPrefix });
    const a = new TokenProviderAuth({ key: KEY, fetchToken, store: storeA });
    const b = new TokenProviderAuth({ key: KEY, fetchToken, store: storeB });
    expect(await a.getToken()).toBe('tenant-token-1');
    expect(await b.getToken()).toBe('tenant-token-1');
    await b.invalidate('tenant-token-1');
    expect(await a.getToken()).toBe('tenant-token-2');
    // A late report about token 1 from process B must not drop token 2.
    await b.invalidate('tenant-token-1');
    expect(await b.getToken()).toBe('tenant-token-2');
    expect(fetches).toBe(2);
  });

  test('keys hold the given key under the prefix, never the token', async () => {
    const keyPrefix = uniquePrefix();
    const [store] = stores(1, { keyPrefix });
    await store!.refresh(KEY, tokenSource().fetch, usable);
    const keys = await newClient().keys(`${keyPrefix}*`);
    expect(keys).toEqual([`${keyPrefix}${KEY}`]);
    expect(keys.join()).not.toContain('secret');
  });

  test('a value in Redis that is not a token counts as missing', async () => {
    const keyPrefix = uniquePrefix();
    const [store] = stores(1, { keyPrefix });
    await newClient().set(`${keyPrefix}${KEY}`, 'not json');
    expect(await store!.get(KEY)).toBeUndefined();
  });

  test('rejects options that cannot work, naming the option', () => {
    expect(() => new RedisTokenStore({ redis: {} as never })).toThrow('"redis" must be an ioredis client');
    expect(() => new RedisTokenStore({ redis: newClient(), lockTtlMs: 0 })).toThrow(
      '"lockTtlMs" must be a positive number',
    );
    expect(() => new RedisTokenStore({ redis: newClient(), commandTimeoutMs: Number.NaN })).toThrow(
      '"commandTimeoutMs" must be a positive number',
    );
  });
});
