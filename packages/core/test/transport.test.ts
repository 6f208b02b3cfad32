import { http, HttpResponse, delay } from 'msw';
import { Agent } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AbortError, APIError, ConnectionError, TimeoutError, VERSION } from '../src/index.js';
import { defineOperation } from '../src/internal.js';
import { faults, serveHandlers, type SandboxServer } from '../src/testing.js';
import { createItem, getItem, TestClient } from './helpers.js';
import pkg from '../package.json' with { type: 'json' };

let server: SandboxServer;
beforeAll(async () => {
  server = await serveHandlers([
    http.get('*/items/:id', ({ params }) =>
      HttpResponse.json(
        { ok: true, data: { id: Number(params.id), name: 'x' } },
        { headers: { 'x-request-id': 'req-1' } },
      ),
    ),
    http.post('*/items', async ({ request }) =>
      HttpResponse.json({ ok: true, data: { id: 1, ...((await request.json()) as object) } }),
    ),
  ]);
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const search = defineOperation({
  id: 'items.search',
  method: 'GET',
  path: '/search',
  query: z.object({
    ids: z.array(z.number()).optional(),
    q: z.string().optional(),
    at: z.date().optional(),
    none: z.null().optional(),
  }),
});
const searchComma = defineOperation({ ...search, id: 'items.searchComma', arrayFormat: 'comma' });

describe('transport', () => {
  it('sends the User-Agent, default, client and per-call headers', async () => {
    const client = new TestClient({ baseUrl: server.url, headers: { 'X-Client': 'c' } });
    await client.request(getItem, { path: { id: '1' } }, { headers: { 'X-Call': 'd' } });
    const sent = server.requests[0]!;
    expect(sent.headers['user-agent']).toBe(`@hr/test/9.9.9 node/${process.versions.node}`);
    expect(sent.headers['accept']).toBe('application/json');
    expect(sent.headers['x-client']).toBe('c');
    expect(sent.headers['x-call']).toBe('d');
    expect(sent.headers['authorization']).toBe(`Basic ${Buffer.from('test-api-key-123:').toString('base64')}`);
  });

  it('sends JSON bodies with a content type and returns the request id', async () => {
    const client = new TestClient({ baseUrl: server.url });
    const { data, response } = await client.request(createItem, { body: { name: 'n', tags: ['a'] } }).withResponse();
    expect(server.requests[0]!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ name: 'n', tags: ['a'] });
    expect(data).toMatchObject({ name: 'n' });
    expect(response.status).toBe(200);
    const get = await client.request(getItem, { path: { id: '2' } }).withResponse();
    expect(get.response.requestId).toBe('req-1');
  });

  it('serializes arrays as repeated keys by default and comma-separated when declared', async () => {
    server.use(http.get('*/search', () => HttpResponse.json({ ok: true, data: {} })));
    const client = new TestClient({ baseUrl: server.url });
    await client.request(search, {
      query: { ids: [1, 2], q: 'a b&c', at: new Date('2024-01-02T03:04:05Z'), none: null },
    });
    await client.request(searchComma, { query: { ids: [1, 2] } });
    expect(new URL(server.requests[0]!.url).search).toBe('?ids=1&ids=2&q=a%20b%26c&at=2024-01-02T03%3A04%3A05.000Z');
    expect(server.requests[1]!.query).toEqual({ ids: '1,2' });
  });

  it("writes a space as %20 and a plus sign as %2B in the query (never the form encoding's +)", async () => {
    server.use(http.get('*/search', () => HttpResponse.json({ ok: true, data: {} })));
    const client = new TestClient({ baseUrl: server.url });
    await client.request(search, { query: { q: 'In progress,C++ dev' } });
    expect(new URL(server.requests[0]!.url).search).toBe('?q=In%20progress%2CC%2B%2B%20dev');
    expect(server.requests[0]!.query).toEqual({ q: 'In progress,C++ dev' });
  });

  it('percent-encodes path parameters', async () => {
    const client = new TestClient({ baseUrl: `${server.url}/base/` });
    server.use(http.get('*/base/items/:id', () => HttpResponse.json({ ok: true, data: { id: 1, name: 'n' } })));
    await client.request(getItem, { path: { id: 'a/b?c' } });
    expect(new URL(server.requests[0]!.url).pathname).toBe('/base/items/a%2Fb%3Fc');
  });

  it('refuses path parameters that could rewrite the path, before sending', async () => {
    const client = new TestClient({ baseUrl: server.url });
    for (const id of ['..', '.', '']) {
      await expect(client.request(getItem, { path: { id } })).rejects.toThrow(/path\.id: must be a non-empty id/);
    }
    expect(server.requests).toHaveLength(0);
  });

  it('reuses keep-alive connections instead of opening one per call', async () => {
    const dispatcher = new Agent({ keepAliveTimeout: 10_000 });
    const client = new TestClient({ baseUrl: server.url, dispatcher });
    const before = server.connectionCount;
    for (let i = 0; i < 20; i++) await client.request(getItem, { path: { id: String(i) } });
    // undici may open a second socket while the first finishes its previous response; never more.
    expect(server.connectionCount - before).toBeLessThanOrEqual(2);
    await dispatcher.close();
  });

  it('times out slow headers with a TimeoutError', async () => {
    server.use(
      http.get('*/items/:id', async () => {
        await delay(500);
        return HttpResponse.json({ ok: true, data: { id: 1, name: 'n' } });
      }),
    );
    const client = new TestClient({ baseUrl: server.url, timeout: 100, maxRetries: 0 });
    const error = await client.request(getItem, { path: { id: '1' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect(ConnectionError.isInstance(error)).toBe(true);
  });

  it('times out a slow body, and the per-call timeout overrides the client one', async () => {
    server.use(http.get('*/items/:id', () => faults.slowBody({ ok: true, data: { id: 1, name: 'n' } }, 400)));
    const client = new TestClient({ baseUrl: server.url, timeout: 5_000, maxRetries: 0 });
    await expect(client.request(getItem, { path: { id: '1' } }, { timeout: 100 })).rejects.toBeInstanceOf(TimeoutError);
    await expect(client.request(getItem, { path: { id: '1' } }, { timeout: 2_000 })).resolves.toEqual({
      id: 1,
      name: 'n',
    });
  });

  it('aborts with the caller signal, before and during the call', async () => {
    server.use(
      http.get('*/items/:id', async () => {
        await delay(1_000);
        return HttpResponse.json({ ok: true, data: { id: 1, name: 'n' } });
      }),
    );
    const client = new TestClient({ baseUrl: server.url });
    const controller = new AbortController();
    const pending = client.request(getItem, { path: { id: '1' } }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    await expect(
      client.request(getItem, { path: { id: '1' } }, { signal: AbortSignal.abort() }),
    ).rejects.toBeInstanceOf(AbortError);
  });

  it('does not leave abort listeners on a long-lived signal', async () => {
    const client = new TestClient({ baseUrl: server.url });
    const controller = new AbortController();
    let added = 0;
    let removed = 0;
    const signal = controller.signal;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = ((...args: Parameters<typeof add>) => (added++, add(...args))) as typeof add;
    signal.removeEventListener = ((...args: Parameters<typeof remove>) => (
      removed++,
      remove(...args)
    )) as typeof remove;
    for (let i = 0; i < 10; i++) await client.request(getItem, { path: { id: '1' } }, { signal });
    expect(added).toBeGreaterThan(0);
    expect(removed).toBe(added);
  });

  it('settles at once when aborted while queued behind a busy connection, and never sends that request', async () => {
    server.use(
      http.get('*/items/slow', async () => {
        await delay(400);
        return HttpResponse.json({ ok: true, data: { id: 1, name: 'slow' } });
      }),
    );
    const dispatcher = new Agent({ connections: 1 });
    const client = new TestClient({ baseUrl: server.url, dispatcher, maxRetries: 0 });
    const slow = client.request(getItem, { path: { id: 'slow' } });
    await delay(50);
    const controller = new AbortController();
    const queued = client.request(getItem, { path: { id: 'queued' } }, { signal: controller.signal });
    const abortedAt = Date.now();
    controller.abort(new Error('caller gave up'));
    await expect(queued).rejects.toBeInstanceOf(AbortError);
    expect(Date.now() - abortedAt).toBeLessThan(100);
    await expect(slow).resolves.toEqual({ id: 1, name: 'slow' });
    expect(server.requests.map((r) => r.path)).toEqual(['/items/slow']);
    await dispatcher.close();
  });

  it('times each exchange by its own timeout when several timeouts are in flight at once', async () => {
    server.use(
      http.get('*/items/:id', async ({ params }) => {
        await delay(Number(params.id));
        return HttpResponse.json({ ok: true, data: { id: 1, name: 'n' } });
      }),
    );
    const client = new TestClient({ baseUrl: server.url, maxRetries: 0 });
    const started = Date.now();
    const settledAfter = (id: string, timeout: number) =>
      client.request(getItem, { path: { id } }, { timeout }).then(
        () => ({ id, ok: true, ms: Date.now() - started }),
        (error: unknown) => ({ id, ok: !(error instanceof TimeoutError), ms: Date.now() - started }),
      );
    const outcomes = await Promise.all([
      settledAfter('600', 150), // times out at 150
      settledAfter('50', 150), // answers before its timeout; the one above still times out
      settledAfter('700', 300), // another duration: times out at 300
      settledAfter('100', 1_000), // answers
    ]);
    expect(outcomes.map((o) => [o.id, o.ok])).toEqual([
      ['600', false],
      ['50', true],
      ['700', false],
      ['100', true],
    ]);
    expect(outcomes[0]!.ms).toBeGreaterThanOrEqual(145);
    expect(outcomes[0]!.ms).toBeLessThan(450);
    expect(outcomes[2]!.ms).toBeGreaterThanOrEqual(295);
    expect(outcomes[2]!.ms).toBeLessThan(600);
  });

  it('turns HTML gateway pages, empty and truncated bodies into APIErrors that keep the raw text', async () => {
    const client = new TestClient({ baseUrl: server.url, maxRetries: 0 });
    server.use(http.get('*/items/1', () => faults.html(502)));
    server.use(
      http.get('*/items/2', () => faults.truncated({ ok: true, data: { id: 2, name: 'long name here' } }, 12)),
    );
    server.use(http.get('*/items/3', () => faults.empty(200)));
    server.use(
      http.get(
        '*/items/4',
        () => new HttpResponse('not json', { status: 200, headers: { 'content-type': 'text/plain' } }),
      ),
    );
    const html = (await client.request(getItem, { path: { id: '1' } }).catch((e: unknown) => e)) as APIError;
    expect(html).toBeInstanceOf(APIError);
    expect(html.status).toBe(502);
    expect(html.kind).toBe('server');
    expect(html.rawBody).toContain('502 Bad Gateway');
    expect(html.message).toMatch(/text\/html/);
    for (const id of ['2', '3', '4']) {
      const error = (await client.request(getItem, { path: { id } }).catch((e: unknown) => e)) as APIError;
      expect(error).toBeInstanceOf(APIError);
      expect(error).not.toBeInstanceOf(SyntaxError);
      expect(error.kind).toBe('invalid_response');
    }
    const truncated = (await client.request(getItem, { path: { id: '2' } }).catch((e: unknown) => e)) as APIError;
    expect(truncated.rawBody).toBe('{"ok":true,"');
  });

  it('reports a connection reset before the headers as a ConnectionError', async () => {
    server.use(http.get('*/items/:id', () => faults.reset()));
    const client = new TestClient({ baseUrl: server.url, maxRetries: 0 });
    await expect(client.request(getItem, { path: { id: '1' } })).rejects.toBeInstanceOf(ConnectionError);
    server.resetHandlers();
    server.use(http.get('*/items/:id', () => faults.resetAfterHeaders(200)));
    await expect(client.request(getItem, { path: { id: '1' } })).rejects.toBeInstanceOf(ConnectionError);
  });

  it('keeps the package version in sync with package.json', () => {
    expect(VERSION).toBe(pkg.version);
  });
});
