import { z } from 'zod';
import { CandidateSchema, type CandidateStatus } from './candidate.js';
import { comeetTime } from './comeet-time.js';
import { listPageSchema } from './list-page.js';
import { pageLimit } from './page-limit.js';

/**
 * Filters of `GET /candidates` ("List all Candidates", https://developers.comeet.com/reference/list-all-candidates-new).
 * Keys are Comeet's wire names, colons included; times are `YYYY-MM-DDTHH:mm:ssZ` (UTC), e.g.
 * `2018-01-01T12:50:50Z`. The list is read page by page, following `next_page`.
 */
export interface ListCandidatesParams {
  /**
   * Candidates in any of these statuses, e.g. `['In progress', 'Rejected']`: sent comma-separated,
   * a space as `%20` (`status=In%20progress,Rejected`, as the page shows).
   */
  status?: CandidateStatus | CandidateStatus[] | undefined;
  /**
   * Candidates per page (`limit`). Production clients send it on Comeet's lists; Comeet's reference
   * pages document neither the parameter nor a maximum, so none is enforced.
   */
  limit?: number | undefined;
  /** Candidates created BEFORE this time. */
  'time_created:before'?: string | undefined;
  /** Candidates created AFTER this time. */
  'time_created:after'?: string | undefined;
  /** Candidates whose status last changed BEFORE this time. */
  'time_last_status_change:before'?: string | undefined;
  /** Candidates whose status last changed AFTER this time. */
  'time_last_status_change:after'?: string | undefined;
  /** Candidates with any activity in their hiring process BEFORE this time. */
  'time_hiring_process_updated:before'?: string | undefined;
  /** Candidates with any activity in their hiring process AFTER this time (an incremental sync). */
  'time_hiring_process_updated:after'?: string | undefined;
  /** `true` returns deleted candidates, `false` excludes them (sent as `True` / `False`). */
  deleted?: boolean | undefined;
  /** Candidates whose person (all their hiring processes) last had activity BEFORE this time. */
  'time_person_last_activity:before'?: string | undefined;
  /** Candidates whose person (all their hiring processes) last had activity AFTER this time. */
  'time_person_last_activity:after'?: string | undefined;
}

const time = comeetTime.optional();

/** The query of `GET /candidates`: documented filters checked, unknown keys sent as given. */
export const ListCandidatesQuerySchema = z.looseObject({
  limit: pageLimit,
  status: z
    .union([z.string().min(1, 'must not be empty'), z.array(z.string().min(1)).min(1, 'must list at least one status')])
    .transform((status) => (Array.isArray(status) ? status.join(',') : status))
    .optional(),
  'time_created:before': time,
  'time_created:after': time,
  'time_last_status_change:before': time,
  'time_last_status_change:after': time,
  'time_hiring_process_updated:before': time,
  'time_hiring_process_updated:after': time,
  deleted: z
    .boolean({ error: 'must be true or false' })
    .transform((deleted) => (deleted ? 'True' : 'False'))
    .optional(),
  'time_person_last_activity:before': time,
  'time_person_last_activity:after': time,
});

/** The answer of `GET /candidates` (and of a position's candidates): a bare array or `{ candidates, next_page }`. */
export const CandidatePageSchema = listPageSchema('candidates', CandidateSchema);
