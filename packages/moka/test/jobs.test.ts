import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputValidationError, MokaClient, NotFoundError } from '../src/index.js';
import { API_KEY, type Harness, startHarness } from './setup.js';

describe('jobs (the career site, by orgId)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ orgId: 'sandbox-org' });
  });
  afterEach(() => h.close());

  it('list pages by offset until total, per mode, and every job validates', async () => {
    for (let i = 0; i < 65; i++) h.state.addJob();
    h.state.addJob({ hireMode: 2, title: 'Campus job' });
    const jobs = await h.client.jobs.list({ mode: 'social' }).toArray();
    expect(jobs).toHaveLength(65);
    expect(h.server.requests.map((r) => [r.path, r.query])).toEqual([
      ['/api-platform/v1/jobs/sandbox-org', { mode: 'social' }],
      ['/api-platform/v1/jobs/sandbox-org', { mode: 'social', offset: '30' }],
      ['/api-platform/v1/jobs/sandbox-org', { mode: 'social', offset: '60' }],
    ]);
    const campus = await h.client.jobs.list({ mode: 'campus', limit: 10 });
    expect(campus.items.map((j) => j.title)).toEqual(['Campus job']);
    expect(campus.data.total).toBe(1);
  });

  it("retrieve maps a hire's job.jobId to the job, with customFields and its pipeline", async () => {
    const job = h.state.addJob({ customFields: [{ name: '职位-年月', value: '2019-01' }] });
    const found = await h.client.jobs.retrieve(job.id);
    expect(found).toMatchObject({
      id: job.id,
      title: job.title,
      pipelineName: 'Default pipeline',
      customFields: [{ name: '职位-年月', value: '2019-01' }],
    });
    expect(h.server.requests[0]!.path).toBe(`/api-platform/v1/jobs/sandbox-org/${job.id}`);
    await expect(h.client.jobs.retrieve('nope')).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a call's orgId wins over the client's; without any, the call is refused naming orgId", async () => {
    await h.client.jobs.list({ mode: 'social', orgId: 'other-org' });
    expect(h.server.requests[0]!.path).toBe('/api-platform/v1/jobs/other-org');
    const bare = new MokaClient({ apiKey: API_KEY, baseUrl: h.baseUrl, logLevel: 'off' });
    const error = await bare.jobs.list({ mode: 'social' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputValidationError);
    expect((error as Error).message).toMatch(/path\.orgId: is required: your tenant's orgId/);
    await expect(bare.jobs.retrieve('x')).rejects.toThrow(/path\.orgId/);
    expect(h.server.requests).toHaveLength(1);
  });

  it('list refuses a missing mode (Moka would answer HTTP 403 "招聘模式 必填") and a bad commitment before sending', async () => {
    await expect(h.client.jobs.list({} as never)).rejects.toThrow(/query\.mode: is required: social/);
    await expect(h.client.jobs.list({ mode: 'social', commitment: 5 as never })).rejects.toThrow(
      /query\.commitment: must be 1 \(full time\)/,
    );
    expect(h.server.requests).toHaveLength(0);
  });
});
