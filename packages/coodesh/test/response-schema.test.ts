import { captureLogger } from '@hr/core/testing';
import { http, HttpResponse } from 'msw';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { InputValidationError, ResponseValidationError } from '../src/index.js';
import { useSandbox } from './helpers.js';

/**
 * The operations whose reference shows no response resolve with `unknown`, or with the data a
 * caller-supplied `responseSchema` checks and types.
 */
describe('responseSchema: a schema of your own for an undocumented answer', () => {
  const h = useSandbox();
  const client = () => h.client({ allowUnconfirmedRoutes: true });
  const Scorecards = z.looseObject({ docs: z.array(z.looseObject({ _id: z.string(), score: z.number() })) });

  it('checks and types the answer of a read', async () => {
    h.server.use(http.get('*/scorecards', () => HttpResponse.json({ docs: [{ _id: 's1', score: 87, extra: true }] })));
    const scorecards = await client().scorecards.list({}, { responseSchema: Scorecards });
    expectTypeOf(scorecards).toEqualTypeOf<z.output<typeof Scorecards>>();
    expect(scorecards.docs[0]).toEqual({ _id: 's1', score: 87, extra: true });
    expect(h.server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /scorecards']);
  });

  it('rejects a read whose answer does not match, keeping the data on the error', async () => {
    h.server.use(http.get('*/scorecards', () => HttpResponse.json({ docs: [{ _id: 's1', score: 'high' }] })));
    const error = await client()
      .scorecards.list({}, { responseSchema: Scorecards })
      .then(
        () => expect.fail('expected a ResponseValidationError'),
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues.map((i) => i.path)).toEqual(['docs.0.score']);
    expect((error as ResponseValidationError).data).toEqual({ docs: [{ _id: 's1', score: 'high' }] });
  });

  it('resolves with the answer as received, typed unknown, without a schema', async () => {
    h.server.use(http.get('*/scorecards', () => HttpResponse.json({ docs: [{ _id: 's1', score: 'high' }] })));
    const answer = await client().scorecards.list();
    expectTypeOf(answer).toEqualTypeOf<unknown>();
    expect(answer).toEqual({ docs: [{ _id: 's1', score: 'high' }] });
  });

  it('never fails a write whose answer does not match: it logs and resolves with the data as received', async () => {
    const log = captureLogger();
    const body = {
      translated_content: { en: { name: 'Engineering' } },
      owners: ['u1'],
      author: 'u1',
      subaccount_ids: [],
    };
    h.server.use(http.post('*/careers', () => HttpResponse.json({ _id: 42 }, { status: 201 })));
    const created = await h
      .client({ allowUnconfirmedRoutes: true, logger: log.logger })
      .careerPaths.create(body, { responseSchema: z.object({ _id: z.string() }) });
    expectTypeOf(created).toEqualTypeOf<{ _id: string }>();
    expect(created).toEqual({ _id: 42 });
    expect(log.lines.join('\n')).toMatch(/careerPaths\.create.*_id/s);
  });

  it('types a hand-written method too (the SAML start answer)', async () => {
    const url = await h
      .client()
      .auth.saml({ email: 'ana@example.com' }, { responseSchema: z.object({ url: z.url() }) })
      .then((answer) => answer.url);
    expect(url).toBe('https://idp.sandbox.test/sso?SAMLRequest=sandbox');
  });

  it('refuses a responseSchema that is not a zod schema, sending nothing', async () => {
    const error = await client()
      .scorecards.list({}, { responseSchema: { parse: () => 1 } as never })
      .then(
        () => expect.fail('expected an InputValidationError'),
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(InputValidationError);
    expect((error as InputValidationError).issues[0]).toMatchObject({ path: 'options.responseSchema' });
    expect(h.server.requests).toHaveLength(0);
  });
});
