import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import {
  AuthenticationError,
  InputValidationError,
  InvalidRequestError,
  MokaClient,
  ServerError,
} from '../src/index.js';
import { CandidatePageSchema, MokaCandidateSchema } from '../src/schemas.js';
import { DOC_EXAMPLE_CANDIDATE_PAGE } from '../src/testing.js';
import { API_KEY, type Harness, startHarness } from './setup.js';

describe('candidate schema', () => {
  it("parses Moka's documented example, keeping keys as sent and departmentCode numbers", () => {
    const page = CandidatePageSchema.parse(DOC_EXAMPLE_CANDIDATE_PAGE);
    expect(page.next).toBe('47168265');
    const [first, second] = page.data;
    expect(first![' Attachments']![0]!.size).toBe(1024);
    expect(second!['exam Attachments']![0]!.name).toBe('Exam结果');
    expect(second!.offer!.departmentCode).toBe(30);
    expect(second!.offer!.hcInfo).toMatchObject({ id: 8, status: 'timeout' });
    expect(second!.offer!.jobRankInfo!.level).toBe(3);
    expect(first!.sourceList![1]).toEqual({ id: 4, name: 'Historical source', isBuiltin: true });
    expect(first!.referrer!.number).toBe('2019');
    expect(second!.referrer).toBeNull();
  });

  it('accepts departmentCode as a string or a number, nulls, and unknown fields', () => {
    const parsed = MokaCandidateSchema.parse({
      applicationId: 1,
      departmentCode: 'D-1',
      job: { departmentCode: 42, parentDepartmentCode: 'P' },
      offer: null,
      brandNew: { x: 1 },
    });
    expect(parsed.departmentCode).toBe('D-1');
    expect(parsed.job!.departmentCode).toBe(42);
    expect(parsed).toHaveProperty('brandNew', { x: 1 });
  });
});

