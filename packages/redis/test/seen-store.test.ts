import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { RedisSeenStore } from '../src/index.js';
import { type RedisServer, startRedisServer } from '../src/testing.js';
import { captureLogger } from './support/logger.js';
import { describeWithRedis, redisClients, uniquePrefix } from './support/redis.js';

const newClient = redisClients();

/** One store per simulated process, each with its own connection, sharing `keyPrefix`. */
function stores(count: number, keyPrefix = uniquePrefix()) {
  return Array.from({ length: count }, () => new RedisSeenStore({ redis: newClient(), keyPrefix, logLevel: 'off' }));
}

describeWithRedis('RedisSeenStore', () => {
  test('a push claimed by one process is a replay for every other, and the key expires with its TTL', async () => {
    const keyPrefix = uniquePrefix();
    const [a, b] = stores(2, keyPrefix);
    expect(await a!.claim('feishu:e1', 1_000)).toBe(true);
    expect(await b!.claim('feishu:e1', 1_000)).toBe(false);
    expect(await a!.claim('feishu:e1', 1_000)).toBe(false);
    const ttl = await newClient().pttl(`${keyPrefix}feishu:e1`);
    expect(ttl).toBeGreaterThan(500);
    expect(ttl).toBeLessThanOrEqual(1_000);
  });

  test('of concurrent claims of one push in four processes, exactly one wins', async () => {
    const results = await Promise.all(
      stores(4).flatMap((store) => [store.claim('moka:7', 5_000), store.claim('moka:7', 5_000)]),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  test('a released push is accepted again by any process', async () => {
    const [a, b] = stores(2);
    expect(await a!.claim('comeet:sha256:ab', 5_000)).toBe(true);
    await a!.release('comeet:sha256:ab');
    expect(await b!.claim('comeet:sha256:ab', 5_000)).toBe(true);
  });

  test('refuses a TTL that is not a positive number', async () => {
    const [a] = stores(1);
    await expect(a!.claim('k', 0)).rejects.toThrow(/ttlMs/);
  });
});

describeWithRedis('RedisSeenStore during an outage', () => {
  let server: RedisServer;
  beforeAll(async () => {
    const started = await startRedisServer();
    if ('error' in started) throw new Error(started.error);
    server = started;
  });
  afterAll(() => server?.stop());

  test('falls back to memory with one warning, and still refuses the replays this process saw', async () => {
    const capture = captureLogger();
    const store = new RedisSeenStore({
      redis: newClient(server.url),
      keyPrefix: uniquePrefix(),
      commandTimeoutMs: 200,
      probeIntervalMs: 300,
      logger: capture.logger,
    });
    expect(await store.claim('feishu:before', 60_000)).toBe(true);
    server.pause();
    try {
      expect(await store.claim('feishu:before', 60_000)).toBe(false);
      expect(await store.claim('feishu:during', 60_000)).toBe(true);
      expect(await store.claim('feishu:during', 60_000)).toBe(false);
    } finally {
      server.resume();
    }
    await delay(350);
    expect(await store.claim('feishu:after', 60_000)).toBe(true);
    expect(capture.warnings()).toEqual([
      expect.stringContaining(
        'Redis is unavailable for the seen-store (no answer within 200 ms); each process refuses only the replays it saw itself',
      ),
    ]);
  });
});
