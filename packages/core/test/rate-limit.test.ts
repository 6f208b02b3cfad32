import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AbortError, SlidingWindowRateLimiter } from '../src/index.js';
import { defineOperation } from '../src/internal.js';
import { parseRateLimit } from '../src/internal.js';
import { serveHandlers, type SandboxServer } from '../src/testing.js';
import { TestClient } from './helpers.js';

let server: SandboxServer;
beforeAll(async () => {
  server = await serveHandlers([http.get('*/limited', () => HttpResponse.json({ ok: true, data: {} }))]);
});
afterAll(() => server.close());

const limited = defineOperation({
  id: 'x.limited',
  method: 'GET',
  path: '/limited',
  query: z.object({ i: z.number() }),
  rateLimit: ['5/200ms'],
});

/** The most requests the server saw within any window of `windowMs`. */
function peakInWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let peak = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= windowMs) j++;
    peak = Math.max(peak, i - j + 1);
  }
  return peak;
}

describe('client-side rate limiting', () => {
  it('parses documented limits', () => {
    expect(parseRateLimit('50/s')).toEqual({ limit: 50, windowMs: 1000 });
    expect(parseRateLimit('1000/min')).toEqual({ limit: 1000, windowMs: 60_000 });
    expect(parseRateLimit('5/200ms')).toEqual({ limit: 5, windowMs: 200 });
    expect(() => parseRateLimit('fast')).toThrow(/Invalid rate limit "fast"/);
  });

  it('keeps an operation within its declared limit in every window, measured at the server', async () => {
    server.requests.length = 0;
    const client = new TestClient({ baseUrl: server.url });
    await Promise.all(Array.from({ length: 20 }, (_, i) => client.request(limited, { query: { i } })));
    const times = server.requests.map((r) => r.receivedAt);
    expect(times).toHaveLength(20);
    expect(peakInWindow(times, 200)).toBeLessThanOrEqual(5);
    // 20 requests at 5 per 200 ms need at least three full windows.
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThanOrEqual(600);
  });

  it('can be overridden per operation and turned off', async () => {
    server.requests.length = 0;
    const tighter = new TestClient({ baseUrl: server.url, rateLimit: { limits: { 'x.limited': ['2/200ms'] } } });
    await Promise.all(Array.from({ length: 6 }, (_, i) => tighter.request(limited, { query: { i } })));
    expect(
      peakInWindow(
        server.requests.map((r) => r.receivedAt),
        200,
      ),
    ).toBeLessThanOrEqual(2);
    server.requests.length = 0;
    const started = Date.now();
    const off = new TestClient({ baseUrl: server.url, rateLimit: false });
    await Promise.all(Array.from({ length: 20 }, (_, i) => off.request(limited, { query: { i } })));
    expect(Date.now() - started).toBeLessThan(400);
  });

  it('never admits more than the limit in a window, counting from when each answer arrived', async () => {
    let now = 0;
    const limiter = new SlidingWindowRateLimiter({ now: () => now });
    const rules = [{ limit: 3, windowMs: 1000 }];
    const releases = [];
    for (let i = 0; i < 3; i++) releases.push(await limiter.acquire('k', rules));
    now = 2000; // long after: but all three are still in flight, so no slot is free
    const stillWaiting = limiter.acquire('k', rules, AbortSignal.timeout(30));
    await expect(stillWaiting).rejects.toThrow();
    for (const release of releases) release?.();
    now = 2999;
    const controller = new AbortController();
    const waiting = limiter.acquire('k', rules, controller.signal);
    controller.abort(new AbortError('stop'));
    await expect(waiting).rejects.toBeInstanceOf(AbortError);
    now = 3000;
    await expect(limiter.acquire('k', rules)).resolves.toBeTypeOf('function');
  });
});
