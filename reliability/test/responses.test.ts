import fc from 'fast-check';
import { http } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APIError, ResponseValidationError } from '@hr/core';
import type { SandboxServer } from '@hr/core/testing';
import { startComeet, startCoodesh, startFeishu, startMoka } from './support/rigs.js';

/**
 * Hostile answers: error and success bodies of any shape, with vendor codes that are Object.prototype
 * keys, numbers, objects or nulls. A failure must stay a typed SDK error (never a TypeError thrown by
 * an envelope mapper), and keep the raw body.
 */

const PROTO_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
const oddValue = fc.oneof(
  fc.constantFrom(...PROTO_KEYS),
  fc.string(),
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.object({ maxDepth: 1 }),
);
/** An error body shaped like any of the four vendors' envelopes, with odd values in every field. */
const errorBody = fc.record(
  {
    code: oddValue,
    msg: oddValue,
    error: oddValue,
    message: oddValue,
    status: oddValue,
    statusCode: oddValue,
    success: oddValue,
    errorMessage: oddValue,
    candidate_uid: oddValue,
    data: oddValue,
  },
  { requiredKeys: [] },
);
const status = fc.constantFrom(200, 400, 401, 403, 404, 409, 422, 429, 500, 503);

/** A started fake and one call through its client. */
type Started = { rig: { server: SandboxServer; close(): Promise<void> }; call(): PromiseLike<unknown> };

const targets: { name: string; start(): Promise<Started> }[] = [
  {
    name: 'moka candidates.list',
    start: async () => {
      const rig = await startMoka();
      return { rig, call: () => rig.client().candidates.list({ stage: 'offer' }) };
    },
  },
  {
    name: 'feishu preHires.patch',
    start: async () => {
      const rig = await startFeishu();
      return {
        rig,
        call: () =>
          rig.client().preHires.patch('1', { onboarding_status: { enum_name: 'preboarding' }, worker_id: 'w' }),
      };
    },
  },
  {
    name: 'comeet candidates.create',
    start: async () => {
      const rig = await startComeet();
      return {
        rig,
        call: () => rig.client().candidates.create({ position_uid: '11.11', first_name: 'A', last_name: 'B' }),
      };
    },
  },
  {
    name: 'coodesh ats.attempts.retrieve',
    start: async () => {
      const rig = await startCoodesh();
      return { rig, call: () => rig.client().ats.attempts.retrieve('x') };
    },
  },
];

describe.each(targets)('$name: hostile answers', (target) => {
  let started: Started;
  beforeAll(async () => {
    started = await target.start();
  });
  afterAll(() => started.rig.close());

  it('any error-looking body at any status: a typed error with the raw body, or the data', async () => {
    await fc.assert(
      fc.asyncProperty(status, errorBody, async (code, body) => {
        const { server } = started.rig;
        server.resetHandlers();
        // Let the token endpoint through, answer every API call with the hostile body.
        server.use(
          http.all('*', ({ request }) =>
            request.url.includes('tenant_access_token') ? undefined : Response.json(body, { status: code }),
          ),
        );
        const outcome = await Promise.resolve(started.call()).then(
          () => undefined,
          (error: unknown) => error,
        );
        if (outcome === undefined) return;
        // An answer was read: the failure is the vendor's (APIError, raw body kept) or a shape mismatch, never a crash.
        expect(APIError.isInstance(outcome) || ResponseValidationError.isInstance(outcome), `${String(outcome)}`).toBe(
          true,
        );
        if (APIError.isInstance(outcome))
          expect(Object.keys(JSON.parse(outcome.rawBody))).toEqual(Object.keys(JSON.parse(JSON.stringify(body))));
      }),
      { numRuns: 80 },
    );
  });
});
