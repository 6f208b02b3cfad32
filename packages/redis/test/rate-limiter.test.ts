import { setTimeout as delay } from 'node:timers/promises';
import type { ReleaseSlot } from '@hr/core';
import { parseRateLimit } from '@hr/core/internal';
import { expect, test } from 'vitest';
import { RedisRateLimiter } from '../src/index.js';
import { describeWithRedis, redisClients, uniquePrefix } from './support/redis.js';
import { peakInWindow } from '../src/testing.js';

const newClient = redisClients();
const KEY = 'feishu:preHires.list';

/** One limiter per simulated process, each with its own connection, sharing one key prefix. */
function limiters(count: number, options: Partial<ConstructorParameters<typeof RedisRateLimiter>[0]> = {}) {
  const keyPrefix = options.keyPrefix ?? uniquePrefix();
  return Array.from(
    { length: count },
    () => new RedisRateLimiter({ redis: newClient(), keyPrefix, logLevel: 'off', ...options }),
  );
}

const rules = (...texts: string[]) => texts.map(parseRateLimit);

describeWithRedis('RedisRateLimiter', () => {
  test('three processes sharing 5 per 200 ms never let more than 5 requests into any 200 ms', async () => {
    const granted: number[] = [];
    const answered: number[] = [];
    const started = Date.now();
    await Promise.all(
      limiters(3).flatMap((limiter) =>
        Array.from({ length: 10 }, async () => {
          const release = await limiter.acquire(KEY, rules('5/200ms'));
          granted.push(Date.now());
          await delay(Math.random() * 20); // the request travels and is answered
          answered.push(Date.now());
          release?.();
        }),
      ),
    );
    // The vendor saw each request somewhere between its grant and its answer.
    expect(peakInWindow(granted, 200)).toBeLessThanOrEqual(5);
    expect(peakInWindow(answered, 200)).toBeLessThanOrEqual(5);
    // 30 requests at 5 per window need at least 5 more windows after the first.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  test('a slot counts from when the answer arrived, not from when the request left', async () => {
    const [a, b] = limiters(2);
    const started = Date.now();
    const held = [await a!.acquire(KEY, rules('2/300ms')), await a!.acquire(KEY, rules('2/300ms'))];
    setTimeout(() => held.forEach((release) => release?.()), 400); // two slow requests, answered at ~400 ms
    await b!.acquire(KEY, rules('2/300ms'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(680); // 400 ms in flight + a 300 ms window
    expect(Date.now() - started).toBeLessThan(1_200);
  });

  test('a process that dies mid-request holds its slot for its lease plus one window, then it lapses', async () => {
    const [dead, alive] = limiters(2, { inFlightLeaseMs: 200 });
    await dead!.acquire(KEY, rules('1/100ms')); // never released
    const started = Date.now();
    await alive!.acquire(KEY, rules('1/100ms'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  test('every declared rule holds at once', async () => {
    const [limiter] = limiters(1);
    const started = Date.now();
    const offsets: number[] = [];
    for (let i = 0; i < 4; i++) {
      const release = await limiter!.acquire(KEY, rules('2/100ms', '3/1s'));
      offsets.push(Date.now() - started);
      release?.();
    }
    expect(offsets[1]).toBeLessThan(100);
    expect(offsets[2]).toBeGreaterThanOrEqual(95);
    expect(offsets[3]).toBeGreaterThanOrEqual(990);
  });

  test('an abort while waiting rejects at once and takes no slot', async () => {
    const [limiter] = limiters(1);
    const held = await limiter!.acquire(KEY, rules('1/10s'));
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('caller gave up')), 50);
    const started = Date.now();
    await expect(limiter!.acquire(KEY, rules('1/10s'), controller.signal)).rejects.toThrow('caller gave up');
    expect(Date.now() - started).toBeLessThan(500);
    held?.();
  });

  test('limiters with different key prefixes (different apps) do not share a budget', async () => {
    const [appA] = limiters(1);
    const [appB] = limiters(1);
    const started = Date.now();
    await appA!.acquire(KEY, rules('1/10s'));
    await appB!.acquire(KEY, rules('1/10s'));
    expect(Date.now() - started).toBeLessThan(500);
  });

  test('window keys expire: nothing is left in Redis for good', async () => {
    const keyPrefix = uniquePrefix();
    const [limiter] = limiters(1, { keyPrefix, inFlightLeaseMs: 1_000 });
    const release: ReleaseSlot | void = await limiter!.acquire(KEY, rules('5/1s'));
    release?.();
    await delay(20);
    const redis = newClient();
    const keys = await redis.keys(`${keyPrefix}*`);
    expect(keys).toEqual([`${keyPrefix}{${KEY}}:5/1000ms`]);
    expect(await redis.pttl(keys[0]!)).toBeGreaterThan(0);
    expect(await redis.pttl(keys[0]!)).toBeLessThanOrEqual(2_000);
  });

  test('an operation without limits passes at once, without a release callback', async () => {
    const [limiter] = limiters(1);
    expect(await limiter!.acquire(KEY, [])).toBeUndefined();
  });

  test('rejects options that cannot work, naming the option', () => {
    expect(() => new RedisRateLimiter({ redis: newClient(), fallbackShare: 0 })).toThrow(
      '"fallbackShare" must be a number in (0, 1]',
    );
    expect(() => new RedisRateLimiter({ redis: newClient(), inFlightLeaseMs: -1 })).toThrow(
      '"inFlightLeaseMs" must be a positive number',
    );
  });
});
