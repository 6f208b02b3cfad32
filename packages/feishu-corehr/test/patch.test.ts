import { http } from 'msw';
import { afterEach, describe, expect, test } from 'vitest';
import { InputValidationError, InvalidRequestError, ServerError, encodeCustomFieldValue } from '../src/index.js';
import { feishuError } from '../src/testing.js';
import { type Harness, LIST_PATH, rejectionOf, requestsTo, startHarness } from './setup.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const ID = '7140964208476372';
const PATCH_PATH = `${LIST_PATH}/${ID}`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('preHires.patch', () => {
  test('updates the given fields and returns the pre_hire', async () => {
    harness = await startHarness();
    const result = await harness.client.preHires.patch(ID, {
      hire_date: '2026-03-02',
      onboarding_status: { enum_name: 'day_one' },
      custom_fields: [{ field_name: 'name', value: encodeCustomFieldValue('Wei Li') }],
      cost_center_rate: [
        { cost_center_id: '6950635856373745166', rate: 70 },
        { cost_center_id: '6950635856373745167', rate: 30 },
      ],
    });
    expect(result.pre_hire).toMatchObject({
      id: ID,
      hire_date: '2026-03-02',
      onboarding_status: {
        enum_name: 'day_one',
        display: [
          { lang: 'zh-CN', value: '准备就绪' },
          { lang: 'en-US', value: 'Ready' },
        ],
      },
      custom_fields: [{ field_name: 'name', value: '"Wei Li"' }],
      cost_center_rate: [{ rate: 70 }, { rate: 30 }],
    });
    const [sent] = requestsTo(harness.server, PATCH_PATH, 'PATCH');
    expect(sent!.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(sent!.body)).toMatchObject({ hire_date: '2026-03-02' });
    expect(harness.state.preHires.get(ID)!.hire_date).toBe('2026-03-02');
  });

  test('generates a client_token in the query when none is given, a new one per call', async () => {
    harness = await startHarness();
    await harness.client.preHires.patch(ID, { onboarding_status: { enum_name: 'preboarding' }, worker_id: '1' });
    await harness.client.preHires.patch(ID, { onboarding_status: { enum_name: 'preboarding' }, worker_id: '2' });
    const tokens = requestsTo(harness.server, PATCH_PATH, 'PATCH').map((r) => r.query['client_token']);
    expect(tokens[0]).toMatch(UUID);
    expect(tokens[1]).toMatch(UUID);
    expect(tokens[0]).not.toBe(tokens[1]);
    expect(harness.state.updatesApplied).toBe(2);
  });

  test('a given client_token is sent; repeating it replays the first answer without applying again', async () => {
    harness = await startHarness();
    const first = await harness.client.preHires.patch(
      ID,
      { onboarding_status: { enum_name: 'preboarding' }, hire_date: '2026-01-05' },
      { client_token: '12454646' },
    );
    const second = await harness.client.preHires.patch(
      ID,
      { onboarding_status: { enum_name: 'preboarding' }, hire_date: '2026-01-05' },
      { client_token: '12454646' },
    );
    expect(second).toEqual(first);
    expect(requestsTo(harness.server, PATCH_PATH, 'PATCH').map((r) => r.query['client_token'])).toEqual([
      '12454646',
      '12454646',
    ]);
    expect(harness.state.updatesApplied).toBe(1);
  });

  test('a PATCH answered 5xx is retried with the same client_token and applied once', async () => {
    harness = await startHarness({ maxRetries: 2 });
    harness.server.use(http.patch(`*${PATCH_PATH}`, () => feishuError(1160025), { once: true }));
    const result = await harness.client.preHires.patch(ID, {
      onboarding_status: { enum_name: 'preboarding' },
      hire_date: '2026-04-01',
    });
    expect(result.pre_hire?.hire_date).toBe('2026-04-01');
    const calls = requestsTo(harness.server, PATCH_PATH, 'PATCH');
    expect(calls).toHaveLength(2);
    expect(calls[0]!.query['client_token']).toMatch(UUID);
    expect(calls[1]!.query['client_token']).toBe(calls[0]!.query['client_token']);
    expect(calls[1]!.body).toBe(calls[0]!.body);
    expect(harness.state.updatesApplied).toBe(1);
  });

  test('a connection reset after the update was applied: the retry carries the same client_token and is not applied twice', async () => {
    harness = await startHarness({ maxRetries: 2 });
    const { faults } = await import('@hr/core/testing');
    harness.server.use(
      http.patch(
        `*${PATCH_PATH}`,
        async ({ request }) => {
          // Apply through the fake, then lose the answer.
          const { patchPreHire } = await import('../src/testing/pre-hires.js');
          await patchPreHire(request, ID, harness!.state);
          return faults.resetAfterHeaders(200);
        },
        { once: true },
      ),
    );
    await harness.client.preHires.patch(ID, { onboarding_status: { enum_name: 'preboarding' }, worker_id: '777' });
    const calls = requestsTo(harness.server, PATCH_PATH, 'PATCH');
    expect(calls).toHaveLength(2);
    expect(calls[1]!.query['client_token']).toBe(calls[0]!.query['client_token']);
    expect(harness.state.updatesApplied).toBe(1);
  });

  test('1160025 after the retries is a ServerError with the documented explanation', async () => {
    harness = await startHarness({ maxRetries: 1 });
    harness.server.use(http.patch(`*${PATCH_PATH}`, () => feishuError(1160025)));
    const error = await rejectionOf(
      harness.client.preHires.patch(ID, { onboarding_status: { enum_name: 'preboarding' }, worker_id: '1' }),
    );
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({
      code: 1160025,
      status: 500,
      details: { explanation: expect.any(String), suggestion: expect.stringMatching(/x-tt-logid/) },
    });
    expect(requestsTo(harness.server, PATCH_PATH, 'PATCH')).toHaveLength(2);
  });

  test.each([
    [1161024, '6950635856373745170'],
    [1161025, '6950635856373745171'],
    [1161022, '6950635856373745999'],
  ])(
    'the fake answers %i for cost center %s: InvalidRequestError with the doc explanation, not retried',
    async (code, costCenter) => {
      harness = await startHarness({ maxRetries: 2 });
      const error = await rejectionOf(
        harness.client.preHires.patch(ID, {
          onboarding_status: { enum_name: 'preboarding' },
          cost_center_rate: [{ cost_center_id: costCenter, rate: 100 }],
        }),
      );
      expect(error).toBeInstanceOf(InvalidRequestError);
      expect(error).toMatchObject({
        code,
        status: 400,
        details: { suggestion: 'Check cost_center_id in cost_center_rate.' },
      });
      expect((error as InvalidRequestError).requestId).toBe((error as InvalidRequestError).headers['x-tt-logid']);
      expect(requestsTo(harness.server, PATCH_PATH, 'PATCH')).toHaveLength(1);
      expect(harness.state.updatesApplied).toBe(0);
    },
  );

  describe('rules checked before sending', () => {
    const cases: [string, unknown, string, RegExp][] = [
      [
        'a rate that is not an integer',
        {
          cost_center_rate: [
            { cost_center_id: 'a', rate: 50.5 },
            { cost_center_id: 'b', rate: 49.5 },
          ],
        },
        'body.cost_center_rate.0.rate',
        /must be an integer/,
      ],
      [
        'a rate of 0',
        {
          cost_center_rate: [
            { cost_center_id: 'a', rate: 0 },
            { cost_center_id: 'b', rate: 100 },
          ],
        },
        'body.cost_center_rate.0.rate',
        /1 to 100/,
      ],
      [
        'a rate above 100',
        { cost_center_rate: [{ cost_center_id: 'a', rate: 101 }] },
        'body.cost_center_rate.0.rate',
        /1 to 100/,
      ],
      [
        'rates not adding up to 100',
        {
          cost_center_rate: [
            { cost_center_id: 'a', rate: 60 },
            { cost_center_id: 'b', rate: 30 },
          ],
        },
        'body.cost_center_rate',
        /add up to 100, got 90/,
      ],
      [
        'a duplicate cost_center_id',
        {
          cost_center_rate: [
            { cost_center_id: 'a', rate: 50 },
            { cost_center_id: 'a', rate: 50 },
          ],
        },
        'body.cost_center_rate.1.cost_center_id',
        /duplicates cost_center_rate\.0\.cost_center_id/,
      ],
      [
        'a missing cost_center_id',
        { cost_center_rate: [{ rate: 100 }] },
        'body.cost_center_rate.0.cost_center_id',
        /./,
      ],
      ['a hire_date not YYYY-MM-DD', { hire_date: '01/02/2026' }, 'body.hire_date', /YYYY-MM-DD/],
      ['an impossible hire_date', { hire_date: '2026-02-30' }, 'body.hire_date', /real calendar date/],
      [
        'an undocumented onboarding status',
        { onboarding_status: { enum_name: 'type_1' } },
        'body.onboarding_status.enum_name',
        /preboarding/,
      ],
      [
        'a custom field value that is not JSON',
        { custom_fields: [{ field_name: 'name', value: 'Sandy' }] },
        'body.custom_fields.0.value',
        /JSON-encoded/,
      ],
    ];
    test.each(cases)('refuses %s, naming the field and the rule', async (_name, body, path, rule) => {
      harness = await startHarness();
      const error = await rejectionOf(
        harness.client.preHires.patch(
          ID,
          Object.assign({ onboarding_status: { enum_name: 'preboarding' } }, body) as never,
        ),
      );
      expect(error).toBeInstanceOf(InputValidationError);
      const issue = (error as InputValidationError).issues.find((i) => i.path === path);
      expect(issue, JSON.stringify((error as InputValidationError).issues)).toBeDefined();
      expect(`${issue!.message} ${(error as Error).message}`).toMatch(rule);
      expect(harness.server.requests).toHaveLength(0);
    });

    test('an unknown field is sent as given (request bodies are open)', async () => {
      harness = await startHarness();
      await harness.client.preHires.patch(ID, {
        onboarding_status: { enum_name: 'preboarding' },
        hire_date: '2026-01-01',
        future_field: 'x',
      } as never);
      const [sent] = requestsTo(harness.server, PATCH_PATH, 'PATCH');
      expect(JSON.parse(sent!.body)).toEqual({
        onboarding_status: { enum_name: 'preboarding' },
        hire_date: '2026-01-01',
        future_field: 'x',
      });
    });

    test('null options reject like bad input instead of throwing synchronously', async () => {
      harness = await startHarness();
      const call = () =>
        harness!.client.preHires.patch(
          ID,
          { onboarding_status: { enum_name: 'preboarding' }, worker_id: '1' },
          null as never,
        );
      expect(call).not.toThrow();
      await expect(call()).resolves.toBeDefined();
    });

    test('refuses an empty pre_hire_id and a path-rewriting one', async () => {
      harness = await startHarness();
      expect(
        await rejectionOf(
          harness.client.preHires.patch('', { onboarding_status: { enum_name: 'preboarding' }, worker_id: '1' }),
        ),
      ).toBeInstanceOf(InputValidationError);
      await rejectionOf(
        harness.client.preHires.patch('..', { onboarding_status: { enum_name: 'preboarding' }, worker_id: '1' }),
      );
      expect(harness.server.requests).toHaveLength(0);
    });
  });
});
