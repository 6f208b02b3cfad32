import { ComeetClient } from '@hr/comeet';
import { startComeetSandbox, type RunningComeetSandbox } from '@hr/comeet/testing';
import { AbortError } from '@hr/core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { RedisRateLimiter } from '../src/index.js';
import { describeWithRedis, redisClients, uniquePrefix } from './support/redis.js';

const newClient = redisClients();

describeWithRedis("Comeet's documented limit (100 requests per 60 s per account) shared through Redis", () => {
  let sandbox: RunningComeetSandbox;
  beforeAll(async () => {
    sandbox = await startComeetSandbox({ rateLimit: { limit: 100, windowMs: 60_000 } });
  });
  afterAll(() => sandbox?.close());

  test('two processes of one account (each its own Redis connection and limiter) send 100 calls between them; the 101st waits', async () => {
    const keyPrefix = uniquePrefix();
    const redis = newClient();
    const process = () =>
      new ComeetClient({
        apiKey: sandbox.apiKey,
        secret: sandbox.secret,
        baseUrl: sandbox.baseUrl,
        maxRetries: 0,
        rateLimit: { limiter: new RedisRateLimiter({ redis: newClient(), keyPrefix, logLevel: 'off' }) },
      });
    const clients = [process(), process()];
    const controller = new AbortController();
    const outcomes = Array.from({ length: 101 }, (_, i) =>
      clients[i % 2]!.positions.retrieve('11.11', { signal: controller.signal }).then(
        () => 'read',
        (error: unknown) => (AbortError.isInstance(error) ? 'aborted' : error),
      ),
    );
    const reads = () => sandbox.server.requests.filter((r) => r.path === '/positions/11.11').length;
    while (reads() < 100) await new Promise((resolve) => setTimeout(resolve, 10));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(reads()).toBe(100);
    controller.abort();
    const settled = await Promise.all(outcomes);
    expect(settled.filter((o) => o === 'read')).toHaveLength(100);
    expect(settled.filter((o) => o === 'aborted')).toHaveLength(1);
    // One budget for the account, keyed by a hash of its api-key, never the key itself.
    const keys = await redis.keys(`${keyPrefix}*`);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((key) => /comeet:\*:credential:[0-9a-f]{16}/.test(key))).toBe(true);
    expect(keys.join(' ')).not.toContain(sandbox.apiKey);
  });
});
