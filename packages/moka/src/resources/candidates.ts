import { type PaginateOptions, type PagePromise } from '@hr/core';
import { Resource, defineOperation, nextCursor } from '@hr/core/internal';
import { z } from 'zod';
import { type CandidatePage, CandidatePageSchema, type MokaCandidate } from '../models/candidate.js';
import {
  ApplicationIdsSchema,
  type ListCandidatesByApplicationId,
  type ListCandidatesParams,
  ListCandidatesQuerySchema,
} from '../models/candidate-query.js';
import { CandidatePull, type PullCandidatesParams } from './candidate-pull.js';

const list = defineOperation({
  id: 'candidates.list',
  method: 'GET',
  path: '/v1/data/ehrApplications',
  query: ListCandidatesQuerySchema,
  response: CandidatePageSchema,
  // With `order=ASC` every page carries `next`, even when nothing follows, so an ascending listing
  // ends at its first empty page; otherwise a page without `next` is the last one.
  paginate: nextCursor({
    items: 'data',
    cursor: 'next',
    param: 'next',
    stopOnEmptyPage: (query) => query['order'] === 'ASC',
  }),
});

// Same endpoint as `list`, by application id: its own id so errors name `candidates.retrieve`.
const retrieve = defineOperation({
  id: 'candidates.retrieve',
  method: 'GET',
  path: '/v1/data/ehrApplications',
  // The method's argument is `applicationIds`: issues name it; Moka's parameter is `applicationId`.
  query: z
    .object({ applicationIds: ApplicationIdsSchema })
    .transform(({ applicationIds }) => ({ applicationId: applicationIds })),
  response: CandidatePageSchema,
  paginate: nextCursor({ items: 'data', cursor: 'next', param: 'next' }),
});

/** What `candidates.list()` returns: await it for the first page, or iterate every candidate. */
export type CandidateListing = PagePromise<CandidatePage, MokaCandidate>;

/** Candidates in the offer and to-be-onboarded stages. */
export class Candidates extends Resource {
  /**
   * Lists candidates (`GET /data/ehrApplications`), 20 per page at most, following the `next` cursor.
   * Pass exactly one of `stage` (`offer`, `pending_checkin` or `all`) and `applicationId`; with a
   * stage you may filter by `email`, `phone`, `movedAtStartTime` / `movedAtEndTime` (when the
   * candidate moved to the stage) and `invitationUpdateStatus` (0, 1, 2), and sort with `order`
   * (`DESC` newest first, the default; `ASC` oldest first). `limit` is 1–20.
   *
   * `await` the result for the first page, `for await` over it for every candidate, or use `.pages()`.
   * Download links in the data (`resumeUrl`, attachments) expire after 1 hour. Moka documents that a
   * stage with no candidate at all answers HTTP 500 "server exception": that answer is an empty page
   * (not retried, not an error); any other 500 stays a `ServerError`.
   */
  list(params: ListCandidatesParams, options?: PaginateOptions): CandidateListing {
    return this.client.paginate(list, { query: params }, options);
  }

  /**
   * Reads candidates by application id (`GET /data/ehrApplications?applicationId=81,82,83`), in any
   * stage. Resolves with every candidate Moka returns (ids it does not know are simply absent).
   * `applicationIds` is one id (`47151744` or `"47151744"`), several comma-separated (`"81,82,83"`),
   * or a non-empty array; anything else rejects with an `InputValidationError` naming
   * `candidates.retrieve` and `applicationIds`, and nothing is sent.
   */
  async retrieve(
    applicationIds: ListCandidatesByApplicationId['applicationId'],
    options?: PaginateOptions,
  ): Promise<MokaCandidate[]> {
    return this.client.paginate(retrieve, { query: { applicationIds } }, options).toArray();
  }

  /**
   * Incremental pull for scheduled syncs: lists a stage oldest first (`order=ASC`) starting after a
   * saved `cursor`, and stops at the first empty page. Iterate the pages; after you have processed a
   * page, save its `cursor`, and start the next run from the last saved cursor. Without a cursor the
   * pull starts from the oldest candidate of the stage.
   *
   * ```ts
   * for await (const page of moka.candidates.pull({ stage: 'offer', cursor: await load() })) {
   *   await upsert(page.candidates);
   *   await save(page.cursor);
   * }
   * ```
   * Or `await pull.collect()` for `{ candidates, cursor, pages }` in one go (mind memory).
   */
  pull(params: PullCandidatesParams, options?: PaginateOptions): CandidatePull {
    // Missing params fall through to validation (stage is required), so they reject like any bad input.
    const { cursor, ...filters } = params ?? ({} as Partial<PullCandidatesParams>);
    const query = { ...filters, order: 'ASC' as const, ...(cursor ? { next: cursor } : {}) };
    return new CandidatePull(this.client.paginate(list, { query }, options), cursor);
  }
}
