import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PatchPreHireBody } from '@hr/feishu-corehr';
import { RUNS, anyValue, anyValueOutcome, expectRefused, notIntegerIn, notString } from './support/refusal.js';
import { type FeishuRig, startFeishu } from './support/rigs.js';

let rig: FeishuRig;
beforeAll(async () => {
  rig = await startFeishu();
});
beforeEach(() => rig.reset());
afterAll(() => rig.close());
/** One client per test: its token is fetched once and reused by every run of the property. */
let client: ReturnType<FeishuRig['client']>;
beforeEach(() => {
  client = rig.client({ rateLimit: false });
});
const ids = () => [...rig.state.preHires.keys()];
const ACTIVE_CENTERS = ['6950635856373745165', '6950635856373745166', '6950635856373745167'];

// --- Arbitraries built from the documented rules ----------------------------------------------------

const calendarDate = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const nonEmpty = fc.string({ minLength: 1, maxLength: 16 });

/** Integer rates 1–100 over distinct cost centers, adding up to 100. */
const costCenterRates = fc
  .integer({ min: 1, max: ACTIVE_CENTERS.length })
  .chain((n) =>
    fc.tuple(
      fc.shuffledSubarray(ACTIVE_CENTERS, { minLength: n, maxLength: n }),
      fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: n - 1, maxLength: n - 1 }),
    ),
  )
  .map(([centers, cuts]) => {
    const points = [0, ...cuts.sort((a, b) => a - b), 100];
    return centers.map((cost_center_id, i) => ({ cost_center_id, rate: points[i + 1]! - points[i]! }));
  });

const patchBody: fc.Arbitrary<PatchPreHireBody> = fc.record(
  {
    ats_application_id: nonEmpty,
    hire_date: calendarDate,
    employee_type: fc.record({ enum_name: nonEmpty }),
    worker_id: nonEmpty,
    employee_type_id: nonEmpty,
    person_id: nonEmpty,
    custom_fields: fc.array(fc.record({ field_name: nonEmpty, value: fc.jsonValue().map((v) => JSON.stringify(v)) }), {
      maxLength: 3,
    }),
    cost_center_rate: costCenterRates,
    onboarding_status: fc.record({
      enum_name: fc.constantFrom(
        'preboarding' as const,
        'day_one' as const,
        'completed' as const,
        'withdrawn' as const,
        'deleted' as const,
      ),
    }),
  },
  // Feishu's page and the Node SDK mark onboarding_status required.
  { requiredKeys: ['onboarding_status'] },
);

describe('feishu: valid generated input is accepted by the fake', () => {
  it('preHires.list: page sizes 1–100 and any number of pre_hire_ids (groups of 10)', async () => {
    const query = fc.record(
      {
        page_size: fc.integer({ min: 1, max: 100 }),
        pre_hire_ids: fc.array(fc.oneof(fc.constantFrom(...ids()), fc.stringMatching(/^\d{16}$/)), {
          minLength: 1,
          maxLength: 35,
        }),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        const all = await client.preHires.list(q).toArray();
        const wanted =
          q.pre_hire_ids === undefined
            ? ids()
            : [...new Set(q.pre_hire_ids)].filter((id) => rig.state.preHires.has(id));
        expect(all.map((p) => p.id).sort()).toEqual([...wanted].sort());
      }),
      { numRuns: 40 },
    );
  });

  it('preHires.patch: every documented field, with or without a client_token', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ids()),
        patchBody,
        fc.option(fc.uuid(), { nil: undefined }),
        async (id, body, clientToken) => {
          const result = await client.preHires.patch(id, body, { client_token: clientToken });
          if (body.hire_date) expect(result.pre_hire?.hire_date).toBe(body.hire_date);
        },
      ),
      RUNS,
    );
  });
});

describe('feishu: arbitrary values in every argument', () => {
  it.each([
    ['preHires.list query', (v: unknown) => client.preHires.list(v as never), /^query/],
    [
      'preHires.patch id',
      (v: unknown) =>
        client.preHires.patch(v as never, { onboarding_status: { enum_name: 'preboarding' }, hire_date: '2025-01-01' }),
      /^path\.pre_hire_id/,
    ],
    ['preHires.patch body', (v: unknown) => client.preHires.patch(ids()[0]!, v as never), /^body/],
    [
      'preHires.patch options',
      (v: unknown) =>
        client.preHires.patch(
          ids()[0]!,
          { onboarding_status: { enum_name: 'preboarding' }, hire_date: '2025-01-01' },
          v as never,
        ),
      // The options argument: its client token (a query parameter), or a name no call knows.
      /^(query\.client_token|options\.)/,
    ],
    ['preHires.create body', (v: unknown) => client.preHires.create(v as never), /^body/],
    ['preHires.search body', (v: unknown) => client.preHires.search(v as never), /^body/],
    ['preHires.query params', (v: unknown) => client.preHires.query({}, v as never), /^query/],
    ['preHires.patchV2 body', (v: unknown) => client.preHires.patchV2(ids()[0]!, v as never), /^body/],
    ['preHires.delete id', (v: unknown) => client.preHires.delete(v as never), /^path\.pre_hire_id/],
    ['preHires.complete id', (v: unknown) => client.preHires.complete(v as never), /^path\.pre_hire_id/],
    ['preHires.withdrawOnboarding body', (v: unknown) => client.preHires.withdrawOnboarding(v as never), /^body/],
    ['preHires.restoreFlowInstance body', (v: unknown) => client.preHires.restoreFlowInstance(v as never), /^body/],
    ['preHires.transitTask body', (v: unknown) => client.preHires.transitTask(ids()[0]!, v as never), /^body/],
    [
      'preHires.transformOnboardingTask body',
      (v: unknown) => client.preHires.transformOnboardingTask(v as never),
      /^body/,
    ],
  ] as const)('%s', async (_name, call, prefix) => {
    await fc.assert(
      fc.asyncProperty(anyValue, (value) => anyValueOutcome(rig.server, () => call(value), prefix)),
      RUNS,
    );
  });
});

