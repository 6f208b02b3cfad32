import { http } from 'msw';
import { afterEach, describe, expect, test } from 'vitest';
import {
  CustomFieldDecodeError,
  InputValidationError,
  PaginationError,
  decodeCustomFieldValue,
  encodeCustomFieldValue,
} from '../src/index.js';
import { feishuOk, seedPreHires } from '../src/testing.js';
import { type Harness, LIST_PATH, rejectionOf, requestsTo, startHarness } from './setup.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const ALL_IDS = seedPreHires().map((p) => p.id!);

describe('preHires.list', () => {
  test('await gives the first page; for await walks every page by page_token until has_more is false', async () => {
    harness = await startHarness();
    const listing = harness.client.preHires.list({ page_size: 10 });
    const first = await listing;
    expect(first.items.map((p) => p.id)).toEqual(ALL_IDS.slice(0, 10));
    expect(first.hasNextPage).toBe(true);
    expect(first.nextQuery).toEqual({ page_token: first.data.page_token });
    const ids: string[] = [];
    for await (const preHire of listing) ids.push(preHire.id!);
    expect(ids).toEqual(ALL_IDS);
    const calls = requestsTo(harness.server, LIST_PATH);
    expect(calls).toHaveLength(3); // the first page is not fetched twice
    expect(calls[0]!.query).toEqual({ page_size: '10' });
    expect(calls[1]!.query['page_token']).toBe(first.data.page_token);
  });

  test('the response carries request id x-tt-logid', async () => {
    harness = await startHarness();
    const page = await harness.client.preHires.list({ page_size: 1 });
    expect(page.response.requestId).toMatch(/^\d{14}[0-9A-F]{18}$/);
  });

  test('returns the full pre_hire_query: i18n enums, custom fields, cost centers, work emails', async () => {
    harness = await startHarness();
    const [preHire] = (await harness.client.preHires.list({ page_size: 1 })).items;
    expect(preHire).toMatchObject({
      id: '7140964208476371',
      hire_date: '2025-01-01',
      employee_type: {
        enum_name: 'regular',
        display: [
          { lang: 'zh-CN', value: '正式' },
          { lang: 'en-US', value: 'Regular' },
        ],
      },
      onboarding_status: { enum_name: 'preboarding' },
      cost_center_rate: [
        { cost_center_id: '6950635856373745165', rate: 60 },
        { cost_center_id: '6950635856373745166', rate: 40 },
      ],
      work_email_list: [{ is_primary: true, is_public: true, email_usage: { enum_name: 'work' } }],
      department_id: '6893014062142064135',
    });
    const [name, months, laptops] = preHire!.custom_fields!;
    expect(decodeCustomFieldValue<string>(name!)).toBe('Sandy Zhang');
    expect(decodeCustomFieldValue<number>(months!)).toBe(3);
    expect(decodeCustomFieldValue<string[]>(laptops!)).toEqual(['LT-1000']);
  });

  test('is lenient: unknown enum values, new fields and nulls are kept, not refused', async () => {
    harness = await startHarness();
    harness.server.use(
      http.get(`*${LIST_PATH}`, () =>
        feishuOk({
          items: [
            {
              id: '1',
              onboarding_status: { enum_name: 'on_hold', display: null },
              new_field: { a: 1 },
              work_email_list: null,
            },
          ],
          has_more: false,
        }),
      ),
    );
    const page = await harness.client.preHires.list();
    expect(page.items[0]).toEqual({
      id: '1',
      onboarding_status: { enum_name: 'on_hold', display: null },
      new_field: { a: 1 },
      work_email_list: null,
    });
  });

  test('pre_hire_ids are sent as repeated query keys', async () => {
    harness = await startHarness();
    const page = await harness.client.preHires.list({ pre_hire_ids: [ALL_IDS[3]!, ALL_IDS[1]!] });
    expect(requestsTo(harness.server, LIST_PATH)[0]!.query['pre_hire_ids']).toEqual([ALL_IDS[3], ALL_IDS[1]]);
    expect(page.items.map((p) => p.id).sort()).toEqual([ALL_IDS[1], ALL_IDS[3]]);
  });

  test('more than 10 pre_hire_ids are split into calls of at most 10, concatenated in order as one listing', async () => {
    harness = await startHarness();
    const wanted = ALL_IDS.slice(0, 23);
    const ids: string[] = [];
    for await (const preHire of harness.client.preHires.list({ pre_hire_ids: [...wanted, wanted[0]!], page_size: 4 }))
      ids.push(preHire.id!);
    expect(ids).toEqual(wanted);
    const calls = requestsTo(harness.server, LIST_PATH);
    const groups = calls.map((c) => [c.query['pre_hire_ids']].flat());
    for (const group of groups) expect(group.length).toBeLessThanOrEqual(10);
    expect([...new Set(groups.map((g) => g.join(',')))]).toEqual(
      [wanted.slice(0, 10), wanted.slice(10, 20), wanted.slice(20)].map((g) => g.join(',')),
    );
    // 10 ids at 4 a page = 3 pages, twice, then 1 page of 3.
    expect(calls).toHaveLength(7);
    expect(calls[3]!.query['page_token']).toBeUndefined(); // each group starts from its first page
  });

  test('a page saying has_more without a page_token is an error, never a silent stop', async () => {
    harness = await startHarness();
    harness.server.use(http.get(`*${LIST_PATH}`, () => feishuOk({ items: [], has_more: true })));
    const error = await rejectionOf(harness.client.preHires.list().toArray());
    expect(error).toBeInstanceOf(PaginationError);
  });

  test('empty pages are passed through while has_more is true', async () => {
    harness = await startHarness();
    const token = harness.state.pageTokenFor(0, ''); // a real token of the fake: the listing from its start
    harness.server.use(
      http.get(`*${LIST_PATH}`, () => feishuOk({ items: [], has_more: true, page_token: token }), { once: true }),
    );
    const items = await harness.client.preHires.list({ page_size: 100 }).toArray();
    expect(items.map((p) => p.id)).toEqual(ALL_IDS);
    expect(requestsTo(harness.server, LIST_PATH)[1]!.query['page_token']).toBe(token);
  });

  test.each([
    [{ page_size: 0 }, 'query.page_size'],
    [{ page_size: 101 }, 'query.page_size'],
    [{ page_size: 2.5 }, 'query.page_size'],
    [{ page_token: '' }, 'query.page_token'],
    [{ pre_hire_ids: ['1', ''] }, 'query.pre_hire_ids.1'],
    [{ pre_hire_ids: [...ALL_IDS.slice(0, 12), ''] }, 'query.pre_hire_ids.12'], // in a later group of 10
    [{ pre_hire_ids: [] }, 'query.pre_hire_ids'], // would list every pre-hire
    [{ pre_hire_ids: '7140964208476371' }, 'query.pre_hire_ids'], // a string, not a list
    [{ unknown: 1 }, 'query'],
    [null, 'query'],
  ])('refuses %j before sending anything', async (query, path) => {
    harness = await startHarness();
    const error = await rejectionOf(harness.client.preHires.list(query as never));
    expect(error).toBeInstanceOf(InputValidationError);
    expect((error as InputValidationError).issues.map((i) => i.path)).toContain(path);
    expect((error as Error).message).toMatch(/nothing was sent/);
    expect(harness.server.requests).toHaveLength(0);
  });
});

describe('custom field values', () => {
  test('decodeCustomFieldValue reads the documented formats and encodeCustomFieldValue writes them', () => {
    expect(decodeCustomFieldValue({ field_name: 'n', value: '123.23' })).toBe(123.23);
    expect(decodeCustomFieldValue({ field_name: 'b', value: '"true"' })).toBe('true');
    expect(decodeCustomFieldValue({ field_name: 'd', value: '"2006-01-02 15:04:05"' })).toBe('2006-01-02 15:04:05');
    expect(decodeCustomFieldValue({ field_name: 'empty', value: null })).toBeUndefined();
    expect(encodeCustomFieldValue('Sandy')).toBe('"Sandy"');
    expect(encodeCustomFieldValue(['id1', 'id2'])).toBe('["id1","id2"]');
  });

  test('a value that is not JSON gives a clear error naming the field', () => {
    let error: unknown;
    try {
      decodeCustomFieldValue({ field_name: 'nickname', value: 'Sandy' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CustomFieldDecodeError);
    expect((error as CustomFieldDecodeError).fieldName).toBe('nickname');
    expect(String(error)).toMatch(/Custom field "nickname" does not hold a JSON-encoded value/);
  });
});
