import { beforeEach, describe, expect, it } from 'vitest';
import type { RawResponse, WithResponse } from '@hr/core';
import { type ComeetRig, type CoodeshRig, type FeishuRig, type MokaRig, useEveryRig } from './support/rigs.js';

/**
 * The README promises "every call returns a promise with withResponse()". It held for single calls
 * only: list calls, batched writes and the reads built on them (Moka's `candidates.retrieve`, which
 * gathers every page) answered `withResponse is not a function`. Every public call now offers both:
 * a list gives the first page's response, a gathered read its first page's, a batched write its last
 * call's (the one that completed the write).
 */

let moka: MokaRig;
let feishu: FeishuRig;
let comeet: ComeetRig;
let coodesh: CoodeshRig;
useEveryRig((rigs) => ({ moka, feishu, comeet, coodesh } = rigs));
beforeEach(() => moka.state.seedCandidates(45, 'offer'));

/** What a call offers: the data, `withResponse()` and `asResponse()`, each a promise. */
interface Call<T> extends PromiseLike<T> {
  withResponse(): Promise<WithResponse<T>>;
  asResponse(): Promise<RawResponse>;
}

async function expectResponseFacts<T>(call: () => Call<T>, path: RegExp, server: { requests: { path: string }[] }) {
  const { data, response } = await call().withResponse();
  expect(data).toBeDefined();
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toMatch(/json/);
  const raw = await call().asResponse();
  expect(raw.status).toBe(200);
  expect(() => JSON.parse(raw.text())).not.toThrow();
  expect(server.requests.some((r) => path.test(r.path))).toBe(true);
  return { data, raw };
}

describe('list calls: the first page and its response', () => {
  it('moka candidates.list', async () => {
    const { data, raw } = await expectResponseFacts(
      () => moka.client().candidates.list({ stage: 'offer' }),
      /ehrApplications/,
      moka.server,
    );
    expect(data.items).toHaveLength(20);
    expect(data.hasNextPage).toBe(true);
    expect((JSON.parse(raw.text()) as { data: unknown[] }).data).toHaveLength(20);
  });

  it('feishu preHires.list carries the request id (x-tt-logid)', async () => {
    const { response, data } = await feishu.client().preHires.list({ page_size: 1 }).withResponse();
    expect(data.items).toHaveLength(1);
    expect(response.requestId).toBeTruthy();
  });

  it('feishu preHires.query and preHires.search (POST listings)', async () => {
    await expectResponseFacts(() => feishu.client().preHires.query({}), /pre_hires\/query/, feishu.server);
    await expectResponseFacts(() => feishu.client().preHires.search({}), /pre_hires\/search/, feishu.server);
  });

  it('comeet candidates.list and positions.list', async () => {
    await expectResponseFacts(() => comeet.client().candidates.list(), /candidates/, comeet.server);
    await expectResponseFacts(() => comeet.client().positions.list(), /positions/, comeet.server);
  });

  it("toArray() on any listing: every item, with the first page's response", async () => {
    const { data, response } = await moka.client().candidates.list({ stage: 'offer' }).toArray().withResponse();
    expect(data).toHaveLength(45);
    expect(response.status).toBe(200);
  });

  it('coodesh jobs.list', async () => {
    await expectResponseFacts(() => coodesh.client().jobs.list(), /jobs/, coodesh.server);
  });

  it('iteration still works after withResponse, and the first page is fetched once', async () => {
    const listing = moka.client().candidates.list({ stage: 'offer' });
    const { data } = await listing.withResponse();
    let count = 0;
    for await (const _candidate of listing) count++;
    expect(count).toBe(45);
    expect(data.items).toHaveLength(20);
    expect(moka.server.requests.filter((r) => r.path.includes('ehrApplications'))).toHaveLength(3);
  });

  it('a refused list input rejects withResponse and asResponse alike', async () => {
    const listing = moka.client().candidates.list({} as never);
    await expect(listing.withResponse()).rejects.toMatchObject({ name: 'InputValidationError' });
    await expect(listing.asResponse()).rejects.toMatchObject({ name: 'InputValidationError' });
  });
});

describe('reads that gather pages, and batched writes', () => {
  it("moka candidates.retrieve(...).withResponse() (it threw 'withResponse is not a function')", async () => {
    const ids = moka.state.candidates.slice(0, 3).map((c) => c.record.applicationId);
    const { data, response } = await moka.client().candidates.retrieve(ids).withResponse();
    expect(data).toHaveLength(3);
    expect(response.status).toBe(200);
    expect((await moka.client().candidates.retrieve(ids).asResponse()).status).toBe(200);
  });

  it('moka departments.list', async () => {
    const { data, response } = await moka.client().departments.list().withResponse();
    expect(Array.isArray(data)).toBe(true);
    expect(response.status).toBe(200);
  });

  it("moka users.sync of 150 users: the last call's response", async () => {
    const users = Array.from({ length: 150 }, (_, i) => ({
      email: `user${i}@example.com`,
      name: `User ${i}`,
      phone: `138${String(i).padStart(8, '0')}`,
      role: 30 as const,
      departmentCode: [],
      superiorEmail: '',
      deactivated: 0 as const,
      thirdPartyId: '',
    }));
    const { data, response } = await moka.client().users.sync(users).withResponse();
    expect(data).toEqual({ synced: 150, batches: 2 });
    expect(response.status).toBe(200);
    const raw = await moka.client().users.sync(users.slice(0, 1)).asResponse();
    expect(JSON.parse(raw.text())).toMatchObject({ success: true });
  });

  it('moka users.v2.sync', async () => {
    const { response } = await moka
      .client()
      .users.v2.sync([
        {
          email: 'v2user@example.com',
          name: 'V2 User',
          phone: '13900000000',
          role: 30,
          departmentCode: [],
          superiorEmail: '',
          deactivated: 0,
          thirdPartyId: '',
          uniqueType: 'email',
          roleId: 1,
        } as never,
      ])
      .withResponse();
    expect(response.status).toBe(200);
    const raw = await moka
      .client()
      .users.v2.sync([])
      .asResponse()
      .catch((error: unknown) => error);
    // An input refused before sending has no answer: asResponse rejects with the refusal.
    expect((raw as Error).name).toBe('InputValidationError');
  });
});
