import { http } from 'msw';
import { afterEach, describe, expect, test } from 'vitest';
import type { RateLimitRule } from '@hr/core';
import { APIError, InvalidRequestError, PermissionDeniedError, RateLimitError } from '../src/index.js';
import { FEISHU_ERROR_CODES, describeFeishuCode } from '../src/internal.js';
import { feishuError, feishuRateLimited } from '../src/testing.js';
import { type Harness, LIST_PATH, rejectionOf, requestsTo, startHarness } from './setup.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('error envelope', () => {
  test('code != 0 is a typed error with code, msg, HTTP status, x-tt-logid and the documented explanation', async () => {
    harness = await startHarness();
    harness.server.use(http.get(`*${LIST_PATH}`, () => feishuError(1164412)));
    const error = (await rejectionOf(harness.client.preHires.list())) as InvalidRequestError;
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.code).toBe(1164412);
    expect(error.status).toBe(400);
    expect(error.vendorMessage).toBe('Enum fields type errors');
    expect(error.requestId).toMatch(/^\d{14}/);
    expect(error.requestId).toBe(error.headers['x-tt-logid']);
    expect(error.details).toMatchObject({
      msg: 'Enum fields type errors',
      explanation: 'An enum value has the wrong type.',
      suggestion: 'Check the request parameters.',
      logId: error.requestId,
    });
    expect(error.message).toContain('code 1164412');
    expect(error.message).toContain(error.requestId);
  });

  test('a non-zero code inside an HTTP 200 is still an error', async () => {
    harness = await startHarness();
    harness.server.use(
      http.get(`*${LIST_PATH}`, () => Response.json({ code: 1164301, msg: 'Request param is invalid, pls check' })),
    );
    const error = await rejectionOf(harness.client.preHires.list());
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error).toMatchObject({ code: 1164301, status: 200 });
  });

  test('a missing permission is a PermissionDeniedError', async () => {
    harness = await startHarness();
    harness.server.use(
      http.get(`*${LIST_PATH}`, () =>
        feishuError(99991672, {
          msg: 'Access denied. One of the following scopes is required: [corehr:pre_hire:read]',
        }),
      ),
    );
    expect(await rejectionOf(harness.client.preHires.list())).toBeInstanceOf(PermissionDeniedError);
  });

  test("an undocumented code keeps Feishu's code and msg", async () => {
    harness = await startHarness();
    harness.server.use(http.get(`*${LIST_PATH}`, () => feishuError(1234567, { status: 400, msg: 'something new' })));
    const error = (await rejectionOf(harness.client.preHires.list())) as APIError;
    expect(error).toMatchObject({ code: 1234567, vendorMessage: 'something new', details: { msg: 'something new' } });
    expect(error.details.explanation).toBeUndefined();
  });

  test('the code table covers both documents and describeFeishuCode reads it', () => {
    const codes = Object.keys(FEISHU_ERROR_CODES).map(Number);
    for (let code = 1164401; code <= 1164420; code++) expect(codes).toContain(code);
    for (let code = 1161019; code <= 1161025; code++) expect(codes).toContain(code);
    expect(codes).toEqual(expect.arrayContaining([1164005, 1164301, 1160025]));
    expect(describeFeishuCode(1161023)).toMatchObject({
      status: 400,
      suggestion: 'Check the sum of rate in cost_center_rate.',
      operations: ['preHires.patch'],
    });
    expect(describeFeishuCode('1164005')?.description).toBe('Tenant or operator not found');
    expect(describeFeishuCode(42)).toBeUndefined();
  });
});

describe('rate limits', () => {
  test('HTTP 429 / 99991400 waits x-ogw-ratelimit-reset seconds, then retries', async () => {
    harness = await startHarness({ maxRetries: 2 });
    harness.server.use(http.get(`*${LIST_PATH}`, () => feishuRateLimited(50, 1), { once: true }));
    const started = Date.now();
    const page = await harness.client.preHires.list({ page_size: 2 });
    const calls = requestsTo(harness.server, LIST_PATH);
    expect(page.items).toHaveLength(2);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.receivedAt - calls[0]!.receivedAt).toBeGreaterThanOrEqual(950);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('99991400 on HTTP 400 (older APIs) is a rate limit too; a PATCH is retried with the same client_token', async () => {
    harness = await startHarness({ maxRetries: 2 });
    const path = `${LIST_PATH}/7140964208476371`;
    harness.server.use(
      http.patch(
        `*${path}`,
        () =>
          feishuError(99991400, {
            status: 400,
            headers: { 'x-ogw-ratelimit-limit': '100', 'x-ogw-ratelimit-reset': '0' },
          }),
        { once: true },
      ),
    );
    await harness.client.preHires.patch('7140964208476371', {
      onboarding_status: { enum_name: 'preboarding' },
      worker_id: '5',
    });
    const calls = requestsTo(harness.server, path, 'PATCH');
    expect(calls).toHaveLength(2);
    expect(calls[1]!.query['client_token']).toBe(calls[0]!.query['client_token']);
  });

  test('still limited after the retries: RateLimitError with retryAfterMs from the headers', async () => {
    harness = await startHarness({ maxRetries: 1 });
    harness.server.use(http.get(`*${LIST_PATH}`, () => feishuRateLimited(50, 0)));
    const error = (await rejectionOf(harness.client.preHires.list())) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ code: 99991400, status: 429 });
    expect(error.headers['x-ogw-ratelimit-limit']).toBe('50');
    expect(requestsTo(harness.server, LIST_PATH)).toHaveLength(2);
  });

  test('a reset longer than maxRetryWait is not waited for', async () => {
    harness = await startHarness({ maxRetries: 2, maxRetryWait: 5000 });
    harness.server.use(http.get(`*${LIST_PATH}`, () => feishuRateLimited(50, 52)));
    const started = Date.now();
    expect(await rejectionOf(harness.client.preHires.list())).toBeInstanceOf(RateLimitError);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('the documented limits are applied client-side: list 50/s and 1000/min, patch 100/min', async () => {
    const seen = new Map<string, readonly RateLimitRule[]>();
    harness = await startHarness({
      rateLimit: {
        limiter: {
          acquire: async (key, rules) => {
            seen.set(key, rules);
          },
        },
      },
    });
    await harness.client.preHires.list();
    await harness.client.preHires.patch('7140964208476371', {
      onboarding_status: { enum_name: 'preboarding' },
      worker_id: '5',
    });
    expect(seen.get('feishu-corehr:preHires.list')).toEqual([
      { limit: 50, windowMs: 1000 },
      { limit: 1000, windowMs: 60_000 },
    ]);
    expect(seen.get('feishu-corehr:preHires.patch')).toEqual([{ limit: 100, windowMs: 60_000 }]);
  });

  test("60 concurrent list calls stay under the fake's 50/s: none is refused", async () => {
    harness = await startHarness();
    const started = Date.now();
    await Promise.all(Array.from({ length: 60 }, () => harness!.client.preHires.list({ page_size: 1 })));
    const calls = requestsTo(harness.server, LIST_PATH);
    expect(calls).toHaveLength(60);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });
});
