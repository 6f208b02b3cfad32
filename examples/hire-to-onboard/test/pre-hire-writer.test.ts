import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { RepeatedOutBizId } from '@hr/feishu-corehr/testing';
import type { MappingResult } from '../mapping/types.js';
import { hireKey, outBizIdFor } from '../sync/idempotency.js';
import { type Harness, TEST_TIMINGS, startHarness } from './harness.js';

let h: Harness | undefined;
afterEach(() => h?.close());

const mapped = ({ phone, email }: { phone?: string; email?: string } = {}): MappingResult => ({
  body: {
    basic_info: {
      name: { full_name: 'Ada Lovelace' },
      ...(phone ? { phone_number: phone, international_area_code: '86_china' } : {}),
      ...(email ? { email } : {}),
    },
    offer_info: { onboarding_date: '2026-03-02', department_id: '7147562782945478177' },
  },
  missing: [],
  unmapped: [],
});
const ada = { phone: '13800001234', email: 'ada@example.com' };
const KEY = hireKey('comeet', '19E.98');
const OUT_BIZ_ID = outBizIdFor('comeet', '19E.98');

const BEHAVIOURS: RepeatedOutBizId[] = ['return-existing', 'refuse', 'duplicate'];

test('a first create refused for its data (duplicate phone, 1161029) is failed: nothing was created', async () => {
  h = await startHarness();
  await h.clients.feishu.preHires.create({ ...mapped(ada).body!, out_biz_id: 'someone-else' });

  const outcome = await h.service.intake.take('moka', '42', mapped(ada));

  expect(outcome).toMatchObject({ kind: 'failed', error: expect.stringContaining('1161029') });
  expect(h.sandboxes.feishu.state.createsApplied).toBe(1); // only the other person
  expect(await h.store.getHire(hireKey('moka', '42'))).toMatchObject({ state: 'failed', body: undefined, sends: 1 });
  expect(await h.service.recover()).toBe(0); // a refusal is not resent at start
});

describe.each(BEHAVIOURS)('Feishu answering a repeated out_biz_id with "%s"', (repeatedOutBizId) => {
  test('a create applied whose answer was lost (500) is found by search, not sent again', async () => {
    h = await startHarness({ feishuSandbox: { repeatedOutBizId, searchLagMs: 200 } });
    h.sandboxes.feishu.state.failNextCreates('applied');

    expect(await h.service.intake.take('comeet', '19E.98', mapped(ada))).toMatchObject({ kind: 'later' });
    expect(await h.store.getHire(KEY)).toMatchObject({ state: 'pending', sends: 1, body: mapped(ada).body });
    await h.service.idle(); // the step runs again once the create window and the search lag have passed

    const [orphan] = h.sandboxes.feishu.state.preHiresCreatedWith(OUT_BIZ_ID);
    expect(await h.store.getHire(KEY)).toMatchObject({ state: 'created', preHireId: orphan, via: 'lookup' });
    expect(h.createRequests()).toHaveLength(1);
    expect(h.sandboxes.feishu.state.createsApplied).toBe(1);
    expect(h.log.text()).toContain(`found pre-hire ${orphan} in Feishu (same phone, email, name)`);
    expect(await h.service.metrics.text()).toContain('hire_to_onboard_hires_created_total{via="lookup"} 1');
  });

  test('a create not applied (500) is searched for, then sent again once: one pre-hire', async () => {
    h = await startHarness({ feishuSandbox: { repeatedOutBizId } });
    h.sandboxes.feishu.state.failNextCreates('not-applied');

    await h.service.intake.take('comeet', '19E.98', mapped(ada));
    await h.service.idle();

    expect(await h.store.getHire(KEY)).toMatchObject({ state: 'created', via: 'create', sends: 2 });
    expect(h.createRequests()).toHaveLength(2);
    expect(h.sandboxes.feishu.state.preHiresCreatedWith(OUT_BIZ_ID)).toHaveLength(1);
    expect(h.log.text()).toContain('no pre-hire in Feishu after an unanswered create: sending it again');
    expect(await h.service.metrics.text()).toContain('hire_to_onboard_create_retries_total 1');
  });

  test('a lost create of a hire with nothing unique to compare is parked with the evidence, and resolved by adopting', async () => {
    h = await startHarness({ feishuSandbox: { repeatedOutBizId } });
    h.sandboxes.feishu.state.failNextCreates('applied');

    await h.service.intake.take('comeet', '19E.98', mapped());
    await h.service.idle();

    const [orphan] = h.sandboxes.feishu.state.preHiresCreatedWith(OUT_BIZ_ID);
    const parked = await h.store.getHire(KEY);
    expect(parked).toMatchObject({
      state: 'needs_review',
      body: mapped().body,
      review: {
        reason: 'pre-hires share the name and date but nothing unique could confirm or rule them out',
        candidates: [{ preHireId: orphan, matched: ['name'], conflicting: [] }],
        uncertainSends: 1,
      },
    });
    expect(h.createRequests()).toHaveLength(1); // never guessed
    expect(await h.service.describeParked()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^comeet:19E\.98 \(out_biz_id hire-to-onboard:comeet:19E\.98\), parked .*: pre-hires share/,
        ),
        `  candidate pre-hire ${orphan}: same name`,
        `  resolve: index.ts resolve comeet:19E.98 adopt ${orphan}`,
      ]),
    );
    const metrics = await h.service.metrics.text();
    expect(metrics).toContain('hire_to_onboard_hires_parked_total 1');
    expect(metrics).toContain('hire_to_onboard_hires_needs_review 1');

    await expect(h.service.resolve(KEY, { action: 'adopt', preHireId: '7000000000000000001' })).rejects.toThrow(
      'Feishu has no pre-hire 7000000000000000001',
    );
    expect(await h.service.resolve(KEY, { action: 'adopt', preHireId: orphan! })).toMatchObject({
      state: 'created',
      preHireId: orphan,
      via: 'operator',
      body: undefined,
    });
    expect(await h.service.metrics.text()).toContain('hire_to_onboard_hires_needs_review 0');
  });

  test('a lost create that Feishu applies after the lookup gave up on it: never a silent duplicate', async () => {
    // Looked up 2 250 ms after the first send (create window 2 000 + search lag 250): nothing yet,
    // so the create is sent again; the first lands at 3 300 ms; the confirmation search runs 2 250 ms
    // after the resend, when both can be seen.
    h = await startHarness({
      timings: { ...TEST_TIMINGS, createWindowMs: 2_000 },
      feishuSandbox: { repeatedOutBizId },
    });
    h.sandboxes.feishu.state.failNextCreates({ appliedAfterMs: 3_300 });

    // An email only: Feishu's duplicate-phone check (1161029) would refuse the late copy by itself.
    await h.service.intake.take('comeet', '19E.98', mapped({ email: ada.email }));
    await h.service.idle();

    expect(h.createRequests()).toHaveLength(2);
    const made = h.sandboxes.feishu.state.preHiresCreatedWith(OUT_BIZ_ID);
    const record = await h.store.getHire(KEY);
    if (repeatedOutBizId === 'duplicate') {
      // Feishu made a second pre-hire: the confirmation search finds both and parks the hire.
      expect(made).toHaveLength(2);
      expect(record).toMatchObject({
        state: 'needs_review',
        review: { reason: expect.stringContaining('an earlier create landed late') },
      });
      expect(record!.review!.candidates.map((candidate) => candidate.preHireId).sort()).toEqual([...made].sort());
    } else {
      // The late create met the out_biz_id of the resent one (returned it, or was refused): one pre-hire.
      expect(made).toHaveLength(1);
      expect(record).toMatchObject({ state: 'created', preHireId: made[0], via: 'create' });
      expect(h.log.text()).toContain(`no second pre-hire in Feishu: ${made[0]} confirmed`);
    }
  });
});

