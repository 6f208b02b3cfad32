import { http, type RequestHandler } from 'msw';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { HRError } from '@hr/core';
import type { SandboxServer } from '@hr/core/testing';
import { FAULT_KINDS, faultResponse, type FaultKind, type VendorErrors } from './support/inject.js';
import { mokaUser } from './support/inputs.js';
import { prng } from './support/prng.js';
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

/**
 * `pnpm test:soak`: 20,000 mixed calls (listings walked to the end, reads and writes) against the four
 * fakes with 1 % of requests answered by a random fault. Checked per round of 2,000 calls: every
 * listing complete and in order, no write applied or sent twice without an idempotency token, every
 * failure a typed SDK error; and the heap after a full GC stays flat across rounds.
 */

const TOTAL_CALLS = Number(process.env.SOAK_CALLS ?? 20_000);
const ROUNDS = 10;
const CONCURRENCY = 16;
const FAULT_RATE = 0.01;

const seed = Number(process.env.SOAK_SEED ?? Date.now() % 1_000_000);
const random = prng(seed);

/** What the fault injector did to one request. */
interface Delivery {
  method: string;
  url: URL;
  body: string;
  fault: FaultKind | undefined;
}

/** Answers 1 % of requests with a random fault and records every request with what it got. */
function injectRandomFaults(
  server: SandboxServer,
  handlers: RequestHandler[],
  errors: VendorErrors,
  log: Delivery[],
): void {
  server.use(
    http.all('*', async ({ request }) => {
      const fault = random() < FAULT_RATE ? FAULT_KINDS[Math.floor(random() * FAULT_KINDS.length)]! : undefined;
      const body = request.method === 'GET' ? '' : await request.clone().text();
      log.push({ method: request.method, url: new URL(request.url), body, fault });
      return fault === undefined
        ? undefined
        : faultResponse(fault, request.clone(), handlers, errors, {
            retryAfterSeconds: 0.01,
            slowMs: TIMEOUT_MS + 500,
          });
    }),
  );
}

let moka: MokaRig;
let feishu: FeishuRig;
let comeet: ComeetRig;
let coodesh: CoodeshRig;
const logs = { moka: [] as Delivery[], feishu: [] as Delivery[], comeet: [] as Delivery[], coodesh: [] as Delivery[] };

beforeAll(async () => {
  [moka, feishu, comeet, coodesh] = await Promise.all([startMoka(), startFeishu(), startComeet(), startCoodesh()]);
});
afterAll(async () => {
  await Promise.all([moka, feishu, comeet, coodesh].map((rig) => rig?.close()));
});

/** Puts each fake back to its seed, keeps the injector, and empties the delivery logs. */
function resetRound(): void {
  for (const [rig, log] of [
    [moka, logs.moka],
    [feishu, logs.feishu],
    [comeet, logs.comeet],
    [coodesh, logs.coodesh],
  ] as const) {
    rig.reset();
    log.length = 0;
    injectRandomFaults(rig.server, rig.handlers, rig.errors, log);
  }
  moka.state.seedCandidates(23, 'offer');
  comeet.state.addCandidate({ position_uid: '11.11', first_name: 'Seed', last_name: 'Candidate' }, new Date());
}

/** Generous for a loaded single-threaded process (the fakes run here too); slow faults come later still. */
const TIMEOUT_MS = 1500;
const options = { maxRetries: 3, timeout: TIMEOUT_MS, logLevel: 'off' as const };

