import { HttpResponse } from 'msw';
import type { Job } from '../../models/job.js';
import { nestError } from '../nest-errors.js';
import { intParam, pageOf } from '../paging.js';
import type { Route, RouteContext } from '../router.js';
import { objectId, SANDBOX_COMPANY_SLUGS } from '../fixtures.js';
import type { CoodeshSandboxState } from '../state.js';
import { fields, violations } from './validation.js';

const MAX_PAGE_SIZE = 2000;

function matches(job: Job, search: string | null): boolean {
  if (!search) return true;
  const needle = search.toLowerCase();
  return [job.title, ...(job.skills ?? []).map((s) => s.name)].some((text) => text?.toLowerCase().includes(needle));
}

/** A card: the list item shape (the full posting without its long fields). */
function card(job: Job) {
  const { description: _d, looking_for: _l, requirements: _r, benefits: _b, application: _a, ...rest } = job;
  return rest;
}

/** Answers a paged job list the way the API does (`page`, `pageSize` or `limit`, `search`). */
function pagedJobs(jobs: Job[], { query }: RouteContext): Response {
  const page = intParam(query, 'page') ?? 1;
  const pageSize = intParam(query, 'pageSize');
  const limit = intParam(query, 'limit');
  const size = pageSize ?? limit ?? 20;
  const messages: string[] = [];
  if (page < 1) messages.push('page must not be less than 1');
  // The reference: pageSize 1..2000, limit 0..2000.
  if (pageSize !== undefined && (pageSize < 1 || pageSize > MAX_PAGE_SIZE))
    messages.push(`pageSize must be between 1 and ${MAX_PAGE_SIZE}`);
  if (pageSize === undefined && limit !== undefined && (limit < 0 || limit > MAX_PAGE_SIZE))
    messages.push(`limit must be between 0 and ${MAX_PAGE_SIZE}`);
  if (messages.length > 0) return nestError(400, messages);
  return HttpResponse.json(pageOf(jobs.filter((j) => matches(j, query.get('search'))).map(card), page, size));
}

/** The public job routes: lists (v1, v2, related, by company), search fields, one posting, apply. */
export function jobRoutes(state: CoodeshSandboxState): Route[] {
  const bySlug = (slug: string) => state.jobs.find((j) => j.slug === slug);
  return [
    { method: 'GET', path: '/v2/jobs', handle: (ctx) => pagedJobs(state.jobs, ctx) },
    { method: 'GET', path: '/jobs', handle: (ctx) => pagedJobs(state.jobs, ctx) },
    {
      method: 'GET',
      path: '/jobs/search_fields',
      handle: () =>
        HttpResponse.json({
          type: [
            { value: 'clt', label: 'CLT' },
            { value: 'pj', label: 'PJ' },
          ],
          level: [
            { value: 'beginner', label: 'Junior' },
            { value: 'specialist', label: 'Senior' },
          ],
          format: [{ value: 'full_time', label: 'Full-time' }],
          home_office: [
            { value: 'integral', label: 'Remote' },
            { value: 'partial', label: 'Hybrid' },
          ],
          categories: [{ value: objectId('ca', 1), label: 'Technology', slug: 'technology' }],
          skills: [...new Map(state.jobs.flatMap((j) => j.skills ?? []).map((s) => [s._id, s])).values()].map((s) => ({
            value: s._id,
            label: s.name,
            slug: s.name?.toLowerCase(),
          })),
          salary_range: { min: 0, max: 30000 },
          city: [
            {
              value: 'Belo Horizonte',
              label: 'Belo Horizonte, MG, Brazil',
              city: 'Belo Horizonte',
              province: 'MG',
              country: 'BR',
            },
          ],
          province: [{ value: 'MG', label: 'Minas Gerais, Brazil', country: 'BR' }],
          country: [{ value: 'BR', label: 'Brazil', country: 'BR' }],
        }),
    },
    {
      method: 'GET',
      path: '/jobs/single/:slug',
      handle: ({ params }) => {
        const job = bySlug(params.slug!);
        return job ? HttpResponse.json(job) : nestError(404, 'Job not found');
      },
    },
    {
      method: 'GET',
      path: '/jobs/single/:slug/related',
      handle: (ctx) => {
        const job = bySlug(ctx.params.slug!);
        if (!job) return nestError(404, 'Job not found');
        const skills = new Set((job.skills ?? []).map((s) => s._id));
        return pagedJobs(
          state.jobs.filter((j) => j !== job && (j.skills ?? []).some((s) => skills.has(s._id))),
          ctx,
        );
      },
    },
    {
      method: 'POST',
      path: '/jobs/apply/:jobId',
      handle: ({ params, body }) => {
        const job = state.jobs.find((j) => j._id === params.jobId);
        if (!job) return nestError(404, 'Job not found');
        const messages = violations(
          body,
          { email: 'email', fullname: 'string' },
          { cv: 'url', github: 'url', linkedin: 'url' },
        );
        if (messages.length > 0) return nestError(400, messages);
        const b = fields(body);
        if (state.applications.some((a) => a.user === b.email && a.job === job._id))
          return nestError(409, 'You have already applied to this job');
        const application = {
          _id: objectId('ap', state.applications.length + 1),
          job: job._id ?? null,
          fullname: String(b.fullname),
          contact_preference: (b.contact_preference as string | undefined) ?? 'email',
          contract_type: (b.contract_type as string | undefined) ?? job.type ?? null,
          salary_range: (b.salary_range as object | undefined) ?? null,
          status: 'draft',
          status_formatted: 'Draft',
          user: String(b.email),
          behavioral_report: { status: 'pending' },
          scorecard_report: { status: 'pending' },
          quiz_report: { status: 'pending' },
        };
        state.applications.push(application);
        return HttpResponse.json(application, { status: 201 });
      },
    },
    {
      method: 'GET',
      path: '/companies/:slug/jobs',
      handle: (ctx) => {
        if (!SANDBOX_COMPANY_SLUGS.includes(ctx.params.slug!)) return nestError(404, 'Company not found');
        return pagedJobs(
          state.jobs.filter((j) => j.company?.slug === ctx.params.slug),
          ctx,
        );
      },
    },
  ];
}
