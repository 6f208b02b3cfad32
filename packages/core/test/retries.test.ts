import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { APIError, RateLimitError, ServerError } from '../src/index.js';
import { defineOperation } from '../src/internal.js';
import { backoffDelay, retryAfterFromHeaders } from '../src/internal.js';
import { faults, sequence, serveHandlers, type SandboxServer } from '../src/testing.js';
import { createItem, getItem, TestClient } from './helpers.js';

let server: SandboxServer;
beforeAll(async () => {
  server = await serveHandlers([]);
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ok = () => HttpResponse.json({ ok: true, data: { id: 1, name: 'n' } });
/** Retry-After of 0 s keeps these tests fast while still exercising the header path. */
const failing = (status: number) => () =>
  HttpResponse.json({ ok: false, error: { message: `boom ${status}` } }, { status, headers: { 'retry-after': '0' } });
const hits = (path: string) => server.requests.filter((r) => r.path === path).length;

const upsert = defineOperation({
  id: 'items.upsert',
  method: 'POST',
  path: '/upsert',
  idempotencyKey: { in: 'header', name: 'Idempotency-Key' },
});
const patchWithToken = defineOperation({
  id: 'items.patch',
  method: 'PATCH',
  path: '/patch',
  query: z.object({ client_token: z.string().optional() }),
  idempotencyKey: { in: 'query', name: 'client_token' },
});

describe('retries', () => {
  it.each([408, 429, 500, 502, 503])('retries a GET answered %i, then succeeds', async (status) => {
    server.use(http.get('*/items/:id', sequence(failing(status), failing(status), ok)));
    const client = new TestClient({ baseUrl: server.url });
    await expect(client.request(getItem, { path: { id: '1' } })).resolves.toEqual({ id: 1, name: 'n' });
    expect(hits('/items/1')).toBe(3);
  });

  it('does not retry 400, 401, 403, 404 or 409', async () => {
    const client = new TestClient({ baseUrl: server.url });
    for (const status of [400, 401, 403, 404, 409]) {
      server.resetHandlers();
      server.use(http.get('*/items/:id', failing(status)));
      await expect(client.request(getItem, { path: { id: '1' } })).rejects.toMatchObject({ status });
      expect(hits('/items/1')).toBe(1);
    }
  });

  it('gives up after maxRetries and rejects with the last error (per-call override too)', async () => {
    server.use(http.get('*/items/:id', failing(503)));
    const client = new TestClient({ baseUrl: server.url, maxRetries: 1 });
    const error = await client.request(getItem, { path: { id: '1' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(hits('/items/1')).toBe(2);
    server.requests.length = 0;
    await expect(client.request(getItem, { path: { id: '1' } }, { maxRetries: 3 })).rejects.toBeInstanceOf(ServerError);
    expect(hits('/items/1')).toBe(4);
  });

  it('retries connection resets on reads', async () => {
    server.use(
      http.get(
        '*/items/:id',
        sequence(
          () => faults.reset(),
          () => faults.resetAfterHeaders(200),
          ok,
        ),
      ),
    );
    const client = new TestClient({ baseUrl: server.url });
    await expect(client.request(getItem, { path: { id: '1' } })).resolves.toEqual({ id: 1, name: 'n' });
    expect(hits('/items/1')).toBe(3);
  });

  it('never retries a plain POST that may have been applied', async () => {
    const client = new TestClient({ baseUrl: server.url });
    server.use(http.post('*/items', failing(503)));
    await expect(client.request(createItem, { body: { name: 'n' } })).rejects.toBeInstanceOf(ServerError);
    expect(hits('/items')).toBe(1);
    server.resetHandlers();
    server.use(http.post('*/items', () => faults.reset()));
    await expect(client.request(createItem, { body: { name: 'n' } })).rejects.toThrow(/Connection failed/);
    expect(hits('/items')).toBe(1);
  });

  it('retries a POST that never left the process (connection refused)', async () => {
    const closed = await serveHandlers([]);
    const url = closed.url;
    await closed.close();
    let attempts = 0;
    const client = new TestClient({ baseUrl: url, maxRetries: 2, hooks: { beforeRequest: () => void attempts++ } });
    await expect(client.request(createItem, { body: { name: 'n' } })).rejects.toMatchObject({
      notSent: true,
      code: 'ECONNREFUSED',
    });
    expect(attempts).toBe(3);
  }, 10_000);

  it('retries writes carrying an idempotency key, reusing the same key on every attempt', async () => {
    server.use(
      http.post(
        '*/upsert',
        sequence(failing(500), failing(502), () => HttpResponse.json({ ok: true, data: {} })),
      ),
    );
    server.use(
      http.patch(
        '*/patch',
        sequence(failing(500), () => HttpResponse.json({ ok: true, data: {} })),
      ),
    );
    const client = new TestClient({ baseUrl: server.url });
    await client.request(upsert, {});
    const keys = server.requests.filter((r) => r.path === '/upsert').map((r) => r.headers['idempotency-key']);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    await client.request(patchWithToken, { query: { client_token: 'mine' } });
    expect(server.requests.filter((r) => r.path === '/patch').map((r) => r.query['client_token'])).toEqual([
      'mine',
      'mine',
    ]);
  });

  it('honours Retry-After in seconds and as an HTTP date', async () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterFromHeaders({ 'retry-after': '3' }, now)).toBe(3000);
    expect(retryAfterFromHeaders({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }, now)).toBe(5000);
    expect(retryAfterFromHeaders({ 'retry-after': 'soon' }, now)).toBeUndefined();
    expect(retryAfterFromHeaders({ 'retry-after-ms': '250' }, now)).toBe(250);
    server.use(
      http.get(
        '*/items/:id',
        sequence(
          () =>
            HttpResponse.json(
              { ok: false, error: { message: 'slow down' } },
              { status: 429, headers: { 'retry-after': '1' } },
            ),
          ok,
        ),
      ),
    );
    const client = new TestClient({ baseUrl: server.url });
    const started = Date.now();
    await client.request(getItem, { path: { id: '1' } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('gives up at once when the wait asked for exceeds the total wait cap', async () => {
    server.use(
      http.get('*/items/:id', () =>
        HttpResponse.json(
          { ok: false, error: { message: 'later' } },
          { status: 429, headers: { 'retry-after': '120' } },
        ),
      ),
    );
    const client = new TestClient({ baseUrl: server.url, maxRetryWait: 5_000 });
    const started = Date.now();
    const error = (await client.request(getItem, { path: { id: '1' } }).catch((e: unknown) => e)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(120_000);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(hits('/items/1')).toBe(1);
  });

  it('uses a vendor-supplied wait (e.g. a reset header)', async () => {
    server.use(
      http.get(
        '*/items/:id',
        sequence(
          () =>
            HttpResponse.json(
              { ok: false, error: { message: 'limited' } },
              { status: 429, headers: { 'x-vendor-reset': '1' } },
            ),
          ok,
        ),
      ),
    );
    const waits: number[] = [];
    const client = new TestClient({
      baseUrl: server.url,
      vendor: {
        // The vendor's own reset header, read where the failure is described (one answer per failure).
        mapResponse: (ctx) => {
          const reset = ctx.headers['x-vendor-reset'];
          if (ctx.status < 300) return ctx.ok((ctx.json as { data?: unknown }).data);
          if (reset) waits.push(Number(reset) * 300);
          return ctx.fail({ message: 'limited', retryAfterMs: reset ? 300 : undefined });
        },
      },
    });
    const started = Date.now();
    await client.request(getItem, { path: { id: '1' } });
    expect(waits).toEqual([300]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('lets the vendor say from the body that a failure is or is not retryable', async () => {
    // HTTP 200 with a "busy, try later" code: retryable, even for a POST (the vendor applied nothing).
    server.use(
      http.post(
        '*/items',
        sequence(
          () => HttpResponse.json({ ok: false, error: { code: 42, message: 'busy' } }),
          () => HttpResponse.json({ ok: true, data: { id: 3, name: 'n' } }),
        ),
      ),
    );
    // HTTP 503 with a "permanent" code: not retried.
    server.use(
      http.get('*/items/:id', () =>
        HttpResponse.json(
          { ok: false, error: { code: 7, message: 'gone for good' } },
          { status: 503, headers: { 'retry-after': '0' } },
        ),
      ),
    );
    const client = new TestClient({
      baseUrl: server.url,
      classify: (f) => ({
        ...f,
        retry: f.code === 42 ? 'always' : f.code === 7 ? 'never' : undefined,
        retryAfterMs: 1,
      }),
    });
    await expect(client.request(createItem, { body: { name: 'n' } })).resolves.toMatchObject({ id: 3 });
    expect(hits('/items')).toBe(2);
    await expect(client.request(getItem, { path: { id: '1' } })).rejects.toMatchObject({ code: 7 });
    expect(hits('/items/1')).toBe(1);
  });

  it('backs off exponentially from 0.5 s to 8 s with jitter', () => {
    expect(backoffDelay(0, () => 0)).toBe(500);
    expect(backoffDelay(1, () => 0)).toBe(1000);
    expect(backoffDelay(3, () => 0)).toBe(4000);
    expect(backoffDelay(10, () => 0)).toBe(8000);
    expect(backoffDelay(1, () => 1)).toBe(750);
    const jittered = new Set(Array.from({ length: 20 }, () => backoffDelay(2)));
    expect(jittered.size).toBeGreaterThan(1);
    for (const d of jittered) {
      expect(d).toBeGreaterThanOrEqual(1500);
      expect(d).toBeLessThanOrEqual(2000);
    }
  });

  it('keeps the vendor code, message and retryable flag on the final error', async () => {
    server.use(
      http.get('*/items/:id', () =>
        HttpResponse.json({ ok: false, error: { code: 1001, message: 'bad thing' } }, { status: 400 }),
      ),
    );
    const client = new TestClient({ baseUrl: server.url });
    const error = (await client.request(getItem, { path: { id: '5' } }).catch((e: unknown) => e)) as APIError;
    expect(error).toMatchObject({
      vendor: 'test',
      status: 400,
      code: 1001,
      vendorMessage: 'bad thing',
      retryable: false,
      kind: 'invalid_request',
      operation: 'items.get',
    });
    expect(error.message).toBe('test 400 (code 1001) in items.get: bad thing');
  });
});
