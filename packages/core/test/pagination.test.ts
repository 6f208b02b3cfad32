import { http, HttpResponse, delay } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InputValidationError, PaginationError, ServerError } from '../src/index.js';
import { defineOperation, nextCursor, offsetLimit, pageNumber, pageToken } from '../src/internal.js';
import { serveHandlers, type SandboxServer } from '../src/testing.js';
import { Item, listByCursor, TestClient } from './helpers.js';

let server: SandboxServer;
const ITEMS = Array.from({ length: 45 }, (_, i) => ({ id: i + 1, name: `item ${i + 1}` }));
const PER_PAGE = 10;
const pageOf = (n: number) => ITEMS.slice((n - 1) * PER_PAGE, n * PER_PAGE);
const TOTAL_PAGES = Math.ceil(ITEMS.length / PER_PAGE);

beforeAll(async () => {
  server = await serveHandlers([
    // next cursor: the cursor is the 1-based page number, absent on the last page
    http.get('*/items', ({ request }) => {
      const page = Number(new URL(request.url).searchParams.get('next') ?? '1');
      return HttpResponse.json({
        ok: true,
        data: { data: pageOf(page), ...(page < TOTAL_PAGES ? { next: String(page + 1) } : {}) },
      });
    }),
    // page_token + has_more, with an empty page in the middle
    http.get('*/tokens', ({ request }) => {
      const token = new URL(request.url).searchParams.get('page_token');
      if (!token)
        return HttpResponse.json({ ok: true, data: { items: pageOf(1), has_more: true, page_token: 't-empty' } });
      if (token === 't-empty')
        return HttpResponse.json({ ok: true, data: { items: [], has_more: true, page_token: 't-2' } });
      return HttpResponse.json({ ok: true, data: { items: pageOf(2), has_more: false } });
    }),
    // page + totalPages, with latency so prefetch matters
    http.get('*/pages', async ({ request }) => {
      const page = Number(new URL(request.url).searchParams.get('page') ?? '1');
      await delay(30);
      return HttpResponse.json({
        ok: true,
        data: { docs: pageOf(page), page, totalPages: TOTAL_PAGES, totalDocs: ITEMS.length, limit: PER_PAGE },
      });
    }),
    // offset + total + limit
    http.get('*/offsets', ({ request }) => {
      const offset = Number(new URL(request.url).searchParams.get('offset') ?? '0');
      return HttpResponse.json({
        ok: true,
        data: { payload: ITEMS.slice(offset, offset + PER_PAGE), offset, total: ITEMS.length, limit: PER_PAGE },
      });
    }),
  ]);
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const byToken = defineOperation({
  id: 't.list',
  method: 'GET',
  path: '/tokens',
  query: z.object({ page_token: z.string().optional() }),
  response: z.looseObject({ items: z.array(Item) }),
  paginate: pageToken(),
});
const byPage = defineOperation({
  id: 'p.list',
  method: 'GET',
  path: '/pages',
  query: z.object({ page: z.number().optional() }),
  response: z.looseObject({ docs: z.array(Item) }),
  paginate: pageNumber(),
});
const byOffset = defineOperation({
  id: 'o.list',
  method: 'GET',
  path: '/offsets',
  response: z.looseObject({ payload: z.array(Item) }),
  paginate: offsetLimit(),
});

const client = () => new TestClient({ baseUrl: server.url });
const ids = (items: { id: number }[]) => items.map((i) => i.id);
const ALL_IDS = ITEMS.map((i) => i.id);

describe('pagination', () => {
  it('next cursor: awaits the first page, iterates every item, fetches each page once', async () => {
    const list = client().paginate(listByCursor, { query: { limit: 10 } });
    const first = await list;
    expect(ids(first.items)).toEqual(ids(pageOf(1)));
    expect(first.nextQuery).toEqual({ next: '2' });
    const all = [];
    for await (const item of list) all.push(item);
    expect(ids(all)).toEqual(ALL_IDS);
    expect(server.requests.map((r) => r.query['next'] ?? '1')).toEqual(['1', '2', '3', '4', '5']);
    expect(server.requests.every((r) => r.query['limit'] === '10')).toBe(true);
  });

  it('next cursor: an empty page ends the listing only when stopOnEmptyPage says so for that query', async () => {
    // This endpoint always returns a cursor; past the data its pages are empty.
    server.use(
      http.get('*/always', ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('next') ?? '1');
        return HttpResponse.json({
          ok: true,
          data: { data: page <= TOTAL_PAGES ? pageOf(page) : [], next: String(page + 1) },
        });
      }),
    );
    const always = defineOperation({
      id: 'a.list',
      method: 'GET',
      path: '/always',
      query: z.object({ order: z.enum(['ASC', 'DESC']) }),
      response: z.looseObject({ data: z.array(Item) }),
      paginate: nextCursor({ stopOnEmptyPage: (query) => query['order'] === 'ASC' }),
    });
    expect(
      ids(
        await client()
          .paginate(always, { query: { order: 'ASC' } })
          .toArray(),
      ),
    ).toEqual(ALL_IDS);
    expect(server.requests).toHaveLength(TOTAL_PAGES + 1);
    server.requests.length = 0;
    // Without the stop, the listing keeps following the cursor through empty pages (here up to maxPages).
    await expect(
      client()
        .paginate(always, { query: { order: 'DESC' } }, { maxPages: 8 })
        .toArray(),
    ).rejects.toThrow(/maxPages \(8\)/);
    expect(server.requests).toHaveLength(8);
  });

  it('page_token: passes through an empty page while has_more is true', async () => {
    const items = await client().paginate(byToken, { query: {} }).toArray();
    expect(ids(items)).toEqual(ids([...pageOf(1), ...pageOf(2)]));
    expect(server.requests.map((r) => r.query['page_token'] ?? null)).toEqual([null, 't-empty', 't-2']);
  });

  it('page_token: has_more without a token is an error, never a silent stop', async () => {
    server.use(http.get('*/tokens', () => HttpResponse.json({ ok: true, data: { items: pageOf(1), has_more: true } })));
    const list = client().paginate(byToken, { query: {} });
    await expect(list.toArray()).rejects.toBeInstanceOf(PaginationError);
  });

  it('page number: prefetches later pages with bounded concurrency and yields them in order', async () => {
    let inflight = 0;
    let peak = 0;
    server.use(
      http.get('*/pages', async ({ request }) => {
        inflight++;
        peak = Math.max(peak, inflight);
        const page = Number(new URL(request.url).searchParams.get('page') ?? '1');
        await delay(page === 2 ? 120 : 20); // page 2 is the slowest: order must still hold
        inflight--;
        return HttpResponse.json({ ok: true, data: { docs: pageOf(page), page, totalPages: TOTAL_PAGES } });
      }),
    );
    const items = await client().paginate(byPage, { query: {} }, { prefetch: 3 }).toArray();
    expect(ids(items)).toEqual(ALL_IDS);
    expect(peak).toBe(3);
    expect(server.requests.map((r) => r.query['page'] ?? '1').sort()).toEqual(['1', '2', '3', '4', '5']);
  });

  it('page number without prefetch goes one page at a time', async () => {
    const items = await client().paginate(byPage, { query: {} }).toArray();
    expect(ids(items)).toEqual(ALL_IDS);
    expect(server.requests.map((r) => r.query['page'] ?? '1')).toEqual(['1', '2', '3', '4', '5']);
  });

  it('offset + total + limit, sequentially and prefetched', async () => {
    expect(ids(await client().paginate(byOffset, {}).toArray())).toEqual(ALL_IDS);
    expect(server.requests.map((r) => r.query['offset'] ?? '0')).toEqual(['0', '10', '20', '30', '40']);
    expect(ids(await client().paginate(byOffset, {}, { prefetch: 4 }).toArray())).toEqual(ALL_IDS);
  });

  it('stops fetching when the loop breaks early, and does not refetch the first page', async () => {
    const list = client().paginate(listByCursor, { query: {} });
    await list;
    const seen = [];
    for await (const item of list) {
      seen.push(item);
      if (seen.length === 12) break;
    }
    expect(server.requests.map((r) => r.query['next'] ?? '1')).toEqual(['1', '2']);
  });

  it('an early break during prefetch aborts the pages in flight without unhandled rejections', async () => {
    const list = client().paginate(byPage, { query: {} }, { prefetch: 4 });
    for await (const page of list.pages()) {
      expect(page.items.length).toBeGreaterThan(0);
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(server.requests.length).toBeLessThanOrEqual(5);
  });

  it('detects a repeated cursor instead of looping forever', async () => {
    server.use(http.get('*/items', () => HttpResponse.json({ ok: true, data: { data: pageOf(1), next: 'same' } })));
    await expect(client().paginate(listByCursor, { query: {} }).toArray()).rejects.toThrow(/same cursor twice/);
    // page 1 -> cursor "same" -> page 2 -> cursor "same" again: stop before a third request
    expect(server.requests).toHaveLength(2);
  });

  it('stops at maxPages with an error rather than truncating silently', async () => {
    await expect(client().paginate(listByCursor, { query: {} }, { maxPages: 2 }).toArray()).rejects.toThrow(
      /maxPages \(2\)/,
    );
  });

  it('surfaces a failing later page as an error (never a silent stop)', async () => {
    server.use(
      http.get('*/items', ({ request }) =>
        new URL(request.url).searchParams.get('next') === '3'
          ? HttpResponse.json(
              { ok: false, error: { message: 'boom' } },
              { status: 500, headers: { 'retry-after': '0' } },
            )
          : HttpResponse.json({
              ok: true,
              data: { data: pageOf(1), next: String(Number(new URL(request.url).searchParams.get('next') ?? '1') + 1) },
            }),
      ),
    );
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const item of client().paginate(listByCursor, { query: {} })) seen.push(item);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(seen).toHaveLength(20);
  });

  it('reports invalid list input as a rejection when consumed, sending nothing', async () => {
    const list = client().paginate(listByCursor, { query: { limit: 50 } });
    await expect(list).rejects.toBeInstanceOf(InputValidationError);
    await expect(list.toArray()).rejects.toThrow(/query\.limit/);
    expect(server.requests).toHaveLength(0);
  });
});
