import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  VERSION,
  type ApplicationFieldLabels,
  type AtsAssessment,
  type AtsAttemptResult,
  type JobCard,
  type WpPost,
} from '../src/index.js';
import { useSandbox } from './helpers.js';

describe('fields', () => {
  const h = useSandbox();

  it('reads the job and application labels', async () => {
    const jobs = await h.client().fields.jobs();
    const applications = await h.client().fields.applications();
    expect(h.server.requests.map((r) => r.path)).toEqual(['/fields/jobs', '/fields/applications']);
    expect(jobs.home_office).toEqual({ integral: 'Remote', partial: 'Hybrid', none: 'On-site' });
    expect(jobs.level_ordered?.[0]).toEqual({ trainee: 'Trainee' });
    expect(applications.plan?.placement_fee?.['10']).toBe('10%');
    expect(applications.frozen_statuses).toEqual(['approved', 'rejected']);
  });
});

describe('blog (WordPress routes on the API host)', () => {
  const h = useSandbox();

  it('lists posts with WordPress parameters, without sending the API key', async () => {
    const { data: posts, response } = await h
      .client()
      .blog.posts.list({ categories: [3, 5], per_page: 2, _fields: ['id', 'title', 'slug', 'categories'] })
      .withResponse();
    const request = h.server.requests[0]!;
    expect(request.path).toBe('/wp-json/wp/v2/posts');
    expect(request.query).toEqual({ categories: '3,5', per_page: '2', _fields: 'id,title,slug,categories' });
    expect(request.headers['x-api-key']).toBeUndefined();
    expect(posts.map((p) => p.slug)).toEqual(['how-to-use-nestjs', 'assessments-that-predict-performance']);
    expect(response.headers['x-wp-totalpages']).toBe('2');
  });

  it('lists categories and refuses a per_page over 100 before sending', async () => {
    const categories = await h.client().blog.categories.list({ search: 'hiring' });
    expect(categories).toEqual([expect.objectContaining({ id: 5, slug: 'hiring', taxonomy: 'category' })]);
    await expect(h.client().blog.categories.list({ per_page: 500 })).rejects.toThrow(/query\.per_page/);
    await expect(h.client().blog.posts.list({ categories: '3;5' })).rejects.toThrow(/query\.categories/);
    expect(h.server.requests).toHaveLength(1);
  });
});

describe('package', () => {
  it('VERSION equals package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });

  it('returns the documented model types from the resources', () => {
    type ListItem<T> = T extends { items: (infer I)[] } ? I : never;
    type C = import('../src/index.js').CoodeshClient;
    expectTypeOf<ListItem<Awaited<ReturnType<C['jobs']['list']>>>>().toMatchTypeOf<JobCard>();
    expectTypeOf<ListItem<Awaited<ReturnType<C['ats']['assessments']['list']>>>>().toMatchTypeOf<AtsAssessment>();
    expectTypeOf<Awaited<ReturnType<C['ats']['attempts']['retrieve']>>>().toMatchTypeOf<AtsAttemptResult>();
    expectTypeOf<Awaited<ReturnType<C['blog']['posts']['list']>>>().toMatchTypeOf<WpPost[]>();
    expectTypeOf<Awaited<ReturnType<C['fields']['applications']>>>().toMatchTypeOf<ApplicationFieldLabels>();
  });
});
