import { z } from 'zod';
import { type Candidate, CandidateSchema } from './candidate.js';

/**
 * Filters of `GET /candidates` ("List all Candidates", https://developers.comeet.com/reference/list-all-candidates-new).
 * Keys are Comeet's wire names, colons included; times are `YYYY-MM-DDTHH:mm:ssZ` (UTC), e.g.
 * `2018-01-01T12:50:50Z`. Comeet documents no paging for this endpoint.
 */
export interface ListCandidatesParams {
  /** Candidates in any of these statuses, e.g. `['In progress', 'Rejected']` (sent comma-separated). */
  status?: string | string[] | undefined;
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

const COMEET_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const time = z
  .string()
  .regex(COMEET_TIME, 'must be a UTC time YYYY-MM-DDTHH:mm:ssZ, e.g. 2018-01-01T12:50:50Z')
  .optional();

/** The query of `GET /candidates`: documented filters checked, unknown keys sent as given. */
export const ListCandidatesQuerySchema = z.looseObject({
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

/**
 * The answer of `GET /candidates`. Comeet's page does not show it; integrations read
 * `{ candidates: [...] }`, and a bare array is accepted too. Resolves to the candidates.
 */
export const CandidateListSchema = z
  .union([z.array(CandidateSchema), z.looseObject({ candidates: z.array(CandidateSchema) })])
  .transform((list): Candidate[] => (Array.isArray(list) ? list : list.candidates));
