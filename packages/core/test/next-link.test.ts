import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PaginationError } from '../src/index.js';
import { defineOperation, nextLink } from '../src/internal.js';
import { serveHandlers, type SandboxServer } from '../src/testing.js';
import { Item, TestClient } from './helpers.js';

let server: SandboxServer;
const ITEMS = Array.from({ length: 7 }, (_, i) => ({ id: i + 1, name: `item ${i + 1}` }));

/** Pages of `limit` items, each linking to the next with an absolute URL that repeats the filters. */
function linkedPages(request: Request) {
  const url = new URL(request.url);
  const limit = Number(url.searchParams.get('limit') ?? '3');
  const cursor = Number(url.searchParams.get('cursor') ?? '0');
  const items = ITEMS.slice(cursor, cursor + limit);
  const next = new URL(url.pathname, 'https://api.vendor.example');
  for (const [name, value] of url.searchParams) if (name !== 'cursor') next.searchParams.append(name, value);
  next.searchParams.set('cursor', String(cursor + limit));
  return { items, next_page: cursor + limit < ITEMS.length ? next.href : null };
}

beforeAll(async () => {
  server = await serveHandlers([
    http.get('*/linked', ({ request }) => HttpResponse.json({ ok: true, data: linkedPages(request) })),
  ]);
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const linked = defineOperation({
  id: 'l.list',
  method: 'GET',
  path: '/linked',
  query: z.looseObject({ limit: z.number().optional(), status: z.string().optional() }),
  response: z.union([
    z.array(Item).transform((items) => ({ items, next_page: null })),
    z.looseObject({ items: z.array(Item), next_page: z.string().nullish() }),
  ]),
  paginate: nextLink({ items: 'items' }),
});

const client = () => new TestClient({ baseUrl: server.url });
const ids = (items: { id: number }[]) => items.map((i) => i.id);

describe('next-page link', () => {
  it('follows the link on the operation’s own host and path, with the link’s query, until it is empty', async () => {
    const items = await client()
      .paginate(linked, { query: { limit: 3, status: 'In progress' } })
      .toArray();
    expect(ids(items)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // The link names another host: the requests still went to this server.
    expect(server.requests.map((r) => r.path)).toEqual(['/linked', '/linked', '/linked']);
    expect(server.requests.map((r) => r.query)).toEqual([
      { limit: '3', status: 'In progress' },
      { limit: '3', status: 'In progress', cursor: '3' },
      { limit: '3', status: 'In progress', cursor: '6' },
    ]);
    expect(server.requests.every((r) => r.headers['authorization']?.startsWith('Basic '))).toBe(true);
  });

  it('drops the parameters of the previous request that the link does not repeat', async () => {
    server.use(
      http.get('*/linked', ({ request }) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        return HttpResponse.json({
          ok: true,
          data: cursor ? { items: ITEMS.slice(3) } : { items: ITEMS.slice(0, 3), next_page: '/linked?cursor=x' },
        });
      }),
    );
    expect(
      ids(
        await client()
          .paginate(linked, { query: { limit: 3 } })
          .toArray(),
      ),
    ).toEqual(ids(ITEMS));
    expect(server.requests.map((r) => r.query)).toEqual([{ limit: '3' }, { cursor: 'x' }]);
  });

  it('a bare list is the whole listing', async () => {
    server.use(http.get('*/linked', () => HttpResponse.json({ ok: true, data: ITEMS })));
    const list = client().paginate(linked, { query: {} });
    expect((await list).hasNextPage).toBe(false);
    expect(ids(await list.toArray())).toEqual(ids(ITEMS));
    expect(server.requests).toHaveLength(1);
  });

  it('a next-page value that is not a link is an error that does not repeat the value', async () => {
    server.use(
      http.get('*/linked', () =>
        HttpResponse.json({ ok: true, data: { items: ITEMS.slice(0, 2), next_page: 'opaque-secret-cursor' } }),
      ),
    );
    const error = await client()
      .paginate(linked, { query: {} })
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toMatch(/"next_page" is not a link/);
    expect((error as Error).message).not.toContain('opaque-secret-cursor');
  });

  it('a link that leads back to a page already fetched stops with an error instead of looping', async () => {
    server.use(
      http.get('*/linked', () =>
        HttpResponse.json({ ok: true, data: { items: ITEMS.slice(0, 2), next_page: '?cursor=same' } }),
      ),
    );
    await expect(client().paginate(linked, { query: {} }).toArray()).rejects.toThrow(/same cursor twice/);
    expect(server.requests).toHaveLength(2);
  });
});
