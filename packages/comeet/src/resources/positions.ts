import { z } from 'zod';
import { type APIPromise, type PagePromise, type PaginateOptions, type RequestOptions } from '@hr/core';
import { Resource, defineOperation, nextLink } from '@hr/core/internal';
import { CandidatePageSchema } from '../models/candidate-query.js';
import type { ComeetListPage } from '../models/list-page.js';
import { type ComeetPosition, ComeetPositionSchema } from '../models/position.js';
import {
  type ListPositionCandidatesParams,
  ListPositionCandidatesQuerySchema,
  type ListPositionsParams,
  ListPositionsQuerySchema,
  PositionPageSchema,
} from '../models/position-query.js';
import type { CandidateListing } from './candidates.js';

/** What `positions.list()` returns: await it for the first page, or iterate every position across pages. */
export type PositionListing = PagePromise<ComeetListPage<'positions', ComeetPosition>, ComeetPosition>;

const positionUidPath = z.strictObject({ uid: z.string().min(1, 'is required (the position UID)') });

const list = defineOperation({
  id: 'positions.list',
  method: 'GET',
  path: '/positions',
  query: ListPositionsQuerySchema,
  response: PositionPageSchema,
  paginate: nextLink({ items: 'positions' }),
});

const retrieve = defineOperation({
  id: 'positions.retrieve',
  method: 'GET',
  path: '/positions/:uid',
  pathParams: positionUidPath,
  response: ComeetPositionSchema,
});

const listCandidates = defineOperation({
  id: 'positions.listCandidates',
  method: 'GET',
  path: '/positions/:uid/candidates',
  pathParams: positionUidPath,
  query: ListPositionCandidatesQuerySchema,
  response: CandidatePageSchema,
  paginate: nextLink({ items: 'candidates' }),
});

/**
 * Positions of the Recruiting API ("Position model", https://developers.comeet.com/reference/position-model):
 * the `uid` of a position is the `position_uid` that `candidates.create()` needs. Needs the
 * integration permission "Positions: Retrieve positions"; the customer chose, when activating the
 * integration, whether it shares all positions, all non-discreet ones, or only published ones.
 */
export class Positions extends Resource {
  /**
   * Lists the positions shared with the integration (`GET /positions`), page by page: `await` it for
   * the first page, `for await` over it for every position, or use `.pages()` / `.toArray()`. Each
   * page's `next_page` link is followed until it is empty (a bare array answer is one page). `status`
   * keeps one status (`open`, `on hold` or `closed`; without it open and closed positions come alike)
   * and `limit` sets the page size, as production clients send them: Comeet's reference pages show
   * neither the list's parameters nor its answer. A `429 too_many_requests` is retried after the wait.
   */
  list(params: ListPositionsParams = {}, options?: PaginateOptions): PositionListing {
    return this.client.paginate(list, { query: params as z.input<typeof ListPositionsQuerySchema> }, options);
  }

  /**
   * Reads one position (`GET /positions/{uid}`). Errors: `NotFoundError` (404 `not_found`) for a uid
   * the integration cannot see.
   */
  retrieve(uid: string, options?: RequestOptions): APIPromise<ComeetPosition> {
    return this.client.request(retrieve, { path: { uid } }, options);
  }

  /**
   * Lists the candidates of one position by its own endpoint (`GET /positions/{uid}/candidates`, as
   * production clients read it), page by page, following `next_page`; `limit` sets the page size.
   * The candidates carry the same fields, steps included, as `candidates.retrieve()`. A production
   * client notes that candidates rejected at screening may be missing from this list. Needs
   * "Candidates: Retrieve candidates created by your app" (and "... by other sources" to see the rest).
   * An empty `positionUid` rejects with `InputValidationError` and nothing is sent.
   */
  listCandidates(
    positionUid: string,
    params: ListPositionCandidatesParams = {},
    options?: PaginateOptions,
  ): CandidateListing {
    return this.client.paginate(listCandidates, { path: { uid: positionUid }, query: params }, options);
  }
}
