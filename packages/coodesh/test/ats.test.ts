import { ConflictError, InputValidationError, NotFoundError } from '@hr/core';
import { describe, expect, it } from 'vitest';
import { useSandbox } from './helpers.js';

const attemptBody = (assessmentId: string) => ({
  name: 'Test User',
  email: 'test@example.com',
  user_id: '6666c8a39641daa32b5f5443',
  assessment_id: assessmentId,
  company_id: '6666c8c7e4421468fc1bcbb0',
  job_id: '6666c8c2d944f09a35be0043',
  callback_url: 'https://ats.example.com/back',
  webhook_url: 'https://ats.example.com/hook',
});

describe('ats.assessments.list', () => {
  const h = useSandbox({ assessmentCount: 45 });

  it.each(['array', 'object'] as const)('reads the offset envelope sent as %s', async (shape) => {
    h.sandbox.state.atsEnvelope = shape;
    const first = await h.client().ats.assessments.list({ limit: 20 });
    expect(h.server.requests[0]!.path).toBe('/assessments/ats');
    expect(h.server.requests[0]!.query).toEqual({ limit: '20' });
    expect(first.data).toMatchObject({ offset: 0, total: 45, limit: 20 });
    expect(first.items).toHaveLength(20);
    expect(first.nextQuery).toEqual({ offset: 20 });
    const ids = (await h.client().ats.assessments.list({ limit: 20 }).toArray()).map((a) => a.assessment_id);
    expect(ids).toEqual(h.sandbox.state.assessments.map((a) => a.assessment_id));
    expect(h.server.requests.slice(1).map((r) => r.query.offset ?? '0')).toEqual(['0', '20', '40']);
  });

  it('filters by repeated _id and search', async () => {
    const [a, b] = h.sandbox.state.assessments;
    const page = await h.client().ats.assessments.list({ _id: [a!.assessment_id!, b!.assessment_id!], search: 'e' });
    expect(h.server.requests[0]!.url).toContain(`_id=${a!.assessment_id}&_id=${b!.assessment_id}`);
    expect(page.items.map((i) => i.assessment_id)).toEqual([a!.assessment_id, b!.assessment_id]);
  });

  it('refuses a limit over 2000 before sending', async () => {
    await expect(h.client().ats.assessments.list({ limit: 2001 })).rejects.toThrow(/query\.limit/);
    expect(h.server.requests).toHaveLength(0);
  });
});

describe('ats.attempts', () => {
  const h = useSandbox();

  it('creates an attempt (disable_email defaults to true) and reads it back', async () => {
    const assessment = h.sandbox.state.assessments[0]!;
    const created = await h.client().ats.attempts.create(attemptBody(assessment.assessment_id!));
    const sent = h.server.requests[0]!;
    expect(sent.method).toBe('POST');
    expect(sent.path).toBe('/assessments/ats/attempts');
    expect(JSON.parse(sent.body)).toEqual({ ...attemptBody(assessment.assessment_id!), disable_email: true });
    expect(created.attempt_id).toMatch(/^[0-9a-f]{24}$/);
    expect(created.attempt_url).toContain(created.attempt_id);
    const attempt = await h.client().ats.attempts.retrieve(created.attempt_id!);
    expect(h.server.requests[1]!.path).toBe(`/assessments/ats/attempts/${created.attempt_id}`);
    expect(attempt).toMatchObject({
      attempt_id: created.attempt_id,
      status: 'invited',
      assessment_id: assessment.assessment_id,
    });
  });

  it('refuses missing and malformed fields before sending, naming each', async () => {
    const { webhook_url: _omit, ...withoutWebhook } = attemptBody('x');
    const error = await h
      .client()
      .ats.attempts.create({ ...withoutWebhook, email: 'nope', callback_url: 'not a url' } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputValidationError);
    const paths = (error as InputValidationError).issues.map((i) => i.path).sort();
    expect(paths).toEqual(['body.callback_url', 'body.email', 'body.webhook_url']);
    expect(h.server.requests).toHaveLength(0);
  });

  it('maps the vendor\u2019s 404 and 409', async () => {
    await expect(h.client().ats.attempts.create(attemptBody('000000000000000000000000'))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(h.client().ats.attempts.retrieve('missing')).rejects.toBeInstanceOf(NotFoundError);
    const id = h.sandbox.state.assessments[0]!.assessment_id!;
    await h.client().ats.attempts.create(attemptBody(id));
    const conflict = await h
      .client()
      .ats.attempts.create(attemptBody(id))
      .catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError).status).toBe(409);
  });
});
