import { z } from 'zod';
import { openEnum } from '@hr/core/internal';
import { listPageSchema } from './list-page.js';
import { pageLimit } from './page-limit.js';
import { ComeetPositionSchema, POSITION_STATUSES } from './position.js';

/**
 * Filters of `GET /positions`. Comeet's reference pages show no query for this list; production
 * clients send `status` and `limit` (`/positions?status=open&limit=500`) and note that without
 * `status` the list holds open and closed positions alike.
 */
export interface ListPositionsParams {
  /** Only positions in this status: `open`, `on hold` or `closed` (a space is sent as `%20`). */
  status?: (typeof POSITION_STATUSES)[number] | (string & {}) | undefined;
  /** Positions per page (`limit`); no maximum is documented. */
  limit?: number | undefined;
}

/** The query of `GET /positions`: unknown keys are sent as given. */
export const ListPositionsQuerySchema = z.looseObject({
  status: openEnum(POSITION_STATUSES)
    .refine((status) => status.trim() !== '', 'must not be empty')
    .optional(),
  limit: pageLimit,
});

/** Options of `positions.listCandidates()`: the page size of `GET /positions/{uid}/candidates`. */
export interface ListPositionCandidatesParams {
  /** Candidates per page (`limit`); production clients send `limit=1000`. No maximum is documented. */
  limit?: number | undefined;
}

/** The query of `GET /positions/{uid}/candidates`: unknown keys are sent as given. */
export const ListPositionCandidatesQuerySchema = z.looseObject({ limit: pageLimit });

/** The answer of `GET /positions`: a bare array or `{ positions, next_page }`. */
export const PositionPageSchema = listPageSchema('positions', ComeetPositionSchema);
