import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MokaDepartmentInput, MokaUserInput } from '@hr/moka';
import { MokaUserInputSchema } from '@hr/moka/schemas';
import {
  RUNS,
  anyValue,
  anyValueOutcome,
  email,
  expectRefused,
  notEmail,
  notIntegerIn,
  notString,
} from './support/refusal.js';
import { type MokaRig, startMoka } from './support/rigs.js';

let rig: MokaRig;
beforeAll(async () => {
  rig = await startMoka();
});
beforeEach(() => {
  rig.reset();
  rig.state.seedCandidates(25, 'offer');
  rig.state.seedCandidates(10, 'pending_checkin');
});
afterAll(() => rig.close());
const client = () => rig.client();

// --- Arbitraries built from Moka's documented rules -------------------------------------------------

const ROLES = [0, 5, 10, 20, 25, 30, 40, 50, ''] as const;

/** A user following every documented rule; email, phone and number made unique by `i`. */
const userAt = (i: number): fc.Arbitrary<MokaUserInput> =>
  fc.record(
    {
      email: email.map((e) => `${i}.${e}`),
      name: fc.string({ minLength: 1, maxLength: 20 }),
      phone: fc.stringMatching(/^1[3-9]\d{4}$/).map((p) => `${p}${String(i).padStart(5, '0')}`),
      number: fc.stringMatching(/^[A-Z]{1,3}$/).map((p) => `${p}${i}`),
      role: fc.constantFrom(...ROLES),
      roleId: fc.integer({ min: 1, max: 10_000 }),
      departmentCode: fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 3 }),
      superiorEmail: fc.oneof(fc.constant(''), email),
      deactivated: fc.constantFrom(0 as const, 1 as const),
      thirdPartyId: fc.string({ maxLength: 12 }),
      updateDepartment: fc.boolean(),
      updateSuperiorEmail: fc.boolean(),
      autoActivated: fc.constantFrom(0 as const, 1 as const, '' as const),
      locale: fc.constantFrom('zh-CN' as const, 'en-US' as const),
    },
    {
      requiredKeys: [
        'email',
        'name',
        'phone',
        'role',
        'departmentCode',
        'superiorEmail',
        'deactivated',
        'thirdPartyId',
      ],
    },
  );

const users = (max: number) =>
  fc.integer({ min: 1, max }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => userAt(i))));

/** A sequence: 0–10000 with at most two decimals, or null (sorts last). */
const sequence = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }).map((cents) => cents / 100),
  fc.constant(null),
);

/** A department forest: unique codes, parents earlier in the list (or first-level), unique names per parent. */
const departments = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.tuple(
    ...Array.from({ length: n }, (_, i) =>
      fc.record(
        {
          name: fc.string({ minLength: 1, maxLength: 10 }).map((s) => `${s}#${i}`),
          department_code: fc.constant(`D${i}`),
          parent_code:
            i === 0
              ? fc.constantFrom(null, '')
              : fc.oneof(
                  fc.constantFrom(null, ''),
                  fc.integer({ min: 0, max: i - 1 }).map((p) => `D${p}`),
                ),
          type: fc.constantFrom(1 as const, 2 as const),
          sequence,
        },
        { requiredKeys: ['name', 'department_code', 'parent_code'] },
      ),
    ),
  ),
) as fc.Arbitrary<MokaDepartmentInput[]>;

const validUser = userAt(0);
const baseDepartment = (): MokaDepartmentInput => ({ name: 'HQ', department_code: 'HQ', parent_code: null });

// --- Valid input is accepted ----------------------------------------------------------------------

