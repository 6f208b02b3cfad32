import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AbortError } from '@hr/core';
import { mokaUser } from './support/inputs.js';
import {
  type ComeetRig,
  type CoodeshRig,
  type FeishuRig,
  type MokaRig,
  startComeet,
  startCoodesh,
  startFeishu,
  startMoka,
} from './support/rigs.js';
import { busiestWindow } from './support/windows.js';

const TOKEN_PATH = '/open-apis/auth/v3/tenant_access_token/internal';
const LIST_PATH = '/open-apis/corehr/v1/pre_hires';
const times = (requests: { receivedAt: number }[]) => requests.map((r) => r.receivedAt);

describe('feishu: one tenant token for many concurrent callers', () => {
  let rig: FeishuRig;
  beforeAll(async () => {
    rig = await startFeishu();
  });
  afterEach(() => rig.reset());
  afterAll(() => rig.close());

  it('200 concurrent calls on a cold client make exactly one token request', async () => {
    const client = rig.client({ rateLimit: false });
    const pages = await Promise.all(Array.from({ length: 200 }, () => client.preHires.list({ page_size: 1 })));
    expect(pages.every((p) => p.items.length === 1)).toBe(true);
    expect(rig.server.requests.filter((r) => r.path === TOKEN_PATH)).toHaveLength(1);
    expect(rig.state.tokenFetches).toBe(1);
    expect(
      new Set(rig.server.requests.filter((r) => r.path === LIST_PATH).map((r) => r.headers['authorization'])).size,
    ).toBe(1);
  });

  it('200 concurrent calls whose token was revoked refresh it once and each replay once', async () => {
    const client = rig.client({ rateLimit: false });
    await client.preHires.list({ page_size: 1 });
    rig.state.revokeTokens();
    const pages = await Promise.all(Array.from({ length: 200 }, () => client.preHires.list({ page_size: 1 })));
    expect(pages).toHaveLength(200);
    expect(rig.state.tokenFetches).toBe(2);
    // The warm-up call, 200 refused calls and 200 replays.
    expect(rig.server.requests.filter((r) => r.path === LIST_PATH)).toHaveLength(401);
  });
});

describe('comeet: one JWT for many concurrent callers', () => {
  let rig: ComeetRig;
  beforeAll(async () => {
    rig = await startComeet();
  });
  afterEach(() => rig.reset());
  afterAll(() => rig.close());

  it('200 concurrent calls on a cold client mint the JWT once', async () => {
    const uid = rig.state.addCandidate({ position_uid: '11.11', first_name: 'A', last_name: 'B' }, new Date()).uid;
    // The clock moves one second per reading, so every mint has its own iat: distinct tokens count the mints.
    let tick = 0;
    const client = rig.client({ now: () => Date.now() + 1000 * tick++ });
    const read = await Promise.all(Array.from({ length: 200 }, () => client.candidates.retrieve(uid)));
    expect(read.every((c) => c.uid === uid)).toBe(true);
    expect(new Set(rig.server.requests.map((r) => r.headers['authorization'])).size).toBe(1);
  });
});

describe('client-side rate limits hold at the vendor', () => {
  it('feishu preHires.list (50/s, 1000/min): 120 concurrent calls, at most 50 in any second, none refused', async () => {
    const rig = await startFeishu({ enforceRateLimits: true });
    try {
      const client = rig.client();
      await Promise.all(Array.from({ length: 120 }, () => client.preHires.list({ page_size: 1 })));
      const arrivals = times(rig.server.requests.filter((r) => r.path === LIST_PATH));
      expect(arrivals).toHaveLength(120);
      expect(busiestWindow(arrivals, 1000)).toBeLessThanOrEqual(50);
      expect(busiestWindow(arrivals, 1000)).toBeGreaterThanOrEqual(40); // and the limit is used, not undershot
    } finally {
      await rig.close();
    }
  });

  it('feishu preHires.patch (100/min): of 101 concurrent calls, 100 are sent and the 101st waits for the window', async () => {
    const rig = await startFeishu({ enforceRateLimits: true });
    try {
      const client = rig.client();
      const id = [...rig.state.preHires.keys()][0]!;
      const controller = new AbortController();
      const outcomes = Array.from({ length: 101 }, (_, i) =>
        client.preHires
          .patch(
            id,
            { onboarding_status: { enum_name: 'preboarding' }, worker_id: `W${i}` },
            { signal: controller.signal },
          )
          .then(
            () => 'applied',
            (error: unknown) => (AbortError.isInstance(error) ? 'aborted' : error),
          ),
      );
      const patches = () => rig.server.requests.filter((r) => r.method === 'PATCH').length;
      while (patches() < 100) await new Promise((resolve) => setTimeout(resolve, 10));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(patches()).toBe(100);
      controller.abort();
      const settled = await Promise.all(outcomes);
      expect(settled.filter((o) => o === 'applied')).toHaveLength(100);
      expect(settled.filter((o) => o === 'aborted')).toHaveLength(1);
      expect(rig.state.updatesApplied).toBe(100);
    } finally {
      await rig.close();
    }
  });

  const limits = { '*': ['10/200ms'] };
  /** Sends 60 concurrent calls through one client (limits are per client) and returns the arrival times. */
  async function arrivalsOf<R extends MokaRig | ComeetRig | CoodeshRig>(
    start: () => Promise<R>,
    call: (client: ReturnType<R['client']>, i: number) => PromiseLike<unknown>,
  ) {
    const rig = await start();
    try {
      const client = rig.client({ rateLimit: { limits } }) as ReturnType<R['client']>;
      await Promise.all(Array.from({ length: 60 }, (_, i) => call(client, i)));
      return times(rig.server.requests);
    } finally {
      await rig.close();
    }
  }
  it.each([
    ['moka users.sync', () => arrivalsOf(startMoka, (client, i) => client.users.sync([mokaUser(i)]))],
    [
      'comeet candidates.create',
      () =>
        arrivalsOf(startComeet, (client, i) =>
          client.candidates.create({ position_uid: '11.11', first_name: 'A', last_name: `B${i}` }),
        ),
    ],
    ['coodesh jobs.list', () => arrivalsOf(startCoodesh, (client) => client.jobs.list({ pageSize: 1 }))],
  ])(
    '%s with a client-wide override of 10 per 200 ms: 60 concurrent calls, at most 10 in any 200 ms',
    async (_name, run) => {
      const arrivals = await run();
      expect(arrivals).toHaveLength(60);
      expect(busiestWindow(arrivals, 200)).toBeLessThanOrEqual(10);
    },
  );
});
