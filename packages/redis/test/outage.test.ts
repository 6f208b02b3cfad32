import { setTimeout as delay } from 'node:timers/promises';
import type { StoredToken } from '@hr/core';
import { parseRateLimit } from '@hr/core/internal';
import { FeishuCoreHRClient } from '@hr/feishu-corehr';
import { startFeishuSandbox } from '@hr/feishu-corehr/testing';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { RedisRateLimiter, RedisTokenStore } from '../src/index.js';
import { captureLogger } from './support/logger.js';
import { describeWithRedis, redisClients, uniquePrefix } from './support/redis.js';
import { freePort, peakInWindow, startRedisServer, type RedisServer } from '../src/testing.js';

const newClient = redisClients();
const KEY = 'feishu:preHires.list';
const TOKEN_KEY = 'feishu:https://open.feishu.cn/open-apis:cli_test';
const usable = (token: StoredToken) => Date.now() < token.expiresAt;

/** Runs `step` until it returns true or `ms` pass. */
async function eventually(step: () => Promise<boolean>, ms: number): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < ms; await delay(50)) if (await step()) return true;
  return false;
}

/** A redis-server of this file's own: these tests freeze and stop it. */
async function ownServer(): Promise<RedisServer> {
  const server = await startRedisServer();
  if ('error' in server) throw new Error(server.error);
  return server;
}