describe('feishu: each broken rule is refused before sending, naming the field', () => {
  it.each([
    ['page_size', notIntegerIn(1, 100)],
    ['page_token', fc.oneof(fc.constant(''), fc.integer(), fc.constant(null))],
    ['pre_hire_ids', fc.oneof(fc.string(), fc.integer(), fc.constant({}), fc.constant([]))],
  ] as const)('preHires.list: %s', async (field, bad) => {
    await fc.assert(
      fc.asyncProperty(bad, (value) =>
        expectRefused(rig.server, () => client.preHires.list({ [field]: value } as never), `query.${field}`),
      ),
      RUNS,
    );
  });

  it('preHires.list: an empty pre-hire ID, wherever it sits in a long list', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.stringMatching(/^\d{16}$/), { maxLength: 30 }), fc.nat(), async (list, at) => {
        const i = at % (list.length + 1);
        const withEmpty = [...list.slice(0, i), '', ...list.slice(i)];
        await expectRefused(
          rig.server,
          () => client.preHires.list({ pre_hire_ids: withEmpty }),
          /^query\.pre_hire_ids\.\d+$/,
        );
      }),
      RUNS,
    );
  });

  it.each([
    [
      'hire_date',
      fc.oneof(fc.constantFrom('2020-02-30', '2021-13-01', '2020-1-1', '20200101', '2020-01-01T00:00:00Z'), notString),
    ],
    [
      'onboarding_status',
      fc.oneof(
        fc
          .string()
          .map((enum_name) => ({ enum_name }))
          .filter((s) => !['preboarding', 'day_one', 'completed', 'withdrawn', 'deleted'].includes(s.enum_name)),
        notString,
      ),
    ],
    ['employee_type', fc.oneof(fc.constant({}), notString)],
    ['worker_id', fc.oneof(fc.integer(), fc.constant(null))],
    ['person_id', fc.oneof(fc.integer(), fc.constant(null))],
    [
      'custom_fields',
      fc.oneof(fc.constant([{ field_name: 'name', value: 'Sandy' }]), fc.constant([{ value: '1' }]), fc.string()),
    ],
  ] as const)('preHires.patch: %s', async (field, bad) => {
    await fc.assert(
      fc.asyncProperty(patchBody, bad, (body, value) =>
        expectRefused(
          rig.server,
          () => client.preHires.patch(ids()[0]!, { ...body, [field]: value } as never),
          new RegExp(`^body\\.${field}(\\.|$)`),
        ),
      ),
      RUNS,
    );
  });

  it('preHires.patch: cost center rates not adding up to 100, out of 1–100, or repeated', async () => {
    const broken = fc.oneof(
      costCenterRates
        .chain((rates) =>
          fc
            .integer({ min: 1, max: 50 })
            .map((extra) => rates.map((r, i) => (i === 0 ? { ...r, rate: Math.min(100, r.rate + extra) } : r))),
        )
        .filter((r) => r.reduce((s, x) => s + x.rate, 0) !== 100),
      costCenterRates.map((rates) => [...rates, { ...rates[0]!, rate: 0 }]),
      fc.constant([
        { cost_center_id: ACTIVE_CENTERS[0]!, rate: 50 },
        { cost_center_id: ACTIVE_CENTERS[0]!, rate: 50 },
      ]),
      fc.constant([{ cost_center_id: ACTIVE_CENTERS[0]!, rate: 100.5 }]),
      // An empty list is not broken: it clears the allocation.
    );
    await fc.assert(
      fc.asyncProperty(broken, (rates) =>
        expectRefused(
          rig.server,
          () =>
            client.preHires.patch(ids()[0]!, {
              onboarding_status: { enum_name: 'preboarding' },
              cost_center_rate: rates as never,
            }),
          /^body\.cost_center_rate/,
        ),
      ),
      RUNS,
    );
  });

  it('preHires.patch: ids that could rewrite the path, and empty client tokens', async () => {
    for (const id of ['', '.', '..'])
      await expectRefused(
        rig.server,
        () => client.preHires.patch(id, { onboarding_status: { enum_name: 'preboarding' }, hire_date: '2025-01-01' }),
        'path.pre_hire_id',
      );
    await expectRefused(
      rig.server,
      () =>
        client.preHires.patch(
          ids()[0]!,
          { onboarding_status: { enum_name: 'preboarding' }, hire_date: '2025-01-01' },
          { client_token: '' },
        ),
      'query.client_token',
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1 }), async (id) => {
        // Any other id is percent-encoded into one path segment: it reaches the fake as that id.
        rig.server.resetHandlers();
        await client.preHires
          .patch(id, { onboarding_status: { enum_name: 'preboarding' }, hire_date: '2025-01-01' })
          .catch(() => undefined);
        if (id === '.' || id === '..') return;
        const sent = rig.server.requests.find((r) => r.method === 'PATCH');
        expect(decodeURIComponent(sent!.path.split('/').at(-1)!)).toBe(id);
      }),
      RUNS,
    );
  });
});
