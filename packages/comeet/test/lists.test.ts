import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, test } from 'vitest';
import { InputValidationError, PaginationError, ResponseValidationError } from '../src/index.js';
import type { ComeetSandboxOptions, ComeetSandboxState } from '../src/testing.js';
import { type Harness, startHarness } from './setup.js';

let h: Harness | undefined;
afterEach(() => h?.close());

async function harness(sandbox: ComeetSandboxOptions = {}): Promise<Harness> {
  h = await startHarness({}, sandbox);
  return h;
}

/** Six candidates in position 11.11, created oldest first. */
function seedCandidates(state: ComeetSandboxState): string[] {
  return Array.from({ length: 6 }, (_, i) => {
    const created = new Date(Date.UTC(2024, 0, 1 + i));
    return state.addCandidate({ position_uid: '11.11', first_name: `C${i}`, last_name: 'Test' }, created).uid;
  });
}

const LOCATIONS = Array.from({ length: 5 }, (_, i) => ({ uid: `01.L${i}`, name: `Office ${i}`, city: `City ${i}` }));
const POSITIONS = Array.from({ length: 6 }, (_, i) => ({
  uid: `${i + 1}0.01`,
  name: `Position ${i}`,
  status: i % 2 === 0 ? 'on hold' : 'open',
}));

describe('every list is read page by page through next_page, in order, losing nothing', () => {
  test('positions: three pages, the status filter (a space sent as %20) and limit repeated by each link', async () => {
    const { client, server } = await harness({
      positions: [...POSITIONS, ...POSITIONS.map((p) => ({ ...p, uid: `9${p.uid}` }))],
    });
    const pages = [];
    for await (const page of client.positions.list({ status: 'on hold', limit: 2 }).pages()) pages.push(page);
    expect(pages.map((p) => p.items.map((position) => position.uid))).toEqual([
      ['10.01', '30.01'],
      ['50.01', '910.01'],
      ['930.01', '950.01'],
    ]);
    expect(pages.map((p) => p.hasNextPage)).toEqual([true, true, false]);
    expect(server.requests.map((r) => r.query)).toEqual([
      { status: 'on hold', limit: '2' },
      { status: 'on hold', limit: '2', page: '2' },
      { status: 'on hold', limit: '2', page: '3' },
    ]);
    expect(new URL(server.requests[0]!.url).search).toBe('?status=on%20hold&limit=2');
  });

  test('candidates: three pages with the filters carried by the links', async () => {
    const { client, server, state } = await harness();
    const uids = seedCandidates(state);
    const listing = client.candidates.list({ status: ['In progress', 'Rejected'], limit: 2 });
    const first = await listing;
    expect(first.items.map((c) => c.uid)).toEqual(uids.slice(0, 2));
    expect(first.data.next_page).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/candidates\?.*page=2/);
    expect((await listing.toArray()).map((c) => c.uid)).toEqual(uids);
    expect(server.requests).toHaveLength(3);
    expect(new URL(server.requests[0]!.url).search).toBe('?limit=2&status=In%20progress%2CRejected');
    expect(server.requests.every((r) => r.query['status'] === 'In progress,Rejected')).toBe(true);
  });

  test('a position’s candidates: three pages from GET /positions/{uid}/candidates', async () => {
    const { client, server, state } = await harness();
    const uids = seedCandidates(state);
    state.addCandidate({ position_uid: '22.22', first_name: 'Other', last_name: 'Position' }, new Date());
    const found = [];
    for await (const candidate of client.positions.listCandidates('11.11', { limit: 2 })) found.push(candidate.uid);
    expect(found).toEqual(uids);
    expect(server.requests.map((r) => `${r.path} ${r.query['page'] ?? '1'}`)).toEqual([
      '/positions/11.11/candidates 1',
      '/positions/11.11/candidates 2',
      '/positions/11.11/candidates 3',
    ]);
  });

  test('locations and openings: three pages each', async () => {
    const { client, server, state } = await harness({ locations: LOCATIONS });
    const locations = [];
    for await (const page of client.locations.list({ limit: 2 }).pages()) locations.push(page.items.map((l) => l.uid));
    expect(locations).toEqual([['01.L0', '01.L1'], ['01.L2', '01.L3'], ['01.L4']]);
    const openings = [];
    for await (const page of client.openings.list({ limit: 1 }).pages()) openings.push(page.items.map((o) => o.uid));
    expect(openings).toEqual([...state.openings.keys()].map((uid) => [uid]));
    expect(openings).toHaveLength(3);
    expect(server.requests.map((r) => r.path)).toEqual([
      '/locations',
      '/locations',
      '/locations',
      '/openings',
      '/openings',
      '/openings',
    ]);
  });

  test('a bare array answer (no paging) is one page holding every item, for every list', async () => {
    const { client, server, state } = await harness({ listShape: 'array', locations: LOCATIONS });
    const uids = seedCandidates(state);
    const positions = await client.positions.list({ limit: 1 });
    expect(positions.hasNextPage).toBe(false);
    expect(positions.items.map((p) => p.uid)).toEqual(['11.11', '22.22', '33.33']);
    expect((await client.candidates.list({ limit: 1 }).toArray()).map((c) => c.uid)).toEqual(uids);
    expect((await client.positions.listCandidates('11.11').toArray()).map((c) => c.uid)).toEqual(uids);
    expect((await client.locations.list().toArray()).map((l) => l.uid)).toEqual(LOCATIONS.map((l) => l.uid));
    expect(await client.openings.list().toArray()).toHaveLength(3);
    expect(server.requests).toHaveLength(5);
  });

  test('a page whose next_page is not a link stops with an error instead of dropping the rest', async () => {
    const { client, server } = await harness();
    server.use(http.get('*/openings', () => HttpResponse.json({ openings: [], next_page: 42 })));
    await expect(client.openings.list().toArray()).rejects.toBeInstanceOf(ResponseValidationError);
    server.use(http.get('*/openings', () => HttpResponse.json({ openings: [], next_page: 'abc' })));
    await expect(client.openings.list().toArray()).rejects.toBeInstanceOf(PaginationError);
  });

  test('limit must be a positive whole number; nothing is sent otherwise', async () => {
    const { client, server } = await harness();
    for (const call of [
      () => client.positions.list({ limit: 0 }),
      () => client.candidates.list({ limit: 2.5 }),
      () => client.locations.list({ limit: -1 }),
      () => client.openings.list({ limit: '10' as never }),
      () => client.positions.listCandidates('11.11', { limit: 0 }),
    ]) {
      const error = await call()
        .toArray()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputValidationError);
      expect((error as InputValidationError).issues[0]!.path).toBe('query.limit');
    }
    expect(server.requests).toHaveLength(0);
  });
});
