import { z } from 'zod';
import { listPageSchema } from './list-page.js';
import { pageLimit } from './page-limit.js';
import { type PositionLocation, PositionLocationSchema } from './position.js';

/**
 * A location of the company, as the Position model describes a position's `location` (`uid`, `name`,
 * `country`, `city`, `state`, `postal_code`, `street_name`, `street_number`, `arrival_instructions`,
 * `timezone`). Its `uid` is the `location.uid` of positions. Reading locations needs the integration
 * permission "Locations: Retrieve locations". Unknown fields are kept.
 */
export type ComeetLocation = PositionLocation;

/** Options of `locations.list()`. */
export interface ListLocationsParams {
  /** Locations per page (`limit`); no maximum is documented. */
  limit?: number | undefined;
}

/** The query of the locations list: unknown keys are sent as given. */
export const ListLocationsQuerySchema = z.looseObject({ limit: pageLimit });

/** The answer of the locations list: a bare array or `{ locations, next_page }`. */
export const LocationPageSchema = listPageSchema('locations', PositionLocationSchema);