it(`${TOTAL_CALLS} mixed calls with ${FAULT_RATE * 100} % injected faults: nothing lost or duplicated, heap flat`, async () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  expect(gc, 'run with --expose-gc (pnpm test:soak)').toBeTypeOf('function');
  const clients = {
    moka: moka.client(options),
    feishu: feishu.client({ ...options, rateLimit: false }),
    comeet: comeet.client(options),
    coodesh: coodesh.client(options),
  };
  const totals = {
    calls: 0,
    requests: 0,
    faults: {} as Record<string, number>,
    failedWrites: 0,
    failedWriteErrors: {} as Record<string, number>,
    lost: 0,
    duplicated: 0,
    listingsChecked: 0,
  };
  const heap: number[] = [];
  const started = Date.now();
  let n = 0;

  for (let round = 0; round < ROUNDS; round++) {
    resetRound();
    const expected = {
      moka: await clients.moka.candidates
        .list({ stage: 'offer', limit: 10 })
        .toArray()
        .then((c) => c.map((x) => x.applicationId)),
      feishu: [...feishu.state.preHires.keys()],
      jobs: coodesh.state.jobs.map((j) => j._id),
      assessments: coodesh.state.assessments.map((a) => a.assessment_id),
    };
    const comeetUid = [...comeet.state.candidates.keys()][0]!;
    const applied = (vendor: keyof typeof logs, marker: string): boolean => {
      if (vendor === 'moka') return moka.state.users.some((u) => u.email === marker);
      if (vendor === 'comeet')
        return [...comeet.state.candidates.values()].some((c) => c.partner_candidate_id === marker);
      if (vendor === 'coodesh') return [...coodesh.state.attempts.values()].some((a) => a.email === marker);
      return [...feishu.state.clientTokens.values()].some(
        (u) => (u.result as { pre_hire?: { worker_id?: string } }).pre_hire?.worker_id === marker,
      );
    };
    const preHireId = expected.feishu[0]!;
    /** When a write may be sent again: never, with the same idempotency token, or after a documented "not applied" 429. */
    type Resend = 'never' | 'sameToken' | 'afterRateLimit';
    const writes: { vendor: keyof typeof logs; marker: string; ok: boolean; resend: Resend }[] = [];

    /** One call of the mix: a listing walked to the end, a read or a write. */
    const call = async (i: number): Promise<void> => {
      const write = async (
        vendor: keyof typeof logs,
        marker: string,
        resend: Resend,
        run: () => PromiseLike<unknown>,
      ) => {
        const ok = await Promise.resolve(run()).then(
          () => true,
          (error: unknown) => {
            expect(HRError.isInstance(error), String(error)).toBe(true);
            const name = (error as Error).name;
            totals.failedWriteErrors[name] = (totals.failedWriteErrors[name] ?? 0) + 1;
            return false;
          },
        );
        writes.push({ vendor, marker, ok, resend });
      };
      const id = `${round}-${i}`;
      switch (i % 10) {
        case 0:
          expect(
            (await clients.moka.candidates.list({ stage: 'offer', limit: 10 }).toArray()).map((c) => c.applicationId),
          ).toEqual(expected.moka);
          totals.listingsChecked++;
          return;
        case 1:
          return write('moka', `soak-${id}@example.com`, 'never', () =>
            clients.moka.users.sync([
              {
                ...mokaUser(i),
                email: `soak-${id}@example.com`,
                phone: `1${String(round * 1e6 + i).padStart(10, '0')}`,
                number: `S${id}`,
              },
            ]),
          );
        case 2:
          expect((await clients.feishu.preHires.list({ page_size: 7 }).toArray()).map((p) => p.id)).toEqual(
            expected.feishu,
          );
          totals.listingsChecked++;
          return;
        case 3:
          // Writes with a client_token: retried with the same token, applied once.
          return write('feishu', `W-${id}`, 'sameToken', () =>
            clients.feishu.preHires.patch(preHireId, {
              onboarding_status: { enum_name: 'preboarding' },
              worker_id: `W-${id}`,
            }),
          );
        case 4:
          expect((await clients.comeet.candidates.retrieve(comeetUid)).uid).toBe(comeetUid);
          return;
        case 5:
          return write('comeet', `partner-${id}`, 'afterRateLimit', () =>
            clients.comeet.candidates.create({
              position_uid: '11.11',
              first_name: 'Soak',
              last_name: 'Test',
              partner_candidate_id: `partner-${id}`,
            }),
          );
        case 6:
          expect(
            (await clients.coodesh.jobs.list({ pageSize: 10 }, { prefetch: 2 }).toArray()).map((j) => j._id),
          ).toEqual(expected.jobs);
          totals.listingsChecked++;
          return;
        case 7:
          expect(
            (await clients.coodesh.ats.assessments.list({ limit: 1 }).toArray()).map((a) => a.assessment_id),
          ).toEqual(expected.assessments);
          totals.listingsChecked++;
          return;
        case 8: {
          const assessment_id = expected.assessments[0]!;
          return write('coodesh', `soak-${id}@example.com`, 'never', () =>
            clients.coodesh.ats.attempts.create({
              name: 'Soak',
              email: `soak-${id}@example.com`,
              user_id: id,
              assessment_id: assessment_id!,
              company_id: 'c',
              job_id: 'j',
              callback_url: 'https://a.io/b',
              webhook_url: 'https://a.io/h',
            }),
          );
        }
        default:
          expect((await clients.moka.candidates.retrieve([expected.moka[0]!])).map((c) => c.applicationId)).toEqual([
            expected.moka[0],
          ]);
      }
    };

    const perRound = Math.ceil(TOTAL_CALLS / ROUNDS);
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < perRound) await call(n + next++);
      }),
    );
    n += perRound;
    totals.calls += perRound;

    // Writes: never sent twice unless the resend is safe, and a write that succeeded is in the fake.
    for (const w of writes) {
      // Quoted, so `W-0-3` does not match `W-0-31`.
      const sends = logs[w.vendor].filter((d) => d.method !== 'GET' && d.body.includes(JSON.stringify(w.marker)));
      const safe =
        sends.length === 1 ||
        (w.resend === 'sameToken' &&
          sends[0]!.url.searchParams.get('client_token') !== null &&
          new Set(sends.map((d) => d.url.searchParams.get('client_token'))).size === 1) ||
        (w.resend === 'afterRateLimit' && sends.slice(0, -1).every((d) => d.fault === 'rateLimited'));
      if (!safe) totals.duplicated++;
      if (w.ok && !applied(w.vendor, w.marker)) totals.lost++;
    }
    // Feishu: each client_token applied at most once (a replayed token answers the first result).
    if (feishu.state.updatesApplied !== feishu.state.clientTokens.size) totals.duplicated++;
    totals.failedWrites += writes.filter((w) => !w.ok).length;
    for (const log of Object.values(logs)) {
      totals.requests += log.length;
      for (const d of log) if (d.fault) totals.faults[d.fault] = (totals.faults[d.fault] ?? 0) + 1;
    }

    resetRound();
    gc!();
    heap.push(process.memoryUsage().heapUsed);
  }

  const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
  const faultCount = Object.values(totals.faults).reduce((a, b) => a + b, 0);
  console.log(
    [
      `soak (seed ${seed}): ${totals.calls} calls, ${totals.requests} requests in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      `  faults injected: ${faultCount} (${Object.entries(totals.faults)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')})`,
      `  listings checked complete and in order: ${totals.listingsChecked}; lost: ${totals.lost}; duplicated: ${totals.duplicated}`,
      `  writes failed after a fault, each sent once with a typed error: ${totals.failedWrites} (${Object.entries(
        totals.failedWriteErrors,
      )
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')})`,
      `  heap after GC per round (MB): ${heap.map(mb).join(', ')}`,
    ].join('\n'),
  );

  expect(totals.lost).toBe(0);
  expect(totals.duplicated).toBe(0);
  expect(faultCount).toBeGreaterThan(totals.requests * FAULT_RATE * 0.5);
  // Flat: after the first two (warm-up) rounds, the heap grows by less than 8 MB over the remaining rounds.
  const settled = heap.slice(2);
  expect(mb(Math.max(...settled) - settled[0]!)).toBeLessThan(8);
});