describe('moka: valid generated input is accepted by the fake', () => {
  it('users.sync (1–130 users, batched by 100)', async () => {
    await fc.assert(
      fc.asyncProperty(users(130), async (list) => {
        rig.state.reset();
        const result = await client().users.sync(list);
        expect(result).toEqual({ synced: list.length, batches: Math.ceil(list.length / 100) });
        expect(rig.state.users).toHaveLength(list.length);
      }),
      { numRuns: 25 },
    );
  });

  it('departments.replaceAll, then addIncremental and update on top', async () => {
    await fc.assert(
      fc.asyncProperty(departments, async (list) => {
        rig.state.reset();
        await client().departments.replaceAll(list);
        expect(rig.state.activeDepartments()).toHaveLength(list.length);
        await client().departments.addIncremental([
          { name: 'Added', department_code: 'ADDED', parent_code: list[0]!.department_code },
        ]);
        await client().departments.update(list.map((d) => ({ ...d, name: `${d.name}*` })));
        expect(rig.state.departments.get(list[0]!.department_code)!.name).toBe(`${list[0]!.name}*`);
      }),
      { numRuns: 30 },
    );
  });

  it('candidates.list by stage with every filter, and retrieve by ids', async () => {
    const iso = fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString());
    const params = fc.record(
      {
        stage: fc.constantFrom('offer' as const, 'pending_checkin' as const, 'all' as const),
        limit: fc.integer({ min: 1, max: 20 }),
        order: fc.constantFrom('ASC' as const, 'DESC' as const),
        email,
        phone: fc.stringMatching(/^\d{5,11}$/),
        movedAtStartTime: iso,
        movedAtEndTime: iso,
        invitationUpdateStatus: fc.constantFrom(0 as const, 1 as const, 2 as const),
      },
      { requiredKeys: ['stage'] },
    );
    await fc.assert(
      fc.asyncProperty(params, async (query) => {
        const page = await client().candidates.list(query);
        expect(page.items.length).toBeLessThanOrEqual(query.limit ?? 20);
      }),
      RUNS,
    );
    const known = rig.state.candidates.map((c) => c.record.applicationId);
    const ids = fc.oneof(
      fc.subarray(known, { minLength: 1 }),
      fc.subarray(known, { minLength: 1 }).map((list) => list.map(String)),
      fc.constantFrom(...known),
      fc.subarray(known, { minLength: 1 }).map((list) => list.join(',')),
    );
    await fc.assert(
      fc.asyncProperty(ids, async (wanted) => {
        const found = await client().candidates.retrieve(wanted);
        const expected = new Set(String(wanted).split(',').map(Number));
        expect(found.map((c) => c.applicationId).sort()).toEqual([...expected].sort());
      }),
      RUNS,
    );
  });
});

// --- Arbitrary values never crash and never reach the vendor unchecked ------------------------------

describe('moka: arbitrary values in every argument', () => {
  it.each([
    ['users.sync', (v: unknown) => client().users.sync(v as never), /^body\.usersInfo/],
    ['departments.replaceAll', (v: unknown) => client().departments.replaceAll(v as never), /^body/],
    ['departments.addIncremental', (v: unknown) => client().departments.addIncremental(v as never), /^body/],
    ['departments.update', (v: unknown) => client().departments.update(v as never), /^body/],
    ['candidates.list', (v: unknown) => client().candidates.list(v as never), /^query/],
    // retrieve validates its own argument: issues name `applicationIds`, not the list query.
    ['candidates.retrieve', (v: unknown) => client().candidates.retrieve(v as never), /^query\.applicationIds/],
    [
      'candidates.pull',
      (v: unknown) =>
        client()
          .candidates.pull(v as never)
          .collect(),
      /^query/,
    ],
  ] as const)('%s', async (_name, call, prefix) => {
    await fc.assert(
      fc.asyncProperty(anyValue, (value) => anyValueOutcome(rig.server, () => call(value), prefix)),
      RUNS,
    );
  });
});

// --- Each documented rule, broken -------------------------------------------------------------------

