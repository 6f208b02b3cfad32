import { Readable } from 'node:stream';
import { http, HttpResponse, delay } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AbortError, APIError, ConflictError, fileFrom, InputValidationError } from '../src/index.js';
import {
  defineOperation,
  pageToken,
  TokenProviderAuth,
  uploadSchema,
  type APIErrorInit,
  type AuthStrategy,
} from '../src/internal.js';
import { captureLogger, sequence, serveHandlers, type SandboxServer } from '../src/testing.js';
import { createItem, getItem, Item, TestClient } from './helpers.js';

let server: SandboxServer;
beforeAll(async () => {
  server = await serveHandlers([
    http.get('*/items/:id', ({ params }) =>
      HttpResponse.json({ ok: true, data: { id: Number(params.id), name: 'n' } }),
    ),
    http.post('*/items', async ({ request }) =>
      HttpResponse.json({ ok: true, data: { id: 1, ...((await request.json()) as object) } }),
    ),
  ]);
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('prepare', () => {
  const everything = defineOperation({
    id: 'items.everything',
    method: 'POST',
    path: '/things/:id',
    pathParams: z.object({ id: z.string().min(1) }),
    query: z.looseObject({ page: z.number().int() }),
    headers: z.looseObject({ 'x-tenant': z.string().regex(/^t-/, 'must start with t-') }),
    body: z.looseObject({ name: z.string() }),
  });

  it('validates every part once and names every issue before anything is sent', async () => {
    const client = new TestClient({ baseUrl: server.url });
    const error = (await client
      .request(everything, {
        path: { id: '' },
        query: { page: 1.5 },
        headers: { 'x-tenant': 'x' },
        body: { name: 1 },
      } as never)
      .catch((e: unknown) => e)) as InputValidationError;
    expect(error).toBeInstanceOf(InputValidationError);
    expect(error.issues.map((i) => i.path)).toEqual(['path.id', 'query.page', 'body.name', 'headers.x-tenant']);
    expect(server.requests).toHaveLength(0);
  });

  it('refuses header values that could split the request, and query values that cannot go into a URL', async () => {
    const client = new TestClient({ baseUrl: server.url });
    for (const value of ['a\r\nx-evil: 1', 'nul\u0000', 'snow ☃']) {
      const error = await client
        .request(getItem, { path: { id: '1' } }, { headers: { 'x-note': value } })
        .catch((e: unknown) => e);
      expect(error, JSON.stringify(value)).toBeInstanceOf(InputValidationError);
      expect((error as InputValidationError).issues[0]!.path).toBe('headers.x-note');
      expect((error as Error).message).not.toContain(value);
    }
    const open = defineOperation({ id: 'items.search', method: 'GET', path: '/search', query: z.looseObject({}) });
    const error = await client.request(open, { query: { filter: { nested: true } } }).catch((e: unknown) => e);
    expect((error as InputValidationError).issues[0]).toMatchObject({ path: 'query.filter', code: 'invalid_type' });
    expect(server.requests).toHaveLength(0);
  });

  it('sends keys the SDK does not know as given and logs each once at debug level', async () => {
    const { logger, lines } = captureLogger();
    const client = new TestClient({ baseUrl: server.url, logger, logLevel: 'debug' });
    const withExtra = defineOperation({ ...createItem, body: z.looseObject({ name: z.string() }) });
    await client.request(withExtra, { body: { name: 'n', colour: 'red' } as never });
    await client.request(withExtra, { body: { name: 'n', colour: 'blue' } as never });
    expect(JSON.parse(server.requests[1]!.body)).toEqual({ name: 'n', colour: 'blue' });
    expect(lines.filter((l) => l.includes('not a documented field'))).toEqual([
      '[@hr/test] items.create: body.colour is not a documented field; sending it as given',
    ]);
  });

  it.each([
    ['query', (r: { url: string }) => new URL(r.url).searchParams.get('token')],
    ['header', (r: { headers: Record<string, string> }) => r.headers['x-token']],
    ['body', (r: { body: string }) => (JSON.parse(r.body) as { token?: string }).token],
  ] as const)(
    'generates an idempotency token in the %s once and sends the same one on every retry',
    async (where, read) => {
      server.use(
        http.post(
          '*/items',
          sequence(
            () =>
              HttpResponse.json(
                { ok: false, error: { message: 'busy' } },
                { status: 503, headers: { 'retry-after': '0' } },
              ),
            () => HttpResponse.json({ ok: true, data: { id: 1, name: 'n' } }),
          ),
        ),
      );
      const op = defineOperation({
        ...createItem,
        idempotencyKey: { in: where, name: where === 'header' ? 'x-token' : 'token' },
      });
      await new TestClient({ baseUrl: server.url }).request(op, { body: { name: 'n' } });
      const tokens = server.requests.map((r) => read(r as never));
      expect(tokens).toHaveLength(2);
      expect(tokens[0]).toMatch(/^[0-9a-f-]{36}$/);
      expect(tokens[1]).toBe(tokens[0]);
    },
  );
});

describe('authorize', () => {
  it('hands invalidate() exactly the token the refused attempt carried, then replays once', async () => {
    const seen: (string | undefined)[] = [];
    let issued = 0;
    const auth: AuthStrategy = {
      async authorize({ headers }) {
        const token = `token-${issued}`;
        headers['authorization'] = `Bearer ${token}`;
        return token;
      },
      async invalidate(token) {
        seen.push(token);
        issued++;
      },
    };
    server.use(
      http.get('*/items/:id', ({ request }) =>
        request.headers.get('authorization') === 'Bearer token-1'
          ? HttpResponse.json({ ok: true, data: { id: 1, name: 'n' } })
          : HttpResponse.json({ ok: false, error: { code: 401, message: 'stale' } }, { status: 401 }),
      ),
    );
    const client = new TestClient({
      baseUrl: server.url,
      auth,
      classify: (f) => ({ ...f, invalidToken: f.code === 401 }),
    });
    await expect(client.request(getItem, { path: { id: '1' } })).resolves.toEqual({ id: 1, name: 'n' });
    expect(seen).toEqual(['token-0']);
  });

  it('a factory auth fetches its token through the client pipeline (retries, redaction) with the call timeout', async () => {
    const tokenOp = defineOperation({
      id: 'auth.token',
      method: 'POST',
      path: '/token',
      auth: false,
      idempotent: true,
      response: z.looseObject({ token: z.string() }),
      // The token endpoint answers without the vendor's usual envelope.
      mapResponse: (ctx) => (ctx.status === 200 ? ctx.ok(ctx.json) : ctx.fail({ message: 'token endpoint down' })),
    });
    server.use(
      http.post(
        '*/token',
        sequence(
          () => new HttpResponse('down', { status: 502 }),
          () => HttpResponse.json({ token: 'tok-123456' }),
        ),
      ),
    );
    const timeouts: (number | undefined)[] = [];
    const client = new TestClient({
      baseUrl: server.url,
      vendor: {
        auth: (caller) =>
          new TokenProviderAuth({
            key: 'test',
            fetchToken: async ({ timeoutMs }) => {
              timeouts.push(timeoutMs);
              const { token } = await caller.request(tokenOp, {}, { timeout: timeoutMs });
              return { token, expiresIn: 3600 };
            },
          }),
      },
    });
    await client.request(getItem, { path: { id: '1' } }, { timeout: 4321 });
    expect(server.requests.map((r) => r.path)).toEqual(['/token', '/token', '/items/1']);
    expect(server.requests[2]!.headers['authorization']).toBe('Bearer tok-123456');
    expect(timeouts).toEqual([4321]);
  });
});

describe('send', () => {
  it('runs transport middleware around each attempt, outermost first, and lets one answer without sending', async () => {
    const order: string[] = [];
    const client = new TestClient({
      baseUrl: server.url,
      middleware: [
        async (request, next) => {
          order.push(`outer ${request.method}`);
          return next(request);
        },
        async (request, next) => {
          order.push('inner');
          if (request.url.endsWith('/items/cached')) {
            return {
              status: 200,
              headers: {},
              body: Buffer.from('{"ok":true,"data":{"id":7,"name":"cached"}}'),
              text: '{"ok":true,"data":{"id":7,"name":"cached"}}',
            };
          }
          return next({ ...request, headers: { ...request.headers, 'x-traced': 'yes' } });
        },
      ],
    });
    await client.request(getItem, { path: { id: '1' } });
    expect(server.requests[0]!.headers['x-traced']).toBe('yes');
    await expect(client.request(getItem, { path: { id: 'cached' } })).resolves.toEqual({ id: 7, name: 'cached' });
    expect(server.requests).toHaveLength(1);
    expect(order).toEqual(['outer GET', 'inner', 'outer GET', 'inner']);
  });
});

describe('interpret', () => {
  it("an operation's response mapper wins over the client one, and a failure may build its own error class", async () => {
    class DuplicateError extends ConflictError {
      constructor(
        init: APIErrorInit,
        readonly existingId: string,
      ) {
        super(init);
      }
    }
    const op = defineOperation({
      ...createItem,
      mapResponse: (ctx) =>
        ctx.status === 409
          ? ctx.fail({ message: 'exists', kind: 'conflict', createError: (init) => new DuplicateError(init, 'item-9') })
          : ctx.ok(ctx.json),
    });
    server.use(http.post('*/items', () => HttpResponse.json({ exists: true }, { status: 409 })));
    const error = await new TestClient({ baseUrl: server.url })
      .request(op, { body: { name: 'n' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DuplicateError);
    expect(error).toMatchObject({
      existingId: 'item-9',
      status: 409,
      vendorMessage: 'exists',
      operation: 'items.create',
    });
  });

  it("retries a write the vendor says it did not apply ('always'), and not one it may have applied ('if-safe')", async () => {
    const answer = (code: number) => () =>
      HttpResponse.json({ ok: false, error: { code, message: 'busy' } }, { status: 503 });
    const client = new TestClient({
      baseUrl: server.url,
      classify: (f) => ({ ...f, retry: f.code === 1 ? 'always' : undefined, retryAfterMs: 1 }),
    });
    server.use(
      http.post(
        '*/items',
        sequence(answer(1), () => HttpResponse.json({ ok: true, data: { id: 2, name: 'n' } })),
      ),
    );
    await expect(client.request(createItem, { body: { name: 'n' } })).resolves.toMatchObject({ id: 2 });
    server.resetHandlers();
    server.use(http.post('*/items', answer(2)));
    const error = await client.request(createItem, { body: { name: 'n' } }).catch((e: unknown) => e);
    expect((error as APIError).retryable).toBe(true);
    expect(server.requests).toHaveLength(1);
  });
});

describe('serial lanes', () => {
  const write = defineOperation({ ...createItem, id: 'items.write', serial: 'writes' });

  it('runs calls of one lane one at a time, in order', async () => {
    let inFlight = 0;
    let most = 0;
    server.use(
      http.post('*/items', async ({ request }) => {
        most = Math.max(most, ++inFlight);
        await delay(20);
        inFlight--;
        return HttpResponse.json({ ok: true, data: { id: 1, ...((await request.json()) as object) } });
      }),
    );
    const client = new TestClient({ baseUrl: server.url });
    const names = ['a', 'b', 'c', 'd'];
    await Promise.all(names.map((name) => client.request(write, { body: { name } })));
    expect(most).toBe(1);
    expect(server.requests.map((r) => (JSON.parse(r.body) as { name: string }).name)).toEqual(names);
  });

  it('a caller aborting while queued leaves at once and its call is never sent; the lane goes on', async () => {
    server.use(
      http.post('*/items', async ({ request }) => {
        await delay(100);
        return HttpResponse.json({ ok: true, data: { id: 1, ...((await request.json()) as object) } });
      }),
    );
    const client = new TestClient({ baseUrl: server.url });
    const first = client.request(write, { body: { name: 'first' } });
    const controller = new AbortController();
    const queued = client.request(write, { body: { name: 'queued' } }, { signal: controller.signal });
    const third = client.request(write, { body: { name: 'third' } });
    const started = Date.now();
    controller.abort();
    await expect(queued).rejects.toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(50);
    await Promise.all([first, third]);
    expect(server.requests.map((r) => (JSON.parse(r.body) as { name: string }).name)).toEqual(['first', 'third']);
  });
});

describe('bodies', () => {
  const upload = defineOperation({
    id: 'files.upload',
    method: 'POST',
    path: '/upload',
    bodyType: 'multipart',
    body: z.looseObject({
      file: uploadSchema({ maxBytes: 64, extensions: ['.txt'] }),
      label: z.string(),
      tags: z.array(z.string()),
    }),
    response: z.looseObject({ received: z.unknown() }),
  });

  it('sends multipart form-data: the file part with its name, type and bytes, text and repeated parts', async () => {
    server.use(
      http.post('*/upload', async ({ request }) => {
        const form = await request.formData();
        const file = form.get('file') as File;
        return HttpResponse.json({
          ok: true,
          data: {
            received: {
              contentType: request.headers.get('content-type')?.split(';')[0],
              name: file.name,
              type: file.type,
              text: await file.text(),
              label: form.get('label'),
              tags: form.getAll('tags'),
            },
          },
        });
      }),
    );
    const client = new TestClient({ baseUrl: server.url });
    const file = await fileFrom(Readable.from([Buffer.from('hello '), Buffer.from('world')]), {
      filename: 'note.txt',
      contentType: 'text/plain',
    });
    const { received } = await client.request(upload, { body: { file, label: 'greeting', tags: ['a', 'b'] } });
    expect(received).toEqual({
      contentType: 'multipart/form-data',
      name: 'note.txt',
      type: 'text/plain',
      text: 'hello world',
      label: 'greeting',
      tags: ['a', 'b'],
    });
  });

  it('refuses a file over the limit or of another type before sending, and fileFrom stops reading a stream at its limit', async () => {
    const client = new TestClient({ baseUrl: server.url });
    const big = await fileFrom(Buffer.alloc(65), { filename: 'big.txt' });
    const exe = await fileFrom(Buffer.from('MZ'), { filename: 'run.exe' });
    const error = (await client
      .request(upload, { body: { file: big, label: 'x', tags: [] } })
      .catch((e: unknown) => e)) as InputValidationError;
    expect(error.issues[0]).toMatchObject({ path: 'body.file', message: 'is 65 bytes; at most 64 bytes is accepted' });
    await expect(client.request(upload, { body: { file: exe, label: 'x', tags: [] } })).rejects.toThrow(
      /must be one of \.txt/,
    );
    let pulled = 0;
    const endless = Readable.from(
      (function* () {
        for (;;) {
          pulled++;
          yield Buffer.alloc(1024);
        }
      })(),
    );
    await expect(fileFrom(endless, { filename: 'x.txt', maxBytes: 4096 })).rejects.toThrow(/more than 4.00 KB/);
    expect(pulled).toBeLessThanOrEqual(6);
    expect(server.requests).toHaveLength(0);
  });

  it('sends a binary body as the file bytes with its content type', async () => {
    const put = defineOperation({
      id: 'files.put',
      method: 'PUT',
      path: '/blob',
      bodyType: 'binary',
      body: uploadSchema(),
    });
    server.use(
      http.put('*/blob', async ({ request }) =>
        HttpResponse.json({
          ok: true,
          data: { type: request.headers.get('content-type'), size: (await request.arrayBuffer()).byteLength },
        }),
      ),
    );
    const bytes = Buffer.from([0, 1, 2, 255]);
    const data = await new TestClient({ baseUrl: server.url }).request(put, {
      body: await fileFrom(bytes, { filename: 'b.bin', contentType: 'application/x-test' }),
    });
    expect(data).toEqual({ type: 'application/x-test', size: 4 });
  });
});

describe('raw access', () => {
  it('asResponse() gives the last answer unparsed, even for a failure, after retries', async () => {
    server.use(
      http.get(
        '*/items/:id',
        () =>
          new HttpResponse('<html>maintenance</html>', {
            status: 503,
            headers: { 'content-type': 'text/html', 'x-request-id': 'r-9' },
          }),
      ),
    );
    const client = new TestClient({ baseUrl: server.url, maxRetries: 1, classify: (f) => ({ ...f, retryAfterMs: 1 }) });
    const raw = await client.request(getItem, { path: { id: '1' } }).asResponse();
    expect(raw.status).toBe(503);
    expect(raw.text()).toBe('<html>maintenance</html>');
    expect(raw.headers['x-request-id']).toBe('r-9');
    expect(server.requests).toHaveLength(2);
    server.resetHandlers();
    const ok = await client.request(getItem, { path: { id: '2' } }).asResponse();
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body.toString('utf8'))).toEqual({ ok: true, data: { id: 2, name: 'n' } });
  });

  it('asResponse() rejects when no answer arrived (bad input: nothing was sent)', async () => {
    const client = new TestClient({ baseUrl: server.url });
    await expect(client.request(getItem, { path: { id: 1 } } as never).asResponse()).rejects.toBeInstanceOf(
      InputValidationError,
    );
  });
});

describe('fan-out listings', () => {
  const byIds = defineOperation({
    id: 'items.byIds',
    method: 'GET',
    path: '/by-ids',
    query: z.looseObject({ ids: z.array(z.string()).min(1), page_token: z.string().optional() }),
    response: z.looseObject({ items: z.array(Item), has_more: z.boolean(), page_token: z.string().optional() }),
    paginate: pageToken(),
    fanOut: { param: 'ids', size: 10 },
  });

  it('lists a long id list in groups, each group page by page, as one listing in order', async () => {
    server.use(
      http.get('*/by-ids', ({ request }) => {
        const url = new URL(request.url);
        const ids = url.searchParams.getAll('ids');
        // Each group answers in two pages of up to 5.
        const second = url.searchParams.get('page_token') === 'p2';
        const slice = second ? ids.slice(5) : ids.slice(0, 5);
        const items = slice.map((id) => ({ id: Number(id), name: `n${id}` }));
        return HttpResponse.json({ ok: true, data: { items, has_more: !second && ids.length > 5, page_token: 'p2' } });
      }),
    );
    const ids = Array.from({ length: 23 }, (_, i) => String(i + 1));
    const items = await new TestClient({ baseUrl: server.url }).paginate(byIds, { query: { ids } }).toArray();
    expect(items.map((i) => i.id)).toEqual(ids.map(Number));
    const groups = server.requests.map((r) => new URL(r.url).searchParams.getAll('ids').length);
    expect(groups).toEqual([10, 10, 10, 10, 3]);
  });
});
