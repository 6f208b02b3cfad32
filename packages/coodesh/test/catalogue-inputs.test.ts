import { InputValidationError } from '@hr/core';
import { describe, expect, it } from 'vitest';
import { encodeJsonLogic } from '../src/internal.js';
import { SANDBOX_ROUTES } from '../src/testing.js';
import { useSandbox } from './helpers.js';

/** The issues of the InputValidationError a call rejects with. */
async function issuesOf(call: PromiseLike<unknown>): Promise<string[]> {
  const error = await Promise.resolve(call).then(
    () => expect.fail('expected the input to be refused'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputValidationError);
  return (error as InputValidationError).issues.map((i) => `${i.path}: ${i.message}`);
}

describe('catalogue inputs: documented rules are checked before anything is sent', () => {
  const h = useSandbox();
  const client = () => h.client({ allowUnconfirmedRoutes: true, routes: SANDBOX_ROUTES });
  const careerPath = {
    translated_content: { en: { name: 'Engineering' } },
    owners: ['u1'],
    author: 'u1',
    subaccount_ids: ['s1'],
  };

  it('refuses missing required fields and empty required strings', async () => {
    expect(await issuesOf(client().teams.create({ owners: ['u1'], author: '', subaccount_ids: [] } as never))).toEqual([
      expect.stringMatching(/^body\.name: /),
      expect.stringMatching(/^body\.author: Too small/),
    ]);
    expect(h.server.requests).toHaveLength(0);
  });

  it('sends keys the reference does not document as given (request bodies are open)', async () => {
    await client().careerPaths.create({ ...careerPath, nickname: 'x' } as never);
    await client().careerPaths.create({ ...careerPath, translated_content: { fr: { name: 'Ingénierie' } } } as never);
    const bodies = h.server.requests.map((r) => JSON.parse(r.body) as Record<string, unknown>);
    expect(bodies[0]).toMatchObject({ nickname: 'x' });
    expect(bodies[1]).toMatchObject({ translated_content: { fr: { name: 'Ingénierie' } } });
  });

  it('checks enumerations, formats, lengths and bounds', async () => {
    expect(await issuesOf(client().attempts.updateMany({ ids: ['a1'], stage: 'promoted' as never }))).toEqual([
      expect.stringMatching(/^body\.stage: Invalid option/),
    ]);
    expect(await issuesOf(client().attempts.invite({ ids: ['a1'], send_at: 'tomorrow' }))).toEqual([
      expect.stringMatching(/^body\.send_at: Invalid ISO datetime/),
    ]);
    expect(await issuesOf(client().attempts.reopen({ ids: ['a1'], duration: -1 }))).toEqual([
      expect.stringMatching(/^body\.duration: Too small/),
    ]);
    const user = { displayName: 'x'.repeat(51), email: 'not-an-email', roles: 'owner' as never, subaccount_ids: [] };
    expect(await issuesOf(client().employees.update('u1', user))).toEqual([
      expect.stringMatching(/^body\.displayName: Too big/),
      expect.stringMatching(/^body\.email: Invalid email/),
      expect.stringMatching(/^body\.roles: Invalid option/),
    ]);
    const position = {
      _id: 'p1',
      seniority_level: 0,
      vertical_level: 1,
      label: 'Sr',
      assessment_id: 'a1',
      hiring_link: 'not a url',
    };
    expect(await issuesOf(client().careerPaths.positions.update('c1', 'p1', position))).toEqual([
      expect.stringMatching(/^body\.seniority_level: Too small/),
      expect.stringMatching(/^body\.hiring_link: Invalid URL/),
    ]);
    expect(await issuesOf(client().employees.createMany({ users: [] }))).toEqual([
      expect.stringMatching(/^body\.users: Too small/),
    ]);
    expect(await issuesOf(client().questions.deleteMany(['q1', '']))).toEqual([
      expect.stringMatching(/^body\.1: Too small/),
    ]);
    expect(await issuesOf(client().teams.list({ pageSize: 5000 }))).toEqual([
      expect.stringMatching(/^query\.pageSize: Too big/),
    ]);
    expect(await issuesOf(client().teams.matchTalents({} as never))).toEqual([
      expect.stringMatching(/^query\.query: /),
    ]);
    expect(h.server.requests).toHaveLength(0);
  });

  it('checks path parameters and required headers', async () => {
    expect(await issuesOf(client().careerPaths.retrieve('..'))).toEqual([
      expect.stringMatching(/^path\.id: must be a non-empty id other than "\." or "\.\."/),
    ]);
    expect(await issuesOf(client().careerPaths.retrieve(''))).toEqual([expect.stringMatching(/^path\.id: Too small/)]);
    expect(await issuesOf(client().attempts.start('a1', { 'user-agent': '' }))).toEqual([
      expect.stringMatching(/^headers\.user-agent: Too small/),
    ]);
    expect(await issuesOf(client().attempts.start('a1', undefined as never))).toEqual([
      expect.stringMatching(/^headers: /),
    ]);
    // One validation (the operation's) names every issue: the path and the headers together.
    expect(await issuesOf(client().attempts.start('', {} as never))).toEqual([
      expect.stringMatching(/^path\.id: Too small/),
      expect.stringMatching(/^headers\.user-agent: /),
    ]);
    expect(h.server.requests).toHaveLength(0);
  });

  it('fills documented defaults, and sends a JSONLogic filter base64-encoded', async () => {
    await client().careerPaths.create(careerPath);
    expect(JSON.parse(h.server.requests[0]!.body)).toEqual({ ...careerPath, default_locale: 'en' });
    await client().ats.attempts.sync('att-1');
    expect(JSON.parse(h.server.requests[1]!.body)).toEqual({
      disable_notification: true,
      disable_ats_sync: false,
      disable_process_snapshots: true,
      disable_calculate_traits: false,
    });
    const rule = { and: [{ '==': [{ var: 'status' }, 'published'] }, { in: [{ var: 'author' }, ['u1']] }] };
    await client().careerPaths.list({ query: rule });
    await client().careerPaths.list({ query: 'eyJ9' });
    expect(h.server.requests[2]!.query.query).toBe(encodeJsonLogic(rule));
    expect(JSON.parse(Buffer.from(h.server.requests[2]!.query.query as string, 'base64').toString('utf8'))).toEqual(
      rule,
    );
    expect(h.server.requests[3]!.query.query).toBe('eyJ9');
  });
});

describe('the sandbox answers like NestJS when a required field is missing', () => {
  const h = useSandbox();

  it('400 with one message per missing field', async () => {
    const response = await fetch(`${h.server.url}/careers`, {
      method: 'POST',
      headers: { 'x-api-key': 'sandbox-api-key', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: [
        'translated_content should not be empty',
        'owners should not be empty',
        'author should not be empty',
        'subaccount_ids should not be empty',
      ],
    });
  });
});
