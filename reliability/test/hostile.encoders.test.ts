import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HRError, InputValidationError } from '@hr/core';
import { email, expectRefused, rejectionOf } from './support/refusal.js';
import { type ComeetRig, type CoodeshRig, type FeishuRig, type MokaRig, useEveryRig } from './support/rigs.js';

/**
 * Attack: values the body and query encoders cannot write, handed over in the fields every open body
 * and query lets through (a key the SDK does not know is sent as given). JSON has no BigInt, no
 * cycles, no functions or symbols (silently dropped), no NaN or Infinity (silently null), no invalid
 * Date (null), no Map or Set (an empty object); a URL has no invalid Date. Each is refused as an
 * InputValidationError naming the field, and nothing is sent; none escapes as a TypeError or a
 * RangeError, and none is silently changed on the way out.
 */

let moka: MokaRig;
let feishu: FeishuRig;
let comeet: ComeetRig;
let coodesh: CoodeshRig;
useEveryRig((rigs) => ({ moka, feishu, comeet, coodesh } = rigs));

function circular(): object {
  const node: Record<string, unknown> = { name: 'loop' };
  node['self'] = { back: node };
  return node;
}

/** Values JSON cannot carry, each with the path under the field where the refusal must point. */
const UNSENDABLE_IN_JSON: [string, () => unknown, string][] = [
  ['a BigInt', () => 10n, ''],
  ['a BigInt deep in a list', () => ({ deep: [1, { amount: 10n }] }), '.deep.1.amount'],
  ['a circular object', circular, '.self.back'],
  ['a function', () => () => 1, ''],
  ['a symbol', () => Symbol('x'), ''],
  ['an invalid Date', () => new Date(Number.NaN), ''],
  ['NaN', () => Number.NaN, ''],
  ['Infinity', () => Number.POSITIVE_INFINITY, ''],
  ['a Map', () => new Map([['a', 1]]), ''],
  ['a Set', () => new Set([1]), ''],
  [
    'an object whose toJSON throws',
    () => ({
      toJSON() {
        throw new Error('cannot serialize /home/alice/secret');
      },
    }),
    '',
  ],
];

/** Values a URL cannot carry. */
const UNSENDABLE_IN_QUERY: [string, () => unknown][] = [
  ['an invalid Date', () => new Date(Number.NaN)],
  ['NaN', () => Number.NaN],
  ['-Infinity', () => Number.NEGATIVE_INFINITY],
  ['an invalid Date in a list', () => [new Date(0), new Date(Number.NaN)]],
];

const mokaUser = {
  email: 'ada@example.com',
  name: 'Ada',
  phone: '13800000000',
  role: 30,
  departmentCode: [],
  superiorEmail: '',
  deactivated: 0,
  thirdPartyId: '',
};

/** An open body per vendor, with `value` under a key the SDK does not know; and where it sits. */
const BODIES: [string, (value: unknown) => PromiseLike<unknown>, string][] = [
  ['moka users.sync', (v) => moka.client().users.sync([{ ...mokaUser, extra: v } as never]), 'body.usersInfo.0.extra'],
  [
    'feishu preHires.patch',
    (v) =>
      feishu.client().preHires.patch([...feishu.state.preHires.keys()][0]!, {
        onboarding_status: { enum_name: 'preboarding' },
        hire_date: '2025-01-01',
        extra: v,
      } as never),
    'body.extra',
  ],
  [
    'comeet candidates.create',
    (v) =>
      comeet.client().candidates.create({
        position_uid: '11.11',
        first_name: 'Ada',
        last_name: 'Lovelace',
        extra: v,
      } as never),
    'body.extra',
  ],
  [
    'coodesh ats.attempts.create',
    (v) =>
      coodesh.client().ats.attempts.create({
        name: 'Ada',
        email: 'ada@example.com',
        user_id: 'u1',
        assessment_id: 'a1',
        company_id: 'c1',
        job_id: 'j1',
        callback_url: 'https://example.com/cb',
        webhook_url: 'https://example.com/hook',
        extra: v,
      } as never),
    'body.extra',
  ],
];

/** An open query per vendor, with `value` under a key the SDK does not know (Moka's queries are closed: an unknown key is refused as such). */
const QUERIES: [string, (value: unknown) => PromiseLike<unknown>][] = [
  ['feishu preHires.list', (v) => feishu.client().preHires.list({ page_size: 1, extra: v } as never)],
  ['comeet positions.list', (v) => comeet.client().positions.list({ extra: v } as never)],
  ['coodesh jobs.list', (v) => coodesh.client().jobs.list({ extra: v } as never)],
];

const serversOf = () => [moka.server, feishu.server, comeet.server, coodesh.server];
/** The server of the vendor a table row names first (`moka users.sync`). */
const serverOf = (row: string) => ({ moka, feishu, comeet, coodesh })[row.split(' ')[0] as 'moka'].server;
const sentAnything = () => serversOf().some((server) => server.requests.some((r) => !r.path.includes('token')));

describe('a value JSON cannot carry, in an open body, is an InputValidationError naming the field; nothing is sent', () => {
  for (const [vendor, call, field] of BODIES) {
    it.each(UNSENDABLE_IN_JSON)(`${vendor}: %s`, async (_what, make, under) => {
      const server = serverOf(vendor);
      await expectRefused(server, () => call(make()), `${field}${under}`);
      expect(sentAnything()).toBe(false);
    });
  }

  it('a BigInt in a body is an InputValidationError naming the field, whatever the key', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 12 }).filter((key) => !(key in mokaUser) && key !== '__proto__'),
        fc.bigInt(),
        email,
        async (key, amount, address) => {
          const error = await rejectionOf(() =>
            moka.client().users.sync([{ ...mokaUser, email: address, [key]: amount } as never]),
          );
          expect(InputValidationError.isInstance(error), String(error)).toBe(true);
          expect((error as InputValidationError).issues.map((issue) => issue.path)).toContain(
            `body.usersInfo.0.${key}`,
          );
        },
      ),
      { numRuns: 30 },
    );
    expect(sentAnything()).toBe(false);
  });

  it('a refusal names no secret the toJSON error carried', async () => {
    const make = UNSENDABLE_IN_JSON.find(([what]) => what.includes('toJSON'))![1];
    const error = await rejectionOf(() => BODIES[0]![1](make()));
    expect(HRError.isInstance(error)).toBe(true);
    expect((error as Error).message).not.toContain('/home/alice');
  });
});

describe('a value a URL cannot carry, in an open query, is an InputValidationError naming the field; nothing is sent', () => {
  for (const [vendor, call] of QUERIES) {
    it.each(UNSENDABLE_IN_QUERY)(`${vendor}: %s`, async (_what, make) => {
      const server = serverOf(vendor);
      await expectRefused(server, () => call(make()), /^query\.extra(\.\d+)?$/);
      expect(sentAnything()).toBe(false);
    });
  }

  it('an invalid Date on a listing is refused before the first page, also when iterating', async () => {
    const listing = feishu.client().preHires.list({ page_size: 1, extra: new Date(Number.NaN) } as never);
    const error = await rejectionOf(async () => {
      for await (const _preHire of listing) break;
    });
    expect(InputValidationError.isInstance(error), String(error)).toBe(true);
    expect(sentAnything()).toBe(false);
  });
});
