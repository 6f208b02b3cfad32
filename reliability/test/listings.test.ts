import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CONNECTION_FAULTS, FAULT_KINDS, TIMEOUT_MS, injectFaults, type FaultKind } from './support/inject.js';
import { type CoodeshRig, type FeishuRig, type MokaRig, startCoodesh, startFeishu, startMoka } from './support/rigs.js';

/**
 * Listings under faults injected on random requests (so on random pages, bursts included): every
 * item arrives exactly once and in order, and each fault costs exactly one extra request.
 */

const cheap = FAULT_KINDS.filter((k) => !CONNECTION_FAULTS.includes(k));
/** Connection faults cost a backoff (about 0.5 s) each, so they are drawn less often. */
const faultKind: fc.Arbitrary<FaultKind> = fc.oneof(
  { arbitrary: fc.constantFrom(...cheap), weight: 4 },
  { arbitrary: fc.constantFrom(...CONNECTION_FAULTS), weight: 1 },
);

/** Up to 4 faults on the first `requests` list requests (several on consecutive requests make a burst). */
const faultPlan = (requests: number) =>
  fc
    .uniqueArray(fc.record({ at: fc.nat({ max: requests - 1 }), kind: faultKind }), {
      maxLength: 4,
      selector: (f) => f.at,
    })
    .map((faults) => new Map(faults.map((f) => [f.at, f.kind])));

const RUNS = { numRuns: 10 };
const RETRYING = { maxRetries: 4, timeout: TIMEOUT_MS };

async function ids<T>(items: AsyncIterable<T>, id: (item: T) => unknown): Promise<string[]> {
  const out: string[] = [];
  for await (const item of items) out.push(String(id(item)));
  return out;
}

type AnyRig = MokaRig | FeishuRig | CoodeshRig;

/** Checks one listing under a random fault plan against the same listing without faults. */
async function checkListing(
  rig: AnyRig,
  isListRequest: (method: string, url: URL) => boolean,
  plan: Map<number, FaultKind>,
  list: () => Promise<string[]>,
  expected: string[],
): Promise<void> {
  rig.server.resetHandlers();
  const { injected } = injectFaults(rig.server, rig.handlers, rig.errors, (_r, i) => plan.get(i), {
    matches: isListRequest,
    retryAfterSeconds: 0.01,
  });
  const got = await list();
  expect(got).toEqual(expected);
  const listRequests = rig.server.requests.filter((r) => isListRequest(r.method, new URL(r.url))).length;
  expect(listRequests).toBe(
    rig.server.requests.length - rig.server.requests.filter((r) => !isListRequest(r.method, new URL(r.url))).length,
  );
  // Each page was fetched once, plus one request per injected fault.
  expect(listRequests - injected.length).toBe(Math.ceil(expected.length / 5) + (extraPages.get(rig) ?? 0));
}
/** Listings that end with an empty page (Moka's ascending pull) fetch one page more than their items fill. */
const extraPages = new Map<AnyRig, number>();

describe('moka candidates', () => {
  let rig: MokaRig;
  beforeAll(async () => {
    rig = await startMoka();
    rig.state.seedCandidates(23, 'offer');
  });
  beforeEach(() => rig.server.resetHandlers());
  afterAll(() => rig.close());
  const isList = (method: string, url: URL) => method === 'GET' && url.pathname.endsWith('/data/ehrApplications');

  it('list (next cursor, newest first): every candidate once, in order', async () => {
    const expected = await ids(rig.client().candidates.list({ stage: 'offer', limit: 5 }), (c) => c.applicationId);
    expect(expected).toHaveLength(23);
    await fc.assert(
      fc.asyncProperty(faultPlan(9), (plan) =>
        checkListing(
          rig,
          isList,
          plan,
          () => ids(rig.client(RETRYING).candidates.list({ stage: 'offer', limit: 5 }), (c) => c.applicationId),
          expected,
        ),
      ),
      RUNS,
    );
  });

  it('pull (ascending, ends on an empty page): every candidate once, in order', async () => {
    const pull = async (client = rig.client(RETRYING)) =>
      (await client.candidates.pull({ stage: 'offer', limit: 5 }).collect()).candidates.map((c) =>
        String(c.applicationId),
      );
    const expected = await pull(rig.client());
    expect(expected).toHaveLength(23);
    extraPages.set(rig, 1);
    await fc.assert(
      fc.asyncProperty(faultPlan(9), (plan) => checkListing(rig, isList, plan, pull, expected)),
      RUNS,
    );
  });
});

describe('feishu pre-hires', () => {
  let rig: FeishuRig;
  beforeAll(async () => {
    rig = await startFeishu();
  });
  afterAll(() => rig.close());
  const isList = (method: string, url: URL) => method === 'GET' && url.pathname === '/open-apis/corehr/v1/pre_hires';

  it('list (page_token + has_more): every pre-hire once, in order', async () => {
    const expected = [...rig.state.preHires.keys()];
    await fc.assert(
      fc.asyncProperty(faultPlan(10), (plan) =>
        checkListing(
          rig,
          isList,
          plan,
          () => ids(rig.client(RETRYING).preHires.list({ page_size: 5 }), (p) => p.id),
          expected,
        ),
      ),
      RUNS,
    );
  });
});

describe('coodesh', () => {
  let rig: CoodeshRig;
  beforeAll(async () => {
    rig = await startCoodesh({ jobCount: 42, assessmentCount: 17, atsEnvelope: 'object' });
  });
  beforeEach(() => rig.server.resetHandlers());
  afterAll(() => rig.close());

  it('jobs.list (page numbers, 3 pages prefetched at once): every job once, in order', async () => {
    const isList = (method: string, url: URL) => method === 'GET' && url.pathname === '/v2/jobs';
    const expected = rig.state.jobs.map((j) => String(j._id));
    await fc.assert(
      fc.asyncProperty(faultPlan(12), (plan) =>
        checkListing(
          rig,
          isList,
          plan,
          () => ids(rig.client(RETRYING).jobs.list({ pageSize: 5 }, { prefetch: 3 }), (j) => j._id),
          expected,
        ),
      ),
      RUNS,
    );
  });

  it('ats.assessments.list (offset / total): every assessment once, in order', async () => {
    const isList = (method: string, url: URL) => method === 'GET' && url.pathname === '/assessments/ats';
    const expected = rig.state.assessments.map((a) => String(a.assessment_id));
    await fc.assert(
      fc.asyncProperty(faultPlan(6), (plan) =>
        checkListing(
          rig,
          isList,
          plan,
          () => ids(rig.client(RETRYING).ats.assessments.list({ limit: 5 }), (a) => a.assessment_id),
          expected,
        ),
      ),
      RUNS,
    );
  });
});
