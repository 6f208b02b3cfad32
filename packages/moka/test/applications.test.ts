import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputValidationError, MOVED_APPLICATION_STAGE } from '../src/index.js';
import { type Harness, startHarness } from './setup.js';

describe('applications.list and applications.pull (GET /v1/data/applications)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  it('lists every stage from fromTime, sending fromTime first and next alone after it, and never loses a page', async () => {
    h.state.seedCandidates(120, 'offer');
    h.state.seedCandidates(60, 'pending_checkin');
    h.state.seedCandidates(50, 'other');
    const all = await h.client.applications.list({ fromTime: '2024-01-01', limit: 100 }).toArray();
    expect(all).toHaveLength(230);
    expect(new Set(all.map((a) => a.id)).size).toBe(230);
    expect(new Set(all.map((a) => a.stageName))).toEqual(new Set(['沟通offer']));
    const queries = h.server.requests.map((r) => r.query);
    expect(queries[0]).toEqual({ fromTime: '2024-01-01', limit: '100' });
    expect(queries.slice(1)).toEqual([
      { next: expect.any(String), limit: '100' },
      { next: expect.any(String), limit: '100' },
    ]);
    expect(h.server.requests.every((r) => r.path === '/api-platform/v1/data/applications')).toBe(true);
    expect(all[0]).toEqual({
      id: h.state.candidates[0]!.record.applicationId,
      sourceName: 'Other',
      headhunterCompany: null,
      stageName: '沟通offer',
      jobId: expect.any(String),
      updatedAt: '2024-01-01 00:01:00',
    });
  });

  it('pull yields resumeFrom, the latest updatedAt processed; the next run from it gets what changed since (and that moment)', async () => {
    const [a, b] = h.state.seedCandidates(3, 'offer');
    const first = await h.client.applications.pull({ fromTime: '2024-01-01', limit: 2 }).collect();
    expect(first.applications).toHaveLength(3);
    expect(first.pages).toBe(2);
    expect(first.resumeFrom).toBe('2024-01-01 00:03:00');
    h.state.moveCandidate(a!.record.applicationId, 'pending_checkin');
    h.state.moveCandidate(b!.record.applicationId, 'other');
    const pages = [];
    for await (const page of h.client.applications.pull({ fromTime: first.resumeFrom })) pages.push(page);
    const ids = pages.flatMap((p) => p.applications.map((x) => x.id));
    // The third (at the resume moment) is re-delivered; the two moved ones come with their new stage.
    expect(ids).toEqual([
      h.state.candidates[2]!.record.applicationId,
      a!.record.applicationId,
      b!.record.applicationId,
    ]);
    expect(pages.at(-1)!.applications.map((x) => x.stageName)).toEqual(['沟通offer', '待入职', '面试']);
    expect(pages.at(-1)!.resumeFrom).toBe('2024-01-01 00:05:00');
  });

  it('a pull with nothing new keeps the fromTime it was given', async () => {
    h.state.seedCandidates(1, 'offer');
    const result = await h.client.applications.pull({ fromTime: '2030-01-01' }).collect();
    expect(result).toEqual({ applications: [], resumeFrom: '2030-01-01', pages: 1 });
  });

  const invalid: [string, unknown, RegExp][] = [
    ['fromTime with next', { fromTime: '2024-01-01', next: 'x' }, /query\.next: cannot be combined with fromTime/],
    ['a zero limit', { limit: 0 }, /query\.limit: must be at least 1/],
    ['an empty fromTime', { fromTime: '' }, /query\.fromTime: must not be empty/],
    ['an unknown parameter', { stage: 'offer' }, /query/],
  ];
  it.each(invalid)('list refuses %s before sending', async (_name, params, message) => {
    const error = await h.client.applications.list(params as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputValidationError);
    expect((error as Error).message).toMatch(message);
    expect(h.server.requests).toHaveLength(0);
  });
});

describe('applications.moved (GET /v1/data/moved_applications)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  it('returns the stage once, then only what moved since (Moka marks what it returned); reqType all ignores the marks', async () => {
    const [a] = h.state.seedCandidates(25, 'offer');
    h.state.seedCandidates(5, 'pending_checkin');
    const first = await h.client.applications.moved({ stage: 'offer', fromTime: '2024-1-1' }).toArray();
    expect(first).toHaveLength(25);
    expect(first[0]).toMatchObject({ applicationId: a!.record.applicationId, stageType: 101 });
    expect(h.server.requests.map((r) => r.query)).toEqual([
      { stage: 'offer', fromTime: '2024-1-1' },
      { next: expect.any(String) },
    ]);
    expect(await h.client.applications.moved({ stage: 'offer', fromTime: '2024-1-1' }).toArray()).toEqual([]);
    h.state.moveCandidate(a!.record.applicationId, 'offer');
    const again = await h.client.applications
      .moved({ stage: MOVED_APPLICATION_STAGE.OFFER, fromTime: '2024-1-1' })
      .toArray();
    expect(again.map((x) => x.applicationId)).toEqual([a!.record.applicationId]);
    const everything = await h.client.applications
      .moved({ stage: 'all', fromTime: '2024-1-1', reqType: 'all', limit: 100 })
      .toArray();
    expect(everything).toHaveLength(30);
  });

  const invalid: [string, unknown, RegExp][] = [
    ['no stage', { fromTime: '2024-1-1' }, /query\.stage: must be one of all, preliminary_filter/],
    ['no fromTime', { stage: 'all' }, /query\.fromTime/],
    ['limit 101', { stage: 'all', fromTime: '2024-1-1', limit: 101 }, /query\.limit: must be at most 100/],
    ['reqType x', { stage: 'all', fromTime: '2024-1-1', reqType: 'x' }, /query\.reqType: must be all or update/],
  ];
  it.each(invalid)('moved refuses %s before sending', async (_name, params, message) => {
    const error = await h.client.applications.moved(params as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputValidationError);
    expect((error as Error).message).toMatch(message);
    expect(h.server.requests).toHaveLength(0);
  });
});
