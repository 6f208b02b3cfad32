import { inspect } from 'node:util';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  APIError,
  AuthenticationError,
  BatchError,
  ConflictError,
  HRError,
  InputValidationError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseValidationError,
  ServerError,
  InvalidRequestError,
} from '../src/index.js';
import { defineOperation, TokenProviderAuth, type VendorConfig } from '../src/internal.js';
import { captureLogger, serveHandlers, type SandboxServer } from '../src/testing.js';
import { createItem, getItem, TestClient } from './helpers.js';

const API_KEY = 'test-api-key-123';
const TOKEN = 'tenant-token-secret-987';
let server: SandboxServer;
beforeAll(async () => {
  server = await serveHandlers([]);
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const login = defineOperation({
  id: 'auth.login',
  method: 'POST',
  path: '/login',
  query: z.object({ access_token: z.string().optional() }),
  body: z.object({ app_id: z.string(), app_secret: z.string() }),
});

describe('error hierarchy', () => {
  it.each([
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [400, InvalidRequestError],
    [422, InvalidRequestError],
    [429, RateLimitError],
    [500, ServerError],
  ] as const)('maps HTTP %i to %s', async (status, ErrorClass) => {
    server.use(
      http.get('*/items/:id', () =>
        HttpResponse.json({ ok: false, error: { message: 'no' } }, { status, headers: { 'retry-after': '0' } }),
      ),
    );
    const error = await new TestClient({ baseUrl: server.url, maxRetries: 0 })
      .request(getItem, { path: { id: '1' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(HRError);
    expect(ErrorClass.isInstance(error)).toBe(true);
  });

  it('isInstance recognises errors from another copy of the package by brand', () => {
    // A structurally foreign object carrying the brands, as a second copy of @hr/core would create.
    const foreign = new (class extends Error {})('x');
    Object.defineProperty(foreign, Symbol.for('@hr/core/error-brands'), {
      value: ['@hr/core/NotFoundError', '@hr/core/APIError', '@hr/core/HRError'],
    });
    expect(NotFoundError.isInstance(foreign)).toBe(true);
    expect(APIError.isInstance(foreign)).toBe(true);
    expect(ConflictError.isInstance(foreign)).toBe(false);
    expect(HRError.isInstance(new Error('plain'))).toBe(false);
  });
});

describe('untrusted failure descriptions', () => {
  // A mapper passing vendor fields through unchecked (as plain JavaScript would) must still give a typed APIError.
  const passthrough: NonNullable<VendorConfig['mapResponse']> = (ctx) => {
    const body = ctx.json as { message: string; code: string; kind: 'server' };
    return ctx.fail({ message: body.message, code: body.code, kind: body.kind });
  };
  it.each([
    [{ message: {}, code: {}, kind: 'toString' }, 409, ConflictError],
    [{ message: 0, kind: 'constructor' }, 404, NotFoundError],
    [{ message: ['a', 'b'], kind: '__proto__' }, 500, ServerError],
    [{ message: null, code: [1], kind: 'no_such_kind' }, 401, AuthenticationError],
  ] as const)('%j at HTTP %i: the status class, a string message, the raw body', async (body, status, ErrorClass) => {
    server.use(http.get('*/items/:id', () => HttpResponse.json(body, { status })));
    const client = new TestClient({ baseUrl: server.url, maxRetries: 0, vendor: { mapResponse: passthrough } });
    const error = await client.request(getItem, { path: { id: '1' } }).catch((e: unknown) => e);
    expect(ErrorClass.isInstance(error), String(error)).toBe(true);
    expect(typeof (error as APIError).vendorMessage).toBe('string');
    expect(JSON.parse((error as APIError).rawBody)).toEqual(body);
  });
});

describe('input validation', () => {
  it('names every failing field path and rule, sends nothing, and rejects instead of throwing', async () => {
    const client = new TestClient({ baseUrl: server.url });
    let promise: Promise<unknown> | undefined;
    expect(() => {
      promise = client.request(createItem, { body: { name: '', tags: ['a', 'b', 'c', 'd'] } });
    }).not.toThrow();
    const error = (await promise!.catch((e: unknown) => e)) as InputValidationError;
    expect(error).toBeInstanceOf(InputValidationError);
    expect(error.issues.map((i) => i.path)).toEqual(['body.name', 'body.tags']);
    expect(error.message).toMatch(/body\.name: Too small: expected string to have >=1 characters/);
    expect(error.message).toMatch(/body\.tags: Too big: expected array to have <=3 items/);
    expect(error.message).toMatch(/nothing was sent/);
    expect(server.requests).toHaveLength(0);
  });
});

describe('input preparation', () => {
  it('a schema transform that throws becomes an InputValidationError, not a raw error', async () => {
    const brittle = defineOperation({
      id: 'items.brittle',
      method: 'POST',
      path: '/items',
      body: z.object({ when: z.string().transform((v) => new Date(v).toISOString()) }),
    });
    const error = (await new TestClient({ baseUrl: server.url })
      .request(brittle, { body: { when: 'not a date' } })
      .catch((e: unknown) => e)) as InputValidationError;
    expect(error).toBeInstanceOf(InputValidationError);
    expect(error.issues).toEqual([{ path: 'body', message: 'Invalid time value', code: 'custom' }]);
    expect(server.requests).toHaveLength(0);
  });
});

describe('response validation', () => {
  const drifted = () => HttpResponse.json({ ok: true, data: { id: 'not-a-number', name: 'n' } });

  it('throws ResponseValidationError carrying the raw data by default', async () => {
    server.use(http.get('*/items/:id', drifted));
    const error = (await new TestClient({ baseUrl: server.url })
      .request(getItem, { path: { id: '1' } })
      .catch((e: unknown) => e)) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.data).toEqual({ id: 'not-a-number', name: 'n' });
    expect(error.issues[0]!.path).toBe('id');
  });

  it("'warn' logs and returns the data; false skips the check", async () => {
    server.use(http.get('*/items/:id', drifted));
    const { logger, lines } = captureLogger();
    const warned = await new TestClient({
      baseUrl: server.url,
      validateResponses: 'warn',
      logger,
      logLevel: 'warn',
    }).request(getItem, { path: { id: '1' } });
    expect(warned).toEqual({ id: 'not-a-number', name: 'n' });
    expect(lines.join('\n')).toMatch(/Unexpected response shape from items\.get/);
    const skipped = await new TestClient({ baseUrl: server.url, validateResponses: false }).request(getItem, {
      path: { id: '1' },
    });
    expect(skipped).toEqual({ id: 'not-a-number', name: 'n' });
  });

  it('never fails a successful write because its response drifted', async () => {
    server.use(http.post('*/items', drifted));
    const { logger, lines } = captureLogger();
    const result = await new TestClient({ baseUrl: server.url, logger, logLevel: 'warn' }).request(createItem, {
      body: { name: 'n' },
    });
    expect(result).toEqual({ id: 'not-a-number', name: 'n' });
    expect(lines.some((l) => l.includes('items.create'))).toBe(true);
  });

  it('keeps unknown keys (lenient loose objects)', async () => {
    server.use(
      http.get('*/items/:id', () => HttpResponse.json({ ok: true, data: { id: 1, name: 'n', added_later: { x: 1 } } })),
    );
    expect(await new TestClient({ baseUrl: server.url }).request(getItem, { path: { id: '1' } })).toEqual({
      id: 1,
      name: 'n',
      added_later: { x: 1 },
    });
  });
});

describe('secrets', () => {
  it('never appear in errors, serialized errors, debug logs or hook events', async () => {
    server.use(
      http.post('*/login', () =>
        HttpResponse.json(
          {
            ok: false,
            error: { message: `token ${TOKEN} rejected for key ${API_KEY}` },
            echo: { app_secret: 'app-secret-value-1', tenant_access_token: TOKEN },
          },
          { status: 401, headers: { 'set-cookie': 'session=abcdefgh' } },
        ),
      ),
    );
    const { logger, lines } = captureLogger();
    const events: unknown[] = [];
    const client = new TestClient({
      baseUrl: server.url,
      logger,
      logLevel: 'debug',
      auth: new TokenProviderAuth({ key: 'app', fetchToken: async () => ({ token: TOKEN, expiresIn: 7200 }) }),
      vendor: { secrets: [API_KEY], secretFields: ['echo_secret'] },
      hooks: {
        beforeRequest: (e) => void events.push(e),
        afterResponse: (e) => void events.push(e),
        onError: (e) => void events.push(e),
      },
    });
    const error = (await client
      .request(login, { query: { access_token: TOKEN }, body: { app_id: 'cli_1', app_secret: 'app-secret-value-1' } })
      .catch((e: unknown) => e)) as APIError;
    expect(error).toBeInstanceOf(AuthenticationError);
    const surfaces = [
      error.message,
      error.stack ?? '',
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
      error.rawBody,
      JSON.stringify(error.body),
      JSON.stringify(error.headers),
      lines.join('\n'),
      JSON.stringify(events),
    ];
    for (const text of surfaces) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(API_KEY);
      expect(text).not.toContain('app-secret-value-1');
      expect(text).not.toContain('abcdefgh');
    }
    // The logs still say what happened.
    expect(lines.join('\n')).toMatch(/POST .*\/login\?access_token=%5BREDACTED%5D/);
    expect(error.message).toContain('token [REDACTED] rejected');
  });

  it('redacts the Basic credentials of the request in debug logs', async () => {
    server.use(http.get('*/items/:id', () => HttpResponse.json({ ok: true, data: { id: 1, name: 'n' } })));
    const { logger, lines } = captureLogger();
    await new TestClient({ baseUrl: server.url, logger, logLevel: 'debug' }).request(getItem, { path: { id: '1' } });
    const text = lines.join('\n');
    expect(text).toContain("authorization: '[REDACTED]'");
    expect(text).not.toContain(Buffer.from(`${API_KEY}:`).toString('base64'));
    expect(text).not.toContain(API_KEY);
  });
});

describe('hooks and logging', () => {
  it('calls beforeRequest, afterResponse and onError, and survives a throwing hook', async () => {
    server.use(http.get('*/items/1', () => HttpResponse.json({ ok: true, data: { id: 1, name: 'n' } })));
    server.use(
      http.get('*/items/2', () => HttpResponse.json({ ok: false, error: { message: 'missing' } }, { status: 404 })),
    );
    const seen: string[] = [];
    const { logger, lines } = captureLogger();
    const client = new TestClient({
      baseUrl: server.url,
      logger,
      logLevel: 'warn',
      hooks: {
        beforeRequest: (e) => void seen.push(`before ${e.operation} ${e.attempt}`),
        afterResponse: (e) => {
          seen.push(`after ${e.status}`);
          throw new Error('hook bug');
        },
        onError: (e) => void seen.push(`error ${(e as APIError).status}`),
      },
    });
    await client.request(getItem, { path: { id: '1' } });
    await client.request(getItem, { path: { id: '2' } }).catch(() => undefined);
    expect(seen).toEqual(['before items.get 0', 'after 200', 'before items.get 0', 'after 404', 'error 404']);
    expect(lines.filter((l) => l.includes('afterResponse hook threw'))).toHaveLength(2);
  });

  it('logs nothing below the chosen level', async () => {
    server.use(http.get('*/items/:id', () => HttpResponse.json({ ok: true, data: { id: 1, name: 'n' } })));
    const { logger, lines } = captureLogger();
    await new TestClient({ baseUrl: server.url, logger, logLevel: 'info' }).request(getItem, { path: { id: '1' } });
    expect(lines).toEqual([]);
  });
});

describe('batches', () => {
  const bulk = defineOperation({
    id: 'items.bulk',
    method: 'POST',
    path: '/bulk',
    batch: { field: 'items', size: 100, items: z.number().int('must be an integer') },
  });

  it('validates the whole list once, sends consecutive batches, and says what was applied when one fails', async () => {
    let calls = 0;
    server.use(
      http.post('*/bulk', () =>
        ++calls === 2
          ? HttpResponse.json({ ok: false, error: { message: 'vendor refused' } }, { status: 400 })
          : HttpResponse.json({ ok: true, data: { accepted: true } }),
      ),
    );
    const client = new TestClient({ baseUrl: server.url });
    const items = Array.from({ length: 250 }, (_, i) => i);
    const error = (await client.requestInBatches(bulk, items).catch((e: unknown) => e)) as BatchError<number>;
    expect(error).toBeInstanceOf(BatchError);
    const sent = server.requests.map((r) => JSON.parse(r.body) as { items: number[] });
    expect(sent.map((b) => b.items)).toEqual([items.slice(0, 100), items.slice(100, 200)]);
    expect(error.failedBatchIndex).toBe(1);
    expect(error.applied).toEqual(items.slice(0, 100));
    expect(error.failedBatch).toEqual(items.slice(100, 200));
    expect(error.notSent).toEqual(items.slice(200));
    expect(error.completed).toEqual([{ accepted: true }]); // the first batch's answer
    expect(error.cause).toBeInstanceOf(InvalidRequestError);
    expect(error.message).toMatch(
      /Batch 2 of 3 failed: .*vendor refused\. 100 item\(s\) in earlier batches were applied/,
    );
  });

  it('resolves with every batch result, and refuses a bad item in the last batch before sending the first', async () => {
    server.use(http.post('*/bulk', () => HttpResponse.json({ ok: true, data: { accepted: true } })));
    const client = new TestClient({ baseUrl: server.url });
    const items = Array.from({ length: 201 }, (_, i) => i);
    await expect(client.requestInBatches(bulk, items)).resolves.toEqual({
      results: [{ accepted: true }, { accepted: true }, { accepted: true }],
      itemCount: 201,
      batchCount: 3,
    });
    server.resetHandlers();
    const error = await client.requestInBatches(bulk, [...items.slice(0, 200), 1.5]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputValidationError);
    expect((error as InputValidationError).issues[0]).toMatchObject({
      path: 'body.items.200',
      message: 'must be an integer',
    });
    expect(server.requests).toHaveLength(0);
    await expect(client.requestInBatches(bulk, [])).rejects.toThrow(/body.items: must list at least one item/);
  });

  it('stops checking a huge bad list at its 100th invalid item, with a bounded message, and never blocks the event loop for long', async () => {
    const client = new TestClient({ baseUrl: server.url });
    const items = Array.from({ length: 1_000_000 }, () => 'not a number');
    let longestGapMs = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGapMs = Math.max(longestGapMs, now - last);
      last = now;
    }, 1);
    const error = (await client.requestInBatches(bulk, items).catch((e: unknown) => e)) as InputValidationError;
    clearInterval(ticker);
    expect(error).toBeInstanceOf(InputValidationError);
    expect(error.issues).toHaveLength(100);
    expect(error.message.length).toBeLessThan(3000);
    expect(error.message).toMatch(
      /and 80 more issue\(s\) \(checking stopped at the 100th invalid item \(index 99 of 1000000\)\)$/,
    );
    expect(longestGapMs).toBeLessThan(1000);
    expect(server.requests).toHaveLength(0);
  });
});