describe('candidates', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  it('list pages by the next cursor, newest first by default, and every documented section validates', async () => {
    h.state.seedCandidates(45, 'offer');
    h.state.seedCandidates(3, 'pending_checkin');
    const listing = h.client.candidates.list({ stage: 'offer' });
    const first = await listing;
    expect(first.items).toHaveLength(20);
    expect(first.hasNextPage).toBe(true);
    const all = await listing.toArray();
    expect(all).toHaveLength(45);
    expect(all[0]!.applicationId).toBe(h.state.candidates[44]!.record.applicationId);
    expect(h.server.requests.map((r) => r.query['next'])).toEqual([
      undefined,
      String(all[19]!.applicationId),
      String(all[39]!.applicationId),
    ]);
    expect(h.server.requests[0]!.query).toEqual({ stage: 'offer' });
    const c = all[0]!;
    expect(c.interviewers![0]!.feedbackTemplateResult![1]!.subjects![0]!.result).toEqual([1, 2]);
    expect(c.interviewers![0]!.satisfactionRecord!.isAnonymous).toBe(true);
    expect(c.survey![0]!['survey Attachments']).toHaveLength(1);
    expect(c.remarks![0]!.creator!.email).toBe('hr@example.com');
    expect(c.owners).toMatchObject({ employeeId: '03' });
    expect(c.projectInfo![0]!.projectName).toBe('Payroll');
  });

  it('the fake answers an unreadable movedAt time with a documented-style failure, not a crashed handler', async () => {
    h.state.seedCandidates(2, 'offer');
    const error = await h.client.candidates
      .list({ stage: 'offer', movedAtStartTime: 'yesterday-ish' })
      .catch((e: unknown) => e);
    expect(InvalidRequestError.isInstance(error)).toBe(true);
    expect((error as InvalidRequestError).status).toBe(400);
    expect((error as InvalidRequestError).vendorMessage).toMatch(/movedAtStartTime/);
  });

  it('sends the filters as documented (stage all, limit, ASC, dates, email, phone, invitationUpdateStatus)', async () => {
    h.state.addCandidate('offer', {
      email: 'x@example.com',
      phone: '1',
      invitationUpdateStatus: 2,
      movedAt: '2024-02-01T00:00:00.000Z',
    });
    h.state.addCandidate('pending_checkin', { movedAt: '2024-03-01T00:00:00.000Z' });
    const page = await h.client.candidates.list({
      stage: 'all',
      limit: 5,
      order: 'DESC',
      email: 'x@example.com',
      phone: '1',
      movedAtStartTime: '2024-01-01',
      movedAtEndTime: '2024-12-31',
      invitationUpdateStatus: 2,
    });
    expect(page.items.map((c) => c.email)).toEqual(['x@example.com']);
    expect(h.server.requests[0]!.query).toEqual({
      stage: 'all',
      limit: '5',
      order: 'DESC',
      email: 'x@example.com',
      phone: '1',
      movedAtStartTime: '2024-01-01',
      movedAtEndTime: '2024-12-31',
      invitationUpdateStatus: '2',
    });
  });

  const invalid: [string, unknown, RegExp][] = [
    ['neither stage nor applicationId', {}, /query\.stage: is required: pass exactly one of applicationId and stage/],
    [
      'both stage and applicationId',
      { stage: 'offer', applicationId: 1 },
      /query\.applicationId: cannot be combined with stage/,
    ],
    ['an unknown stage', { stage: 'interview' }, /query\.stage: must be offer, pending_checkin or all/],
    ['limit 21', { stage: 'offer', limit: 21 }, /query\.limit: must be at most 20/],
    ['limit 0', { stage: 'offer', limit: 0 }, /query\.limit: must be at least 1/],
    ['order asc', { stage: 'offer', order: 'asc' }, /query\.order: must be ASC or DESC/],
    [
      'invitationUpdateStatus 3',
      { stage: 'offer', invitationUpdateStatus: 3 },
      /query\.invitationUpdateStatus: must be 0 \(not invited\), 1 \(not updated\) or 2 \(updated\)/,
    ],
    ['a non-numeric application id', { applicationId: 'abc' }, /query\.applicationId/],
    [
      'filters with applicationId',
      { applicationId: 1, email: 'a@b.c' },
      /Moka ignores every other parameter when applicationId is given/,
    ],
  ];
  it.each(invalid)('list refuses %s before sending', async (_name, params, message) => {
    const error = await h.client.candidates.list(params as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputValidationError);
    expect((error as Error).message).toMatch(message);
    expect(h.server.requests).toHaveLength(0);
  });

  it('retrieve sends one or many application ids comma-separated and returns those candidates', async () => {
    const [a, b, c] = h.state.seedCandidates(3, 'offer');
    h.state.addCandidate('other', { applicationId: 99 });
    const found = await h.client.candidates.retrieve([a!.record.applicationId, String(c!.record.applicationId), 99]);
    expect(found.map((x) => x.applicationId).sort()).toEqual(
      [a!.record.applicationId, c!.record.applicationId, 99].sort(),
    );
    expect(h.server.requests[0]!.query).toEqual({
      applicationId: `${a!.record.applicationId},${c!.record.applicationId},99`,
    });
    expect((await h.client.candidates.retrieve(b!.record.applicationId)).map((x) => x.name)).toEqual([
      b!.record['name'],
    ]);
  });

  it('retrieve with a bad id names candidates.retrieve and its applicationIds argument, and sends nothing', async () => {
    const cases: [unknown, RegExp][] = [
      [undefined, /applicationIds: is required/],
      ['abc', /applicationIds: must be an application id/],
      [-1, /applicationIds: must be an application id/],
      [{}, /applicationIds: must be an application id/],
      [[], /applicationIds: must list at least one application id/],
      [['x'], /applicationIds\.0: must be an application id/],
    ];
    for (const [bad, message] of cases) {
      const error = await h.client.candidates.retrieve(bad as never).catch((e: unknown) => e);
      expect(error, JSON.stringify(bad)).toBeInstanceOf(InputValidationError);
      expect((error as InputValidationError).operation).toBe('candidates.retrieve');
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toMatch(/stage|candidates\.list/);
    }
    expect(h.server.requests).toHaveLength(0);
  });

  for (const answer of ['en', 'zh'] as const) {
    it(`a stage without any candidate (Moka's documented HTTP 500 "server exception", ${answer}) is an empty page, sent once`, async () => {
      h.state.emptyStageAnswer = answer;
      const client = new MokaClient({ apiKey: API_KEY, baseUrl: h.baseUrl, maxRetries: 3, logLevel: 'off' });
      const page = await client.candidates.list({ stage: 'pending_checkin' });
      expect(page.items).toEqual([]);
      expect(page.hasNextPage).toBe(false);
      expect(await client.candidates.list({ stage: 'pending_checkin' }).toArray()).toEqual([]);
      expect(h.server.requests).toHaveLength(2); // never retried
    });
  }

  it('the empty-stage answer keeps a pull at the cursor it was given', async () => {
    const result = await h.client.candidates.pull({ stage: 'pending_checkin', cursor: '47200009' }).collect();
    expect(result).toEqual({ candidates: [], cursor: '47200009', pages: 1 });
  });

  it('another 500 on a stage listing stays a retryable ServerError naming what Moka documents for a 500 there', async () => {
    h.state.seedCandidates(1, 'offer');
    h.server.use(
      http.get('*/data/ehrApplications', () =>
        HttpResponse.json({ code: -1, success: false, msg: 'boom' }, { status: 500 }),
      ),
    );
    const client = new MokaClient({ apiKey: API_KEY, baseUrl: h.baseUrl, maxRetries: 1, logLevel: 'off' });
    const error = (await client.candidates.list({ stage: 'offer' }).catch((e: unknown) => e)) as ServerError;
    expect(error).toBeInstanceOf(ServerError);
    expect(error.vendorMessage).toBe('boom');
    expect(error.retryable).toBe(true);
    expect(error.message).toMatch(/Moka documents HTTP 500 "server exception" for a stage with no candidate/);
    expect(h.server.requests).toHaveLength(2); // retried once
  });

  it('an HTML 500 on a stage listing is an outage, not an empty stage', async () => {
    h.server.use(
      http.get('*/data/ehrApplications', () => new HttpResponse('<html>Server exception</html>', { status: 500 })),
    );
    const error = await h.client.candidates.list({ stage: 'offer' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
  });

  it('a refused key on a stage listing is still an AuthenticationError (HTTP 500 too), not an empty stage', async () => {
    const client = new MokaClient({ apiKey: 'wrong-key', baseUrl: h.baseUrl, maxRetries: 0, logLevel: 'off' });
    const error = await client.candidates.list({ stage: 'offer' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
  });

  it('an ASC listing stops at its first empty page although Moka always sends next', async () => {
    h.state.seedCandidates(25, 'offer');
    const all = await h.client.candidates.list({ stage: 'offer', order: 'ASC' }).toArray();
    expect(all).toHaveLength(25);
    expect(all[0]!.applicationId).toBe(h.state.candidates[0]!.record.applicationId);
    expect(h.server.requests).toHaveLength(3); // 20, 5, then the empty page that still carries next
  });
});

describe('candidates.pull (incremental)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  it('pulls oldest first, yields the cursor to save per page, and resumes from it', async () => {
    h.state.seedCandidates(23, 'offer');
    const pages = [];
    for await (const page of h.client.candidates.pull({ stage: 'offer' })) pages.push(page);
    expect(pages.map((p) => p.candidates.length)).toEqual([20, 3, 0]);
    const lastId = String(h.state.candidates[22]!.record.applicationId);
    expect(pages.map((p) => p.cursor)).toEqual([String(h.state.candidates[19]!.record.applicationId), lastId, lastId]);
    expect(h.server.requests.every((r) => r.query['order'] === 'ASC')).toBe(true);

    // Nothing new: one empty page, the same cursor back.
    h.server.resetHandlers();
    const idle = await h.client.candidates.pull({ stage: 'offer', cursor: lastId }).collect();
    expect(idle).toEqual({ candidates: [], cursor: lastId, pages: 1 });
    expect(h.server.requests[0]!.query).toEqual({ stage: 'offer', order: 'ASC', next: lastId });

    // Two candidates arrive: the next run gets exactly them.
    const fresh = h.state.seedCandidates(2, 'offer');
    const result = await h.client.candidates.pull({ stage: 'offer', cursor: lastId }).collect();
    expect(result.candidates.map((c) => c.applicationId)).toEqual(fresh.map((c) => c.record.applicationId));
    expect(result.cursor).toBe(String(fresh[1]!.record.applicationId));
  });

  it('stopping early leaves the cursor of the last processed page', async () => {
    h.state.seedCandidates(45, 'offer');
    let saved: string | undefined;
    for await (const page of h.client.candidates.pull({ stage: 'offer', limit: 10 })) {
      saved = page.cursor;
      break;
    }
    expect(saved).toBe(String(h.state.candidates[9]!.record.applicationId));
    expect(h.server.requests).toHaveLength(1);
  });

  it('missing or null params are refused as invalid input when pulled, never thrown synchronously', async () => {
    for (const params of [undefined, null]) {
      const pull = h.client.candidates.pull(params as never);
      await expect(pull.collect()).rejects.toSatisfy(
        (error) =>
          InputValidationError.isInstance(error) && (error as InputValidationError).issues[0]!.path === 'query.stage',
      );
    }
    expect(h.server.requests).toHaveLength(0);
  });
});
