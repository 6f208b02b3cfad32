import { http } from 'msw';
import { afterEach, describe, expect, test } from 'vitest';
import { InputValidationError, InvalidRequestError, type CreatePreHireBody } from '../src/index.js';
import { feishuError } from '../src/testing.js';
import { type Harness, rejectionOf, requestsTo, startHarness } from './setup.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const V2 = '/open-apis/corehr/v2/pre_hires';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const newHire = (overrides: Partial<CreatePreHireBody> = {}): CreatePreHireBody => ({
  basic_info: {
    name: { full_name: 'Ada Lovelace', first_name: 'Ada', name_primary: 'Lovelace' },
    phone_number: '13800001234',
    international_area_code: '86_china',
    email: 'ada@example.com',
    date_of_birth: '1990-12-10',
  },
  offer_info: { onboarding_date: '2026-03-02', department_id: '7147562782945478177', work_email: 'ada@corp.example' },
  ...overrides,
});

describe('preHires.create', () => {
  test('creates a pre-hire with a generated out_biz_id that query then returns', async () => {
    harness = await startHarness();
    const { pre_hire_id } = await harness.client.preHires.create(newHire());
    const [sent] = requestsTo(harness.server, V2, 'POST');
    expect(JSON.parse(sent!.body).out_biz_id).toMatch(UUID);
    const page = await harness.client.preHires.query({
      pre_hire_ids: [pre_hire_id!],
      fields: ['person_info', 'onboarding_info.onboarding_status'],
    });
    expect(page.items?.[0]).toMatchObject({
      pre_hire_id,
      person_info: { preferred_name: 'Ada Lovelace' },
      onboarding_info: { onboarding_status: 'preboarding' },
    });
    expect(page.items?.[0]?.employment_info).toBeUndefined();
  });

  test('the same out_biz_id creates once: the replay returns the same pre_hire_id', async () => {
    harness = await startHarness();
    const first = await harness.client.preHires.create(newHire({ out_biz_id: 'ats-application-42' }));
    const second = await harness.client.preHires.create(newHire({ out_biz_id: 'ats-application-42' }));
    expect(second.pre_hire_id).toBe(first.pre_hire_id);
    expect(harness.state.createsApplied).toBe(1);
  });

  test('a create answered 5xx is retried with the same out_biz_id and applied once', async () => {
    harness = await startHarness({ maxRetries: 2 });
    harness.server.use(http.post(`*${V2}`, () => feishuError(1161000), { once: true }));
    const created = await harness.client.preHires.create(newHire());
    const calls = requestsTo(harness.server, V2, 'POST').filter((r) => r.path === V2);
    expect(calls).toHaveLength(2);
    expect(JSON.parse(calls[1]!.body).out_biz_id).toBe(JSON.parse(calls[0]!.body).out_biz_id);
    expect(created.pre_hire_id).toBeTruthy();
    expect(harness.state.createsApplied).toBe(1);
  });

  test('a duplicate phone is refused with 1161029', async () => {
    harness = await startHarness();
    await harness.client.preHires.create(newHire());
    const error = await rejectionOf(
      harness.client.preHires.create(newHire({ offer_info: { onboarding_date: '2026-03-02' } })),
    );
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error).toMatchObject({ code: 1161029 });
  });

  test('documented rules are checked before sending', async () => {
    harness = await startHarness();
    const bad = newHire();
    bad.basic_info.date_entered_workforce = '1990-13-01'; // the page: 参加工作日期，格式："YYYY-MM-DD"
    // address_types is required by the page and the Node SDK
    bad.basic_info.address_list = [{ country_region_id: 'cn', is_primary: true, is_public: false } as never];
    const error = (await rejectionOf(harness.client.preHires.create(bad))) as InputValidationError;
    expect(error).toBeInstanceOf(InputValidationError);
    expect(error.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        'body.basic_info.date_entered_workforce',
        'body.basic_info.address_list.0.address_types',
      ]),
    );
    const twoPrimaries = newHire();
    // the page: 主要联系人，若有多个联系人，只能有一个联系人的「is_primary」为true
    twoPrimaries.basic_info.emergency_contact_list = [
      { legal_name: 'A', is_primary: true },
      { legal_name: 'B', is_primary: true },
    ];
    const second = (await rejectionOf(harness.client.preHires.create(twoPrimaries))) as InputValidationError;
    expect(second.issues.map((issue) => issue.path)).toContain('body.basic_info.emergency_contact_list.1.is_primary');
    expect(requestsTo(harness.server, V2)).toHaveLength(0);
  });

  test('one bad field, one message: a wrongly formatted onboarding_date is named once', async () => {
    harness = await startHarness();
    // The page: 入职日期，格式："YYYY-MM-DD". A slash date fails the format (and would fail the calendar check too).
    for (const onboarding_date of ['2026/03/02', '2026-02-30']) {
      const error = (await rejectionOf(
        harness.client.preHires.create(newHire({ offer_info: { onboarding_date } })),
      )) as InputValidationError;
      expect(error).toBeInstanceOf(InputValidationError);
      const named = error.issues.filter((issue) => issue.path === 'body.offer_info.onboarding_date');
      expect(named, onboarding_date).toHaveLength(1);
      expect(error.message.split('body.offer_info.onboarding_date')).toHaveLength(2);
    }
    expect(requestsTo(harness.server, V2)).toHaveLength(0);
  });
});

