import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InputValidationError } from '../src/index.js';
import { defineOperation } from '../src/internal.js';
import { serveHandlers, type SandboxServer } from '../src/testing.js';
import { createItem, getItem, listByCursor, TestClient } from './helpers.js';

let server: SandboxServer;
beforeAll(async () => {
  server = await serveHandlers([
    http.get('*/items/:id', ({ params }) =>
      HttpResponse.json({ ok: true, data: { id: Number(params['id']), name: 'a' } }),
    ),
    http.post('*/items', () => HttpResponse.json({ ok: true, data: { id: 1, name: 'a' } })),
    http.get('*/items', () => HttpResponse.json({ ok: true, data: { data: [{ id: 1, name: 'a' }] } })),
  ]);
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const refusal = async (promise: PromiseLike<unknown>): Promise<InputValidationError> => {
  const error = await Promise.resolve(promise).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputValidationError);
  return error as InputValidationError;
};

describe('per-call options', () => {
  it('refuses a misspelled option before sending, naming the one it probably meant', async () => {
    const client = new TestClient({ baseUrl: server.url });
    const error = await refusal(client.request(getItem, { path: { id: '1' } }, { timeOut: 1 } as never));
    expect(error.issues).toEqual([
      {
        path: 'options.timeOut',
        message: 'is not an option of this call (did you mean `timeout`?)',
        code: 'unknown_option',
      },
    ]);
    expect(error.operation).toBe('items.get');
    expect(error.message).toMatch(/nothing was sent/);
    expect(server.requests).toHaveLength(0);
  });

  it('suggests the option another SDK names differently (`retries` is `maxRetries`)', async () => {
    const client = new TestClient({ baseUrl: server.url });
    const error = await refusal(client.request(createItem, { body: { name: 'a' } }, { retries: 0 } as never));
    expect(error.issues[0]).toMatchObject({
      path: 'options.retries',
      message: 'is not an option of this call (did you mean `maxRetries`?)',
    });
    expect(server.requests).toHaveLength(0);
  });

  it('names every unknown option, without a suggestion when nothing is close', async () => {
    const client = new TestClient({ baseUrl: server.url });
    const error = await refusal(
      client.request(getItem, { path: { id: '1' } }, { colour: 'red', singal: undefined, maxRetry: 1 } as never),
    );
    // An option given as undefined is left alone, like an absent one.
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['options.colour', 'is not an option of this call'],
      ['options.maxRetry', 'is not an option of this call (did you mean `maxRetries`?)'],
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it('knows `prefetch` and `maxPages` on list calls only', async () => {
    const client = new TestClient({ baseUrl: server.url });
    const page = await client.paginate(listByCursor, { query: {} }, { prefetch: 2, maxPages: 5 });
    expect(page.items).toHaveLength(1);
    expect(server.requests).toHaveLength(1);
    server.resetHandlers();

    const error = await refusal(client.request(getItem, { path: { id: '1' } }, { maxPages: 5 } as never));
    expect(error.issues).toEqual([
      { path: 'options.maxPages', message: 'is an option of list calls only', code: 'unknown_option' },
    ]);
    const typo = await refusal(client.paginate(listByCursor, { query: {} }, { prefech: 2 } as never));
    expect(typo.issues[0]!.message).toBe('is not an option of this call (did you mean `prefetch`?)');
    expect(server.requests).toHaveLength(0);
  });

  it('checks the options of a batched write before its first call is sent', async () => {
    const batched = defineOperation({
      id: 'items.createMany',
      method: 'POST',
      path: '/items',
      body: z.array(z.object({ name: z.string() })),
      batch: { size: 1, items: z.object({ name: z.string() }) },
    });
    const client = new TestClient({ baseUrl: server.url });
    const error = await refusal(
      client.requestInBatches(batched, [{ name: 'a' }, { name: 'b' }], { timout: 5 } as never),
    );
    expect(error.issues[0]!.message).toBe('is not an option of this call (did you mean `timeout`?)');
    expect(server.requests).toHaveLength(0);
  });

  it('accepts every documented option', async () => {
    const client = new TestClient({ baseUrl: server.url });
    const controller = new AbortController();
    await client.request(
      getItem,
      { path: { id: '1' } },
      {
        timeout: 5_000,
        signal: controller.signal,
        deadline: 10_000,
        maxRetries: 0,
        headers: { 'x-trace': 'a' },
        maxResponseBytes: 1024,
      },
    );
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.headers['x-trace']).toBe('a');
  });
});
