import type { z } from 'zod';
import { type PagePromise, type PaginateOptions } from '@hr/core';
import { Resource, defineOperation, nextLink } from '@hr/core/internal';
import type { ComeetListPage } from '../models/list-page.js';
import {
  type ListOpeningsParams,
  ListOpeningsQuerySchema,
  type Opening,
  OpeningPageSchema,
} from '../models/opening.js';

/** What `openings.list()` returns: await it for the first page, or iterate every opening across pages. */
export type OpeningListing = PagePromise<ComeetListPage<'openings', Opening>, Opening>;

const list = defineOperation({
  id: 'openings.list',
  method: 'GET',
  path: '/openings',
  query: ListOpeningsQuerySchema,
  response: OpeningPageSchema,
  paginate: nextLink({ items: 'openings' }),
});

/**
 * Openings: the hires planned in each position (Opening schema,
 * https://developers.comeet.com/reference/openings-copy). Needs the integration permission
 * "Openings: Retrieve openings" (https://developers.comeet.com/reference/permissions).
 */
export class Openings extends Resource {
  /**
   * Lists the openings (`GET /openings`), page by page, following `next_page` (a bare array answer is
   * one page); `limit` sets the page size. Each opening carries its position, status, reason,
   * approval process and, once filled, `hired_candidate_uid` with the hire and start dates. The
   * pages we could read document the Opening object and `POST /openings/` but not this read's page:
   * the path is that collection's, and the answer is read leniently.
   */
  list(params: ListOpeningsParams = {}, options?: PaginateOptions): OpeningListing {
    return this.client.paginate(list, { query: params as z.input<typeof ListOpeningsQuerySchema> }, options);
  }
}