describe('moka: each broken rule is refused before sending, naming the field', () => {
  const syncWith =
    (patch: Record<string, unknown>, at = 0) =>
    (value: unknown) => {
      const list: Record<string, unknown>[] = [{ ...fc.sample(userAt(0), 1)[0] }, { ...fc.sample(userAt(1), 1)[0] }];
      list[at] = { ...list[at], ...patch, ...(value === REMOVE ? {} : { [Object.keys(patch)[0]!]: value }) };
      if (value === REMOVE) delete list[at]![Object.keys(patch)[0]!];
      return client().users.sync(list as never);
    };
  const REMOVE = Symbol('remove');

  it.each([
    ['email', fc.oneof(notEmail, notString)],
    ['name', fc.oneof(fc.constant(''), notString)],
    ['phone', fc.oneof(fc.constant(''), notString)],
    [
      'role',
      fc.oneof(
        fc.integer().filter((r) => !ROLES.includes(r as never)),
        fc.constantFrom('10', 'HR', null),
      ),
    ],
    ['departmentCode', fc.oneof(fc.string(), fc.constant(['ok', '']), fc.constant(null))],
    [
      'deactivated',
      fc.oneof(
        fc.integer().filter((d) => d !== 0 && d !== 1),
        fc.constantFrom('0', true, null),
      ),
    ],
    ['autoActivated', fc.oneof(fc.integer({ min: 2 }), fc.constantFrom('1', false))],
    ['locale', fc.string().filter((l) => l !== 'zh-CN' && l !== 'en-US')],
    [
      'roleId',
      fc.oneof(
        fc.double({ noNaN: true }).filter((d) => !Number.isInteger(d)),
        fc.constantFrom('7', Number.NaN, null),
      ),
    ],
    ['superiorEmail', fc.constant(REMOVE)],
    ['thirdPartyId', fc.constant(REMOVE)],
  ] as const)('users.sync: %s', async (field, bad) => {
    await fc.assert(
      fc.asyncProperty(bad, fc.constantFrom(0, 1), async (value, at) => {
        await expectRefused(
          rig.server,
          () => syncWith({ [field]: undefined }, at)(value),
          // The field itself, or the place inside it of a value JSON cannot carry (-Infinity in an object).
          new RegExp(`^body\\.usersInfo\\.${at}\\.${field}(\\..*)?$`),
        );
      }),
      RUNS,
    );
  });

  it('users.sync: an empty list is refused; a field the SDK does not know is sent as given (open bodies)', async () => {
    await expectRefused(rig.server, () => client().users.sync([]), 'body.usersInfo');
    const documented = new Set(Object.keys((MokaUserInputSchema as unknown as { shape: object }).shape));
    const unknownKey = fc.string({ minLength: 1 }).filter((k) => !documented.has(k) && k !== '__proto__');
    await fc.assert(
      fc.asyncProperty(validUser, unknownKey, async (user, key) => {
        rig.reset();
        await client().users.sync([{ ...user, [key]: 1 } as never]);
        const sent = JSON.parse(rig.server.requests.at(-1)!.body) as { usersInfo: Record<string, unknown>[] };
        expect(Object.hasOwn(sent.usersInfo[0]!, key) && sent.usersInfo[0]![key]).toBe(1);
      }),
      RUNS,
    );
  });

  it('users.sync: one bad user among 250 stops the whole sync before the first batch', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 249 }), async (bad) => {
        const list = Array.from({ length: 250 }, (_, i) => ({
          ...fc.sample(userAt(i), 1)[0]!,
          ...(i === bad ? { email: 'nope' } : {}),
        }));
        await expectRefused(rig.server, () => client().users.sync(list), `body.usersInfo.${bad}.email`);
      }),
      { numRuns: 20 },
    );
  });

  const writes = ['replaceAll', 'addIncremental', 'update'] as const;
  const withDepartment = (op: (typeof writes)[number], patch: Record<string, unknown>) => () =>
    client().departments[op]([{ ...baseDepartment(), ...patch }] as never);

  it.each(writes)('departments.%s: sequence out of 0–10000, more than two decimals, not a number', async (op) => {
    const badSequence = fc.oneof(
      fc.double({ min: 10000, noNaN: true, minExcluded: true }),
      fc.double({ max: 0, noNaN: true, maxExcluded: true }).filter((v) => v < 0),
      fc
        .integer({ min: 0, max: 9_999_999 })
        .map((m) => m / 1000)
        .filter((v) => Math.abs(v * 100 - Math.round(v * 100)) > 1e-6),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, '5'),
    );
    await fc.assert(
      fc.asyncProperty(badSequence, (value) =>
        expectRefused(rig.server, withDepartment(op, { sequence: value }), 'body.0.sequence'),
      ),
      RUNS,
    );
  });

  it.each(writes)('departments.%s: type, empty name or code, missing parent_code', async (op) => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer().filter((t) => t !== 1 && t !== 2),
        (type) => expectRefused(rig.server, withDepartment(op, { type }), 'body.0.type'),
      ),
      RUNS,
    );
    await expectRefused(rig.server, withDepartment(op, { name: '' }), 'body.0.name');
    await expectRefused(rig.server, withDepartment(op, { department_code: '' }), 'body.0.department_code');
    await expectRefused(rig.server, withDepartment(op, { parent_code: undefined }), 'body.0.parent_code');
  });

  it.each(writes)('departments.%s: duplicated codes, duplicated names under one parent, cycles', async (op) => {
    await fc.assert(
      fc.asyncProperty(
        departments.filter((l) => l.length >= 2),
        fc.nat(),
        async (list, pick) => {
          const i = 1 + (pick % (list.length - 1));
          const dupCode = list.map((d, k) => (k === i ? { ...d, department_code: list[0]!.department_code } : d));
          await expectRefused(rig.server, () => client().departments[op](dupCode), `body.${i}.department_code`);
          const twin = list.map((d, k) =>
            k === i ? { ...d, name: list[0]!.name, parent_code: list[0]!.parent_code } : d,
          );
          await expectRefused(rig.server, () => client().departments[op](twin), `body.${i}.name`);
          const cycle = list.map((d, k) =>
            k === 0
              ? { ...d, parent_code: list[i]!.department_code }
              : k === i
                ? { ...d, parent_code: list[0]!.department_code }
                : d,
          );
          await expectRefused(rig.server, () => client().departments[op](cycle), /^body\.\d+\.parent_code$/);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('departments.replaceAll: a parent that is not in the list', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1 }).filter((c) => c !== 'HQ'),
        (parent) =>
          expectRefused(
            rig.server,
            () =>
              client().departments.replaceAll([
                baseDepartment(),
                { name: 'x', department_code: 'X', parent_code: parent },
              ]),
            'body.1.parent_code',
          ),
      ),
      RUNS,
    );
  });

  it.each([
    ['limit', notIntegerIn(1, 20)],
    ['stage', fc.string().filter((s) => !['offer', 'pending_checkin', 'all', ''].includes(s))],
    ['order', fc.string().filter((s) => s !== 'ASC' && s !== 'DESC')],
    [
      'invitationUpdateStatus',
      fc.oneof(
        fc.integer().filter((s) => s < 0 || s > 2),
        fc.constantFrom('1', null),
      ),
    ],
    ['next', fc.oneof(fc.constant(''), fc.integer())],
    ['email', fc.oneof(fc.constant(''), fc.integer())],
  ] as const)('candidates.list: %s', async (field, bad) => {
    await fc.assert(
      fc.asyncProperty(bad, (value) =>
        expectRefused(
          rig.server,
          () => client().candidates.list({ stage: 'offer', [field]: value } as never),
          `query.${field}`,
        ),
      ),
      RUNS,
    );
  });

  it('candidates.list: neither stage nor applicationId, or both', async () => {
    await expectRefused(rig.server, () => client().candidates.list({} as never), 'query.stage');
    await expectRefused(
      rig.server,
      () => client().candidates.list({ stage: 'offer', applicationId: 1 } as never),
      'query.applicationId',
    );
  });

  it('candidates.retrieve: ids that are not positive integers', async () => {
    const bad = fc.oneof(
      fc.integer({ max: 0 }),
      fc.double({ noNaN: true }).filter((d) => !Number.isInteger(d)),
      fc.string().filter((s) => !/^\d+(,\d+)*$/.test(s)),
      fc.constant([]),
      fc.array(fc.constantFrom('x', -1, 1.5), { minLength: 1, maxLength: 3 }),
    );
    await fc.assert(
      fc.asyncProperty(bad, (ids) =>
        expectRefused(rig.server, () => client().candidates.retrieve(ids as never), /^query\.applicationIds/),
      ),
      RUNS,
    );
  });
});
