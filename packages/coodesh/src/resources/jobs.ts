import { defineOperation, lazySchema, pageNumber, schemaFor, type Lazy } from '@hr/core';
import { z } from 'zod';
import { ApplyToJobBodySchema, JobApplicationSchema, type ApplyToJobBody } from '../models/job-application.js';
import { JobCardSchema, JobSchema } from '../models/job.js';
import { JobSearchFieldsSchema } from '../models/job-search-fields.js';
import { listParams, pageOf } from '../models/paging.js';
import type { CoodeshPaginateOptions, CoodeshRequestOptions } from '../scope.js';
import { CoodeshResource, pathParams } from './base.js';

/** Query of the public job lists: free-text `search` and page-number paging. */
export interface JobListQuery {
  /** Free-text search (title, skills...). */
  search?: string;
  /** Page number, >= 1 (default 1). */
  page?: number;
  /** Page size, 1..2000 (default 20). */
  pageSize?: number;
  /** Maximum number of items, 0..2000 (alternative to `pageSize`). */
  limit?: number;
}

/** Schema of {@link JobListQuery}. */
export const JobListQuerySchema = lazySchema(() =>
  schemaFor<JobListQuery>()(z.strictObject(listParams('search', 'page', 'pageSize', 'limit'))),
);

const SlugPath = pathParams(['slug']);

/** Declares a paged job-card list at `path`. */
const jobCardList = <P extends z.ZodType | undefined = undefined>(id: string, path: string, pathParams?: Lazy<P>) =>
  defineOperation({
    id,
    method: 'GET',
    path,
    pathParams,
    query: JobListQuerySchema,
    response: pageOf(JobCardSchema),
    paginate: pageNumber(),
  });

const list = jobCardList('jobs.list', '/v2/jobs');
const listV1 = jobCardList('jobs.listV1', '/jobs');
const related = jobCardList('jobs.related', '/jobs/single/:slug/related', SlugPath);
/** Also used by `companies.jobs`. */
export const companyJobs = jobCardList('companies.jobs', '/companies/:slug/jobs', SlugPath);
const searchFields = defineOperation({
  id: 'jobs.searchFields',
  method: 'GET',
  path: '/jobs/search_fields',
  response: JobSearchFieldsSchema,
});
const retrieve = defineOperation({
  id: 'jobs.retrieve',
  method: 'GET',
  path: '/jobs/single/:slug',
  pathParams: SlugPath,
  response: JobSchema,
});
const apply = defineOperation({
  id: 'jobs.apply',
  method: 'POST',
  path: '/jobs/apply/:jobId',
  pathParams: pathParams(['jobId']),
  body: ApplyToJobBodySchema,
  response: JobApplicationSchema,
});

/** Published jobs: lists, search filters, one posting, related jobs and applying. */
export class Jobs extends CoodeshResource {
  /**
   * Lists published jobs as cards, page by page (`docs` / `totalPages`): `GET /v2/jobs`, the route of the
   * public quick-start. `search` filters by text; `pageSize` (1..2000) sets the page size. `await` for the
   * first page, `for await` for every job; `{ prefetch: n }` fetches up to n later pages at once, still
   * yielded in order.
   */
  list(query: JobListQuery = {}, options?: CoodeshPaginateOptions) {
    return this.paginate(list, { query }, options);
  }

  /** Lists published jobs as cards, page by page: the version-1 route `GET /jobs` (same card shape as `list`). */
  listV1(query: JobListQuery = {}, options?: CoodeshPaginateOptions) {
    return this.paginate(listV1, { query }, options);
  }

  /**
   * Filter options for job search as value/label lists: contract type, level, format, remote policy,
   * categories, skills, salary range bounds, cities, provinces and countries. `GET /jobs/search_fields`.
   */
  searchFields(options?: CoodeshRequestOptions) {
    return this.send(searchFields, {}, options);
  }

  /**
   * The full public job posting by slug: HTML description, roles sought, salary range, address,
   * company, category, skills, languages, requirements, differentials, highlights, benefits,
   * challenges, expiry, status, view/proposal counters, and the viewer's application (null when none).
   * `GET /jobs/single/:slug`. An unknown slug rejects with `NotFoundError`.
   */
  retrieve(slug: string, options?: CoodeshRequestOptions) {
    return this.send(retrieve, { path: { slug } }, options);
  }

  /** Job cards related to the given job, page by page. `GET /jobs/single/:slug/related`. */
  related(slug: string, query: JobListQuery = {}, options?: CoodeshPaginateOptions) {
    return this.paginate(related, { path: { slug }, query }, options);
  }

  /**
   * Applies to a job as a candidate (email and full name required; profile links, CV URL, contact
   * preference and hours, contract type, salary expectations, relocation, address); returns the created
   * application with its status and behavioural/scorecard/quiz report states. `POST /jobs/apply/:jobId`.
   * Emails and URLs are checked before sending. The reference hints that a CV file upload may also be
   * accepted (multipart); this SDK sends JSON with a `cv` URL.
   */
  apply(jobId: string, body: ApplyToJobBody, options?: CoodeshRequestOptions) {
    return this.send(apply, { path: { jobId }, body }, options);
  }
}
