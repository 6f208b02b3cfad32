import type { z } from 'zod';
import { type PagePromise, type PaginateOptions } from '@hr/core';
import { Resource, defineOperation, nextLink } from '@hr/core/internal';
import type { ComeetListPage } from '../models/list-page.js';
import {
  type ComeetLocation,
  type ListLocationsParams,
  ListLocationsQuerySchema,
  LocationPageSchema,
} from '../models/location.js';

/** What `locations.list()` returns: await it for the first page, or iterate every location across pages. */
export type LocationListing = PagePromise<ComeetListPage<'locations', ComeetLocation>, ComeetLocation>;

const list = defineOperation({
  id: 'locations.list',
  method: 'GET',
  path: '/locations',
  query: ListLocationsQuerySchema,
  response: LocationPageSchema,
  paginate: nextLink({ items: 'locations' }),
});

/**
 * The company's locations: the `location.uid` of positions (Create a Position takes one,
 * https://developers.comeet.com/reference/create-a-position). Needs the integration permission
 * "Locations: Retrieve locations" (https://developers.comeet.com/reference/permissions).
 */
export class Locations extends Resource {
  /**
   * Lists the company's locations (`GET /locations`), page by page, following `next_page` (a bare
   * array answer is one page); `limit` sets the page size. The pages we could read name the
   * permission and the location object (the Position model's `location`) but not this read's page:
   * the path is the collection the permission names, and the answer is read leniently.
   */
  list(params: ListLocationsParams = {}, options?: PaginateOptions): LocationListing {
    return this.client.paginate(list, { query: params as z.input<typeof ListLocationsQuerySchema> }, options);
  }
}