describe('preHires.search and query', () => {
  test('search iterates every match across pages, with page_size defaulting to 100', async () => {
    harness = await startHarness();
    const ids: string[] = [];
    for await (const preHire of harness.client.preHires.search({}, { page_size: 7 })) ids.push(preHire.pre_hire_id!);
    expect(ids).toHaveLength(25);
    expect(new Set(ids).size).toBe(25);
    await harness.client.preHires.search({ onboarding_status: 'withdrawn' });
    const last = requestsTo(harness.server, `${V2}/search`).at(-1)!;
    expect(last.query['page_size']).toBe('100');
  });

  test('search filters by status and returns the fields asked for', async () => {
    harness = await startHarness();
    const page = await harness.client.preHires.search({ onboarding_status: 'withdrawn', fields: ['onboarding_info'] });
    expect(page.items?.length).toBe(5);
    expect(page.items?.every((item) => item.onboarding_info?.onboarding_status === 'withdrawn')).toBe(true);
  });

  test('a range given with one end, too many IDs, or a bad page size is refused before sending', async () => {
    harness = await startHarness();
    const one = (await rejectionOf(
      harness.client.preHires.search({ onboarding_date_start: '2026-01-01' }),
    )) as InputValidationError;
    expect(one.issues[0]?.path).toBe('body.onboarding_date_end');
    const many = (await rejectionOf(
      harness.client.preHires.query({ pre_hire_ids: Array.from({ length: 11 }, (_, i) => String(i)) }),
    )) as InputValidationError;
    expect(many.issues[0]?.path).toBe('body.pre_hire_ids');
    const size = (await rejectionOf(harness.client.preHires.query({}, { page_size: 11 }))) as InputValidationError;
    expect(size.issues[0]?.path).toBe('query.page_size');
    expect(requestsTo(harness.server, V2)).toHaveLength(0);
  });
});

describe('the onboarding lifecycle', () => {
  test('patchV2, task transitions, complete; complete refuses open tasks with 1161099', async () => {
    harness = await startHarness();
    const { pre_hire_id } = await harness.client.preHires.create(newHire());
    const id = pre_hire_id!;
    await harness.client.preHires.patchV2(id, {
      offer_info_update: { onboarding_date: '2026-04-01' },
      standard_update_fields: ['offer_info_update.onboarding_date'],
    });
    expect(harness.state.preHiresV2.get(id)?.onboarding_info?.onboarding_date).toBe('2026-04-01');

    expect(await rejectionOf(harness.client.preHires.complete(id))).toMatchObject({ code: 1161099 });
    await harness.client.preHires.transitTask(id, { task_id: '1' });
    await harness.client.preHires.transformOnboardingTask({
      pre_hire_id: id,
      task_code: '2',
      transform_type: 'submit_task',
    });
    await harness.client.preHires.transformOnboardingTask({
      pre_hire_id: id,
      task_code: '2',
      transform_type: 'review_task',
      review_decision: 'approve',
    });
    expect(await harness.client.preHires.complete(id)).toEqual({ success: true });
    expect(harness.state.preHiresV2.get(id)?.onboarding_info?.onboarding_status).toBe('completed');
  });

  test('withdraw then restore; withdrawing twice is refused with 1161129', async () => {
    harness = await startHarness();
    const id = '7140964208476371';
    await harness.client.preHires.withdrawOnboarding({ pre_hire_id: id, withdraw_reason: 'The candidate declined' });
    expect(
      await rejectionOf(harness.client.preHires.withdrawOnboarding({ pre_hire_id: id, withdraw_reason: 'again' })),
    ).toMatchObject({ code: 1161129 });
    await harness.client.preHires.restoreFlowInstance({ pre_hire_id: id });
    expect(harness.state.preHiresV2.get(id)?.onboarding_info?.onboarding_status).toBe('preboarding');
  });

  test('delete removes the pre-hire; deleting an unknown one is 1160001', async () => {
    harness = await startHarness();
    await harness.client.preHires.delete('7140964208476372');
    expect((await harness.client.preHires.search({ pre_hire_ids: ['7140964208476372'] })).items).toEqual([]);
    expect(await rejectionOf(harness.client.preHires.delete('7140964208476372'))).toMatchObject({ code: 1160001 });
  });

  test('transform and withdraw rules are checked before sending', async () => {
    harness = await startHarness();
    const review = (await rejectionOf(
      harness.client.preHires.transformOnboardingTask({
        pre_hire_id: '1',
        task_code: '2',
        transform_type: 'review_task',
      }),
    )) as InputValidationError;
    expect(review.issues[0]?.path).toBe('body.review_decision');
    const reject = (await rejectionOf(
      harness.client.preHires.transformOnboardingTask({
        pre_hire_id: '1',
        task_code: '2',
        transform_type: 'review_task',
        review_decision: 'reject',
      }),
    )) as InputValidationError;
    expect(reject.issues[0]?.path).toBe('body.reason');
    const long = (await rejectionOf(
      harness.client.preHires.withdrawOnboarding({ pre_hire_id: '1', withdraw_reason: 'x'.repeat(501) }),
    )) as InputValidationError;
    expect(long.issues[0]?.path).toBe('body.withdraw_reason');
    expect(requestsTo(harness.server, V2)).toHaveLength(0);
  });
});
