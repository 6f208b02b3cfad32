import { type PaginateOptions, type PagePromise } from '@hr/core';
import { Resource, defineOperation } from '@hr/core/internal';
import {
  type ApplicationPage,
  ApplicationPageSchema,
  type MokaApplicationSummary,
  type MokaMovedApplication,
  type MovedApplicationPage,
  MovedApplicationPageSchema,
} from '../models/application.js';
import {
  type ListApplicationsParams,
  ListApplicationsQuerySchema,
  type ListMovedApplicationsParams,
  ListMovedApplicationsQuerySchema,
} from '../models/application-query.js';
import { windowThenCursor } from '../paging.js';
import { ApplicationPull } from './application-pull.js';
import { MOKA_DEFAULT_RATE_LIMIT } from '../rate-limit.js';

const list = defineOperation({
  id: 'applications.list',
  method: 'GET',
  path: '/v1/data/applications',
  query: ListApplicationsQuerySchema,
  response: ApplicationPageSchema,
  paginate: windowThenCursor(['fromTime']),
  rateLimit: MOKA_DEFAULT_RATE_LIMIT,
});

const moved = defineOperation({
  id: 'applications.moved',
  method: 'GET',
  path: '/v1/data/moved_applications',
  query: ListMovedApplicationsQuerySchema,
  response: MovedApplicationPageSchema,
  // A published client sends `next` (and `limit`) alone after the first page.
  paginate: windowThenCursor(['stage', 'fromTime', 'reqType']),
  rateLimit: MOKA_DEFAULT_RATE_LIMIT,
});

/** What `applications.list()` returns: await it for the first page, or iterate every application. */
export type ApplicationListing = PagePromise<ApplicationPage, MokaApplicationSummary>;
/** What `applications.moved()` returns. */
export type MovedApplicationListing = PagePromise<MovedApplicationPage, MokaMovedApplication>;

/** Parameters of `applications.pull()`. */
export interface PullApplicationsParams {
  /** Where to start: the `resumeFrom` the previous run saved, or your first sync's start time. Omit to start from the beginning. */
  fromTime?: string | undefined;
  /** Applications per page (Moka's default: 100). */
  limit?: number | undefined;
}

/** Applications of every stage, for syncs not limited to the offer and to-be-onboarded stages. */
export class Applications extends Resource {
  /**
   * Lists applications changed since `fromTime`, across every stage (`GET /v1/data/applications`),
   * following the `next` cursor until a page comes without one. Each item is the slim record Moka
   * gives: `id` (the application id), `sourceName`, `headhunterCompany`, `stageName`, `jobId`,
   * `updatedAt`. The first request carries `fromTime`, later ones `next` alone (pass `next` yourself
   * to resume a listing); `limit` defaults to 100 at Moka. Limited to 60 calls a minute, Moka's default.
   */
  list(params: ListApplicationsParams = {}, options?: PaginateOptions): ApplicationListing {
    return this.client.paginate(list, { query: params }, options);
  }

  /**
   * Incremental pull for scheduled syncs: `list()` from `fromTime`, page by page, each page with
   * `resumeFrom`, the point the next run should start from (the latest `updatedAt` processed):
   *
   * ```ts
   * for await (const page of moka.applications.pull({ fromTime: await load() })) {
   *   await upsert(page.applications);   // by id: the resume point re-delivers its own moment
   *   await save(page.resumeFrom);
   * }
   * ```
   * Or `await pull.collect()` for `{ applications, resumeFrom, pages }` in one go.
   */
  pull(params: PullApplicationsParams = {}, options?: PaginateOptions): ApplicationPull {
    const { fromTime } = params ?? {};
    return new ApplicationPull(this.client.paginate(list, { query: params }, options), fromTime);
  }

  /**
   * The moved-applications feed (`GET /v1/data/moved_applications`): the applications of `stage`
   * (`all` or a stage type) since `fromTime`, with the candidate's details (no attachment links) and
   * `stageType`. With `reqType: 'update'` (Moka's default) the first call returns every application of
   * the stage and Moka marks them: later calls return only those not returned before or moved since;
   * `reqType: 'all'` ignores the marks. Follows `next` until a page comes without one. Limited to 60
   * calls a minute, Moka's default.
   */
  moved(params: ListMovedApplicationsParams, options?: PaginateOptions): MovedApplicationListing {
    return this.client.paginate(moved, { query: params }, options);
  }
}