describeWithRedis('Redis outage', () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await ownServer();
  });
  afterAll(() => server?.stop());

  test('a frozen Redis: calls go on per process within the command timeout, one warning, back to Redis once it answers', async () => {
    const capture = captureLogger();
    const keyPrefix = uniquePrefix();
    const redis = newClient(server.url);
    const options = {
      redis,
      commandTimeoutMs: 200,
      probeIntervalMs: 300,
      logger: capture.logger,
      logLevel: 'info' as const,
    };
    const limiter = new RedisRateLimiter({ ...options, keyPrefix });
    const store = new RedisTokenStore({ ...options, keyPrefix });
    const windowKey = `${keyPrefix}{${KEY}}:100/1000ms`;
    const rules = [parseRateLimit('100/s')];

    (await limiter.acquire(KEY, rules))?.();
    await store.set(TOKEN_KEY, { value: 'shared-token', expiresAt: Date.now() + 60_000 });
    expect(await redis.zcard(windowKey)).toBe(1);

    server.pause();
    try {
      const started = Date.now();
      for (let i = 0; i < 20; i++) (await limiter.acquire(KEY, rules))?.();
      // The token cached before the outage is still served (no fetch), and a refresh works locally.
      expect((await store.get(TOKEN_KEY))?.value).toBe('shared-token');
      let fetches = 0;
      const fetch = async () => ({ value: `local-${++fetches}`, expiresAt: Date.now() + 60_000 });
      await store.delete(TOKEN_KEY, 'shared-token');
      expect((await store.refresh(TOKEN_KEY, fetch, usable)).value).toBe('local-1');
      expect((await store.refresh(TOKEN_KEY, fetch, usable)).value).toBe('local-1');
      expect(fetches).toBe(1);
      // One timeout to notice, then a probe (one more timeout at most) every 300 ms: never a hang.
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(capture.warnings()).toEqual([
        expect.stringContaining(
          'Redis is unavailable for the rate limiter (no answer within 200 ms); each process enforces the limits on its own',
        ),
        expect.stringContaining(
          'Redis is unavailable for the token store (no answer within 200 ms); each process fetches and caches its own token',
        ),
      ]);
    } finally {
      server.resume();
    }

    // Back: the limiter's next probe finds Redis and slots are counted there again.
    const back = await eventually(async () => {
      (await limiter.acquire(KEY, rules))?.();
      return capture.lines.some(
        (line) => line.level === 'info' && line.text.includes('the rate limiter is shared across processes again'),
      );
    }, 3_000);
    expect(back).toBe(true);
    const before = await redis.zcard(windowKey);
    (await limiter.acquire(KEY, rules))?.();
    expect(await redis.zcard(windowKey)).toBe(before + 1);
    expect(capture.warnings()).toHaveLength(2);
    expect(capture.lines.map((line) => line.text).join('\n')).not.toMatch(/shared-token|local-1/);
  });

  test('Redis stopped mid-run: no call fails, each process keeps enforcing the limit itself, one warning', async () => {
    const doomed = await ownServer();
    const capture = captureLogger();
    const limiter = new RedisRateLimiter({
      redis: newClient(doomed.url),
      keyPrefix: uniquePrefix(),
      commandTimeoutMs: 200,
      logger: capture.logger,
    });
    const rules = [parseRateLimit('10/200ms')];
    const granted: number[] = [];
    const stopping = delay(150).then(() => doomed.stop());
    await Promise.all(
      Array.from({ length: 40 }, async () => {
        const release = await limiter.acquire(KEY, rules);
        granted.push(Date.now());
        await delay(5);
        release?.();
      }),
    );
    await stopping;
    expect(granted).toHaveLength(40);
    expect(capture.warnings()).toEqual([expect.stringContaining('Redis is unavailable for the rate limiter')]);
    // Slots taken in Redis before the switch are unknown to the local window (see docs/scale-out.md);
    // from the switch on, the local window keeps the limit.
    const switchedAt = capture.lines.find((line) => line.level === 'warn')!.at;
    expect(granted.some((time) => time < switchedAt)).toBe(true);
    expect(
      peakInWindow(
        granted.filter((time) => time >= switchedAt),
        200,
      ),
    ).toBeLessThanOrEqual(10);
  });

  test('Redis never reachable (dead port): each process fetches its own token once and warns once', async () => {
    const deadUrl = `redis://127.0.0.1:${await freePort()}`;
    const capture = captureLogger();
    let fetches = 0;
    const fetch = async () => ({ value: `token-${++fetches}`, expiresAt: Date.now() + 60_000 });
    const processes = [0, 1].map(
      () => new RedisTokenStore({ redis: newClient(deadUrl), commandTimeoutMs: 200, logger: capture.logger }),
    );
    const started = Date.now();
    for (const store of processes) {
      for (let i = 0; i < 5; i++) {
        const token = (await store.get(TOKEN_KEY)) ?? (await store.refresh(TOKEN_KEY, fetch, usable));
        expect(usable(token)).toBe(true);
      }
    }
    expect(fetches).toBe(2);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(capture.warnings()).toHaveLength(2);
    expect(capture.warnings()[0]).toContain('Redis is unavailable for the token store');
  });

  test('with fallbackShare, each process keeps to its share of the limit while Redis is down', async () => {
    const limiter = new RedisRateLimiter({
      redis: newClient(`redis://127.0.0.1:${await freePort()}`),
      commandTimeoutMs: 200,
      fallbackShare: 0.5,
      logLevel: 'off',
    });
    const rules = [parseRateLimit('4/300ms')];
    const started = Date.now();
    const offsets: number[] = [];
    for (let i = 0; i < 3; i++) {
      (await limiter.acquire(KEY, rules))?.();
      offsets.push(Date.now() - started);
    }
    expect(offsets[2]! - offsets[1]!).toBeGreaterThanOrEqual(290); // 2 of 4 per window for this process
  });

  test('two Feishu clients sharing Redis: Redis stops mid-run, every call still succeeds, no second token fetch, one warning per component', async () => {
    const doomed = await ownServer();
    const sandbox = await startFeishuSandbox();
    try {
      const keyPrefix = uniquePrefix();
      const processes = [0, 1].map(() => {
        const capture = captureLogger();
        const redis = newClient(doomed.url);
        const shared = { redis, keyPrefix, commandTimeoutMs: 200, logger: capture.logger };
        const client = new FeishuCoreHRClient({
          appId: sandbox.appId,
          appSecret: sandbox.appSecret,
          baseUrl: sandbox.baseUrl,
          tokenStore: new RedisTokenStore(shared),
          rateLimit: {
            limiter: new RedisRateLimiter({ ...shared, fallbackShare: 0.5 }),
            limits: { 'preHires.list': ['20/s'] },
          },
          maxRetries: 0,
          logger: capture.logger,
        });
        return { client, capture };
      });
      let completed = 0;
      const stopped = (async () => {
        while (completed < 20) await delay(10);
        await doomed.stop();
      })();
      await Promise.all(
        processes.flatMap(({ client }) =>
          Array.from({ length: 4 }, async () => {
            for (let i = 0; i < 8; i++) {
              const page = await client.preHires.list({ page_size: 5 });
              expect(page.items?.length).toBe(5);
              completed++;
            }
          }),
        ),
      );
      await stopped;
      expect(completed).toBe(64);
      expect(sandbox.state.tokenFetches).toBe(1);
      for (const { capture } of processes) {
        expect(capture.warnings().sort()).toEqual([
          expect.stringContaining('Redis is unavailable for the rate limiter'),
          expect.stringContaining('Redis is unavailable for the token store'),
        ]);
        expect(capture.lines.map((line) => line.text).join('\n')).not.toContain(sandbox.appSecret);
      }
    } finally {
      await sandbox.close();
      await doomed.stop();
    }
  });
});