test('a create sent again after an unknown outcome and refused is parked, never failed (it may be the repeat refusal)', async () => {
  // Feishu's search lags more than the service assumes: the lost create is not found, the resend is
  // refused as a repeated out_biz_id (the sandbox's stand-in code), and the service does not guess.
  h = await startHarness({ feishuSandbox: { repeatedOutBizId: 'refuse', searchLagMs: 60_000 } });
  h.sandboxes.feishu.state.failNextCreates('applied');

  await h.service.intake.take('comeet', '19E.98', mapped(ada));
  await h.service.idle();

  expect(await h.store.getHire(KEY)).toMatchObject({
    state: 'needs_review',
    review: {
      reason: expect.stringContaining('Feishu refused a create sent after an earlier one whose outcome is unknown'),
    },
  });
  expect(h.createRequests()).toHaveLength(2);
  expect(h.sandboxes.feishu.state.createsApplied).toBe(1);
});

test('after maxSends creates with an unknown outcome a hire is parked; "create" then sends one, "dismiss" fails it', async () => {
  h = await startHarness({ timings: { ...TEST_TIMINGS, maxSends: 2 } });
  h.sandboxes.feishu.state.failNextCreates('not-applied', 'not-applied');
  await h.service.intake.take('comeet', '19E.98', mapped(ada));
  await h.service.idle();
  expect(await h.store.getHire(KEY)).toMatchObject({
    state: 'needs_review',
    review: { reason: '2 creates ended without a known outcome', uncertainSends: 2 },
  });

  expect(await h.service.resolve(KEY, { action: 'create' })).toMatchObject({
    state: 'created',
    via: 'create',
    sends: 3,
  });
  expect(h.sandboxes.feishu.state.preHiresCreatedWith(OUT_BIZ_ID)).toHaveLength(1);
  await expect(h.service.resolve(KEY, { action: 'dismiss' })).rejects.toThrow('comeet:19E.98 is created, not parked');

  h.sandboxes.feishu.state.failNextCreates('not-applied', 'not-applied');
  await h.service.intake.take('comeet', '20A.01', mapped({ email: 'grace@example.com' }));
  await h.service.idle();
  expect(
    await h.service.resolve(hireKey('comeet', '20A.01'), { action: 'dismiss', note: 'hired elsewhere' }),
  ).toMatchObject({
    state: 'failed',
    error: 'dismissed at review: hired elsewhere',
    body: undefined,
  });
  expect(h.createRequests()).toHaveLength(3 + 2);
});

test('a read-only run says what it would create (field names, no personal data) and writes nothing', async () => {
  h = await startHarness({ writes: false });
  const outcome = await h.service.intake.take('comeet', '19E.98', mapped(ada));

  expect(outcome.kind).toBe('dry-run');
  expect(h.log.text()).toContain(
    'comeet:19E.98: would create a pre-hire (out_biz_id hire-to-onboard:comeet:19E.98) with basic_info.name, basic_info.phone_number, basic_info.international_area_code, basic_info.email, offer_info.onboarding_date, offer_info.department_id (read-only run: set HR_LIVE=1 to write)',
  );
  expect(h.log.text()).not.toMatch(/Ada|13800001234/);
  expect(h.createRequests()).toEqual([]);
  await expect(access(join(h.dataDir, 'checkpoint.json'))).rejects.toThrow();
});
