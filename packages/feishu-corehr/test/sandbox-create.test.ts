import { afterEach, describe, expect, test } from 'vitest';
import { InvalidRequestError, type CreatePreHireBody } from '../src/index.js';
import type { FeishuSandboxOptions } from '../src/testing.js';
import { type Harness, rejectionOf, startHarness } from './setup.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const hire = (out_biz_id: string, phone?: string): CreatePreHireBody => ({
  basic_info: {
    name: { full_name: 'Ada Lovelace' },
    ...(phone ? { phone_number: phone, international_area_code: '86_china' } : {}),
  },
  offer_info: { onboarding_date: '2026-03-02' },
  out_biz_id,
});

/** POSTs a raw create body (what a client that checks nothing would send). */
async function rawCreate(body: unknown) {
  const { token } = harness!.state.issueToken();
  const response = await fetch(`${harness!.server.url}/open-apis/corehr/v2/pre_hires`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { code: number; msg: string; data?: unknown } };
}

const start = (options: FeishuSandboxOptions) => startHarness({}, { enforceRateLimits: false, ...options });

describe('the sandbox plays each way Feishu may treat a repeated out_biz_id', () => {
  test('return-existing (the default): the same pre_hire_id, nothing applied', async () => {
    harness = await start({});
    const first = await harness.client.preHires.create(hire('ats-1'));
    const again = await harness.client.preHires.create({
      ...hire('ats-1'),
      offer_info: { onboarding_date: '2026-04-01' },
    });
    expect(again.pre_hire_id).toBe(first.pre_hire_id);
    expect(harness.state.createsApplied).toBe(1);
    expect(harness.state.preHiresV2.get(first.pre_hire_id!)?.onboarding_info?.onboarding_date).toBe('2026-03-02');
  });

  test('refuse: an error with the stand-in code 1160001, nothing created', async () => {
    harness = await start({ repeatedOutBizId: 'refuse' });
    await harness.client.preHires.create(hire('ats-1'));
    const error = await rejectionOf(harness.client.preHires.create(hire('ats-1')));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error).toMatchObject({ code: 1160001 });
    expect(harness.state.createsApplied).toBe(1);
  });

  test('duplicate: a second pre-hire, unless a person-data check refuses it (1161029 for the phone)', async () => {
    harness = await start({ repeatedOutBizId: 'duplicate' });
    const first = await harness.client.preHires.create(hire('ats-1'));
    const second = await harness.client.preHires.create(hire('ats-1'));
    expect(second.pre_hire_id).not.toBe(first.pre_hire_id);
    expect(harness.state.preHiresCreatedWith('ats-1')).toEqual([first.pre_hire_id, second.pre_hire_id]);
    expect(harness.state.outBizIds.get('ats-1')).toBe(first.pre_hire_id);

    await harness.client.preHires.create(hire('ats-2', '13800001234'));
    expect(await rejectionOf(harness.client.preHires.create(hire('ats-2', '13800001234')))).toMatchObject({
      code: 1161029,
    });
    expect(harness.state.createsApplied).toBe(3);
  });
});

describe('create checks the required fields as strictly as told', () => {
  test('documented (the default): basic_info and offer_info are required; an empty basic_info is accepted', async () => {
    harness = await start({});
    const missing = await rawCreate({ basic_info: { name: { full_name: 'A' } } });
    expect(missing).toEqual({ status: 400, body: expect.objectContaining({ code: 1160001 }) });
    expect(missing.body.msg).toContain('offer_info');
    // Feishu's definitions require no field inside basic_info: nothing documented refuses a nameless hire.
    const nameless = await rawCreate({ basic_info: {}, offer_info: {} });
    expect(nameless.body.code).toBe(0);
    expect(harness.state.createsApplied).toBe(1);
  });

  test('documented: an item of a list must carry the fields its definition requires', async () => {
    harness = await start({});
    const address = await rawCreate({
      basic_info: { address_list: [{ country_region_id: 'cn', is_primary: true, is_public: false }] },
      offer_info: {},
    });
    expect(address.status).toBe(400);
    expect(address.body.msg).toContain('basic_info.address_list.0.address_types');
    expect(harness.state.createsApplied).toBe(0);
  });

  test('blocks-only checks the two blocks and nothing inside them', async () => {
    harness = await start({ createChecks: 'blocks-only' });
    expect((await rawCreate({ basic_info: [], offer_info: {} })).body.msg).toContain('basic_info');
    const loose = await rawCreate({ basic_info: { address_list: [{}] }, offer_info: {} });
    expect(loose.body.code).toBe(0);
  });

  test('tenantRequiredFields plays a stricter tenant: a blank name is refused, naming the field', async () => {
    harness = await start({ tenantRequiredFields: ['basic_info.name.full_name'] });
    const blank = await rawCreate({ basic_info: { name: { full_name: '  ' } }, offer_info: {} });
    expect(blank.body).toMatchObject({ code: 1160001 });
    expect(blank.body.msg).toContain("basic_info.name.full_name is required by the tenant's settings");
    expect(harness.state.createsApplied).toBe(0);
  });
});

test('search finds a pre-hire only searchLagMs after its creation, as Feishu documents a delay of up to 5 s', async () => {
  let clock = Date.UTC(2026, 0, 1);
  harness = await start({ now: () => clock, searchLagMs: 5_000 });
  const { pre_hire_id } = await harness.client.preHires.create(hire('ats-1'));
  const search = () =>
    harness!.client.preHires.search({ onboarding_date_start: '2026-03-02', onboarding_date_end: '2026-03-02' });
  expect((await search()).items ?? []).toEqual([]);
  clock += 5_000;
  expect((await search()).items?.map((item) => item.pre_hire_id)).toEqual([pre_hire_id]);
});

test('failNextCreates: a 500 (1161000) after creating the pre-hire, without creating it, or creating it later', async () => {
  harness = await start({});
  harness.state.failNextCreates('applied', 'not-applied', { appliedAfterMs: 100 });
  const lost = await rejectionOf(harness.client.preHires.create(hire('ats-1')));
  expect(lost).toMatchObject({ status: 500, code: 1161000 });
  expect(harness.state.preHiresCreatedWith('ats-1')).toHaveLength(1);
  expect(await rejectionOf(harness.client.preHires.create(hire('ats-2')))).toMatchObject({ code: 1161000 });
  expect(harness.state.preHiresCreatedWith('ats-2')).toEqual([]);
  expect(harness.state.createsApplied).toBe(1);
  expect(await rejectionOf(harness.client.preHires.create(hire('ats-3')))).toMatchObject({ code: 1161000 });
  expect(harness.state.preHiresCreatedWith('ats-3')).toEqual([]);
  await new Promise((resolve) => setTimeout(resolve, 150));
  expect(harness.state.preHiresCreatedWith('ats-3')).toHaveLength(1);
});
