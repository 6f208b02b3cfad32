import { type APIPromise, type PaginateOptions, type PagePromise, type RequestOptions } from '@hr/core';
import { Resource, defineOperation, offsetLimit } from '@hr/core/internal';
import type { MokaClient } from '../client.js';
import {
  type JobPage,
  JobPageSchema,
  JobPathSchema,
  type ListJobsParams,
  ListJobsQuerySchema,
  type MokaJob,
  MokaJobSchema,
  OrgIdPathSchema,
} from '../models/job.js';
import { MOKA_DEFAULT_RATE_LIMIT } from '../rate-limit.js';

const list = defineOperation({
  id: 'jobs.list',
  method: 'GET',
  path: '/v1/jobs/:orgId',
  pathParams: OrgIdPathSchema,
  query: ListJobsQuerySchema,
  response: JobPageSchema,
  paginate: offsetLimit({ items: 'jobs', offset: 'offset', total: 'total', limit: 'limit' }),
  rateLimit: MOKA_DEFAULT_RATE_LIMIT,
});

const retrieve = defineOperation({
  id: 'jobs.retrieve',
  method: 'GET',
  path: '/v1/jobs/:orgId/:jobId',
  pathParams: JobPathSchema,
  response: MokaJobSchema,
  rateLimit: MOKA_DEFAULT_RATE_LIMIT,
});

/** What `jobs.list()` returns: await it for the first page, or iterate every job. */
export type JobListing = PagePromise<JobPage, MokaJob>;

/**
 * Jobs of the career site ("招聘官网API"), by your tenant's `orgId` (the client's `orgId`, or the
 * call's). A job closed without being taken off the career site is still listed (its `closedAt` set);
 * a deleted job is not.
 */
export class Jobs extends Resource<MokaClient> {
  /**
   * Lists jobs (`GET /v1/jobs/{orgId}?mode=`, answered `{ total, jobs }`), `limit` per page (Moka's
   * default 30) from `offset`, until `total`. `mode` (`social` or `campus`) is required; filters:
   * `keyword`, `zhinengId`, `siteId`, `commitment` (1 full time, 2 part time, 3 internship, 4 other),
   * `updatedFromAt` / `updatedEndAt` (e.g. `2020-06-01`), `status`. Limited to 60 calls a minute,
   * Moka's default.
   */
  list(params: ListJobsParams, options?: PaginateOptions): JobListing {
    const { orgId = this.client.orgId, ...query } = params ?? ({} as ListJobsParams);
    return this.client.paginate(list, { path: { orgId: orgId as string }, query }, options);
  }

  /**
   * Reads one job (`GET /v1/jobs/{orgId}/{jobId}`): the flat job with its `customFields`,
   * `pipelineId` and `pipelineName`. Use it to map a hire's `job.jobId` to the job.
   */
  retrieve(jobId: string, options?: RequestOptions & { orgId?: string | undefined }): APIPromise<MokaJob> {
    const { orgId = this.client.orgId, ...rest } = options ?? {};
    return this.client.request(retrieve, { path: { orgId: orgId as string, jobId } }, rest);
  }
}
