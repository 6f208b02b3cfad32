import { afterEach, describe, expect, test } from 'vitest';
import { AbortError, AuthenticationError, RateLimitError, SlidingWindowRateLimiter, type RateLimiter } from '@hr/core';
import { COMEET_RATE_LIMIT, ComeetClient } from '../src/index.js';
import { API_KEY, type Harness, SECRET, startHarness } from './setup.js';

let h: Harness | undefined;
afterEach(() => h?.close());

const positionReads = (harness: Harness) => harness.server.requests.filter((r) => r.path === '/positions/11.11').length;

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** A limiter that records the keys it is asked for and counts through a real sliding window. */
function recordingLimiter(): RateLimiter & { keys: string[] } {
  const inner = new SlidingWindowRateLimiter();
  const keys: string[] = [];
  return {
    keys,
    acquire(key, rules, signal) {
      keys.push(key);
      return inner.acquire(key, rules, signal);
    },
  };
}

describe("Comeet's documented limit: 100 requests per 60 seconds", () => {
  test('the sandbox answers the 101st call in 60 s with 429 too_many_requests and the documented body', async () => {
    let clock = 1_000_000;
    h = await startHarness({ rateLimit: false }, { now: () => clock });
    const harness = h;
    const reads = await Promise.all(Array.from({ length: 100 }, () => harness.client.positions.retrieve('11.11')));
    expect(reads).toHaveLength(100);
    const error = await harness.client.positions.retrieve('11.11').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).status).toBe(429);
    expect((error as RateLimitError).code).toBe('too_many_requests');
    expect((error as RateLimitError).rawBody).toBe(
      JSON.stringify({
        status: 429,
        error: 'too_many_requests',
        message: 'You have reached your allowed limit of 100 requests per 60 seconds',
      }),
    );
    clock += 60_000;
    await expect(harness.client.positions.retrieve('11.11')).resolves.toMatchObject({ uid: '11.11' });
  });

  test('by default the client sends 100 calls and holds the 101st for the window: Comeet never answers 429', async () => {
    h = await startHarness();
    const harness = h;
    const controller = new AbortController();
    const calls = Array.from({ length: 101 }, () =>
      harness.client.positions.retrieve('11.11', { signal: controller.signal }).then(
        () => 'read',
        (error: unknown) => (AbortError.isInstance(error) ? 'aborted' : error),
      ),
    );
    await until(() => positionReads(harness) === 100);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(positionReads(harness)).toBe(100);
    controller.abort();
    const outcomes = await Promise.all(calls);
    expect(outcomes.filter((o) => o === 'read')).toHaveLength(100);
    expect(outcomes.filter((o) => o === 'aborted')).toHaveLength(1);
    expect(COMEET_RATE_LIMIT).toBe('100/60s');
  });

  test('the limit goes through rateLimit.limiter, counted per credential: one key per api-key, never the key itself', async () => {
    h = await startHarness({}, { rateLimit: false });
    const limiter = recordingLimiter();
    const options = { secret: SECRET, baseUrl: h.server.url, maxRetries: 0, rateLimit: { limiter } };
    const first = new ComeetClient({ apiKey: API_KEY, ...options });
    const second = new ComeetClient({ apiKey: API_KEY, ...options });
    const other = new ComeetClient({ apiKey: 'another-account-key-93', ...options });
    await first.positions.retrieve('11.11');
    await second.positions.retrieve('11.11');
    await other.positions.retrieve('11.11').catch(() => undefined); // the sandbox knows one account only
    const [a, b, c] = limiter.keys;
    expect(a).toMatch(/^comeet:\*:credential:[0-9a-f]{16}$/);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(limiter.keys.join(' ')).not.toContain(API_KEY);
    expect(limiter.keys.join(' ')).not.toContain('another-account-key-93');
  });

  test('clients sharing a limiter share the budget of their account; limits["*"] overrides the default', async () => {
    h = await startHarness({}, { rateLimit: false });
    const harness = h;
    const shared = new SlidingWindowRateLimiter();
    const options = {
      apiKey: API_KEY,
      secret: SECRET,
      baseUrl: harness.server.url,
      maxRetries: 0,
      rateLimit: { limiter: shared, limits: { '*': ['3/60s'] } },
    };
    const first = new ComeetClient(options);
    const second = new ComeetClient(options);
    await Promise.all([1, 2, 3].map(() => first.positions.retrieve('11.11')));
    const controller = new AbortController();
    const held = second.positions.retrieve('11.11', { signal: controller.signal }).catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(positionReads(harness)).toBe(3);
    controller.abort();
    expect(await held).toBeInstanceOf(AbortError);
    // Another account is not held by this one's budget: its call is sent (the sandbox knows one account only).
    const otherAccount = new ComeetClient({ ...options, apiKey: 'another-account-key-93' });
    await expect(otherAccount.positions.retrieve('11.11')).rejects.toBeInstanceOf(AuthenticationError);
    expect(positionReads(harness)).toBeGreaterThan(3);
  });

  test('rateLimit: false sends everything at once', async () => {
    h = await startHarness({ rateLimit: false }, { rateLimit: false });
    const harness = h;
    await Promise.all(Array.from({ length: 150 }, () => harness.client.positions.retrieve('11.11')));
    expect(positionReads(harness)).toBe(150);
  });
});
