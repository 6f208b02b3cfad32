import { InputValidationError, NotFoundError } from '@hr/core';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { useSandbox } from './helpers.js';

describe('jobs', () => {
  const h = useSandbox({ jobCount: 45 });

  it('lists GET /v2/jobs with search and pageSize, returning the page envelope', async () => {
    const page = await h.client().jobs.list({ search: 'react', pageSize: 2 });
    const request = h.server.requests[0]!;
    expect(request.method).toBe('GET');
    expect(request.path).toBe('/v2/jobs');
    expect(request.query).toEqual({ search: 'react', pageSize: '2' });
    expect(request.headers['x-api-key']).toBe('sandbox-api-key');
    expect(page.items).toHaveLength(2);
    expect(page.items.every((job) => job.title?.includes('React'))).toBe(true);
    expect(page.data.totalDocs).toBe(6);
    expect(page.data.totalPages).toBe(3);
    expect(page.hasNextPage).toBe(true);
    expect(page.nextQuery).toEqual({ page: 2 });
  });

  it('iterates every job across pages, in order, each page fetched once', async () => {
    const titles: string[] = [];
    for await (const job of h.client().jobs.list({ pageSize: 10 })) titles.push(job.title!);
    expect(titles).toEqual(h.sandbox.state.jobs.map((j) => j.title));
    expect(h.server.requests.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3', '4', '5']);
  });

  it('prefetches 4 pages at a time over 12 pages, yielding items in order and fetching each page once', async () => {
    // Slow the first pages down so a prefetching client has later pages in flight at the same time.
    let inFlight = 0;
    let maxInFlight = 0;
    h.server.use(
      http.get('*/v2/jobs', async () => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((r) => setTimeout(r, 20));
        inFlight--;
        return undefined; // fall through to the sandbox
      }),
    );
    const ids: string[] = [];
    for await (const job of h.client().jobs.list({ pageSize: 4 }, { prefetch: 4 })) ids.push(job._id!);
    expect(ids).toEqual(h.sandbox.state.jobs.map((j) => j._id));
    const pages = h.server.requests.map((r) => Number(r.query.page ?? 1));
    expect(pages.sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(maxInFlight).toBeGreaterThan(1);
    expect(maxInFlight).toBeLessThanOrEqual(4);
  });

  it('lists the v1 route GET /jobs with the same card shape', async () => {
    const page = await h.client().jobs.listV1({ page: 2, limit: 5 });
    expect(h.server.requests[0]!.path).toBe('/jobs');
    expect(h.server.requests[0]!.query).toEqual({ page: '2', limit: '5' });
    expect(page.items[0]!.title).toBe(h.sandbox.state.jobs[5]!.title);
  });

  it('refuses a bad page size before sending', async () => {
    const error = await h
      .client()
      .jobs.list({ pageSize: 5000 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputValidationError);
    expect((error as InputValidationError).issues[0]!.path).toBe('query.pageSize');
    expect(h.server.requests).toHaveLength(0);
  });

  it('retrieves one posting by slug, and 404s with NotFoundError', async () => {
    const slug = h.sandbox.state.jobs[3]!.slug!;
    const job = await h.client().jobs.retrieve(slug);
    expect(h.server.requests[0]!.path).toBe(`/jobs/single/${slug}`);
    expect(job.description).toContain('<p>');
    expect(job.salary_range?.currency).toBe('BRL');
    const error = await h
      .client()
      .jobs.retrieve('nope')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).vendorMessage).toBe('Job not found');
  });

  it('percent-encodes the slug so it cannot rewrite the path', async () => {
    await expect(h.client().jobs.retrieve('a/../b')).rejects.toBeInstanceOf(NotFoundError);
    expect(h.server.requests[0]!.path).toBe('/jobs/single/a%2F..%2Fb');
  });

  it('lists related jobs and a company\u2019s jobs', async () => {
    const job = h.sandbox.state.jobs[0]!;
    const related = await h.client().jobs.related(job.slug!).toArray();
    expect(related.length).toBeGreaterThan(0);
    expect(related.every((j) => j.skills?.[0]?.name === job.skills?.[0]?.name && j._id !== job._id)).toBe(true);
    const acme = await h.client().companies.jobs('acme-corp', { pageSize: 5 }).toArray();
    expect(acme.length).toBe(22);
    expect(acme.every((j) => j.company?.slug === 'acme-corp')).toBe(true);
    expect(h.server.requests.at(-1)!.path).toBe('/companies/acme-corp/jobs');
  });

  it('reads the search fields', async () => {
    const fields = await h.client().jobs.searchFields();
    expect(h.server.requests[0]!.path).toBe('/jobs/search_fields');
    expect(fields.skills?.map((s) => s.label)).toContain('React');
    expect(fields.salary_range).toEqual({ min: 0, max: 30000 });
  });

  it('applies to a job (201) and refuses a bad email before sending', async () => {
    const job = h.sandbox.state.jobs[0]!;
    const body = {
      email: 'jane@example.com',
      fullname: 'Jane Doe',
      contract_type: 'clt' as const,
      salary_range: { currency: 'BRL', min: 5000, max: 9000 },
    };
    const application = await h.client().jobs.apply(job._id!, body);
    expect(h.server.requests[0]!.path).toBe(`/jobs/apply/${job._id}`);
    expect(JSON.parse(h.server.requests[0]!.body)).toEqual(body);
    expect(application.status).toBe('draft');
    h.server.requests.length = 0;
    const error = await h
      .client()
      .jobs.apply(job._id!, { email: 'not-an-email', fullname: '' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputValidationError);
    expect((error as Error).message).toContain('body.email');
    expect((error as Error).message).toContain('body.fullname');
    expect(h.server.requests).toHaveLength(0);
  });

  it('accepts enum values the docs do not list (open enums)', async () => {
    h.server.use(
      http.get('*/jobs/single/:slug', () =>
        HttpResponse.json({
          _id: '1',
          level: 'principal',
          home_office: 'anywhere',
          format: 'four_day_week',
          type: 'cooperative',
        }),
      ),
    );
    const job = await h.client().jobs.retrieve('x');
    expect(job.level).toBe('principal');
    expect(job.home_office).toBe('anywhere');
  });
});
