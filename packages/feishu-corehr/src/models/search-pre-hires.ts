import { z } from 'zod';
import { lazySchema } from '@hr/core/internal';
import { ONBOARDING_STATUSES, type OnboardingStatus } from './pre-hire.js';
import { idList, isoDate, nonEmpty, requestSchema } from './rules.js';

// "Query pre-hires" (POST /open-apis/corehr/v2/pre_hires/query,
// https://open.feishu.cn/document/corehr-v1/pre_hire/query) and "Search pre-hires"
// (POST /open-apis/corehr/v2/pre_hires/search, https://open.feishu.cn/document/corehr-v1/pre_hire/search).

/** How user IDs are written (`user_id_type`, default `open_id`). */
export type UserIdType = 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id';
/** How department IDs are written (`department_id_type`, default `open_department_id`). */
export type DepartmentIdType = 'open_department_id' | 'department_id' | 'people_corehr_department_id';

/** Query-string options shared by query and search. */
export interface PreHireReadOptions {
  /** Page size: query 1–10, search 1–100. Sent as its maximum when left out (Feishu requires it). */
  page_size?: number | undefined;
  /** Token of the next page (from the previous page's `page_token`); leave it out for the first page. */
  page_token?: string | undefined;
  /** User ID type of the IDs in and out, e.g. `people_corehr_id` (default `open_id`). */
  user_id_type?: UserIdType | undefined;
  /** Department ID type of the IDs in and out (default `open_department_id`). */
  department_id_type?: DepartmentIdType | undefined;
}

/** The body of `preHires.query()`. */
export interface QueryPreHiresBody {
  /** Pre-hire IDs, at most 10. */
  pre_hire_ids?: string[] | undefined;
  /**
   * The fields to return, at most 100: empty returns only `pre_hire_id`. Name blocks or one of
   * their fields, e.g. `person_info`, `employment_info.department`, `onboarding_info.onboarding_date`.
   * Feishu recommends fewer than 50.
   */
  fields?: string[] | undefined;
}

/** Rehire filter values: `to_be_confirmed`, `no`, `yes`. */
export const REHIRE_VALUES = ['to_be_confirmed', 'no', 'yes'] as const;

/** The body of `preHires.search()`: filters (AND-ed) and the fields to return. */
export interface SearchPreHiresBody {
  /** Employee numbers, at most 100. */
  worker_ids?: string[] | undefined;
  /** Pre-hire IDs, at most 100 (leave out to search all). */
  pre_hire_ids?: string[] | undefined;
  /** Person IDs, at most 100. */
  person_ids?: string[] | undefined;
  /** Onboarding date from, `YYYY-MM-DD`; only with `onboarding_date_end`. */
  onboarding_date_start?: string | undefined;
  /** Onboarding date to, `YYYY-MM-DD`; only with `onboarding_date_start`. */
  onboarding_date_end?: string | undefined;
  /** Updated from, `YYYY-MM-DD`; only with `updated_date_end`. */
  updated_date_start?: string | undefined;
  /** Updated to, `YYYY-MM-DD`; only with `updated_date_start`. */
  updated_date_end?: string | undefined;
  /** Onboarding location IDs, at most 100. */
  onboarding_location_ids?: string[] | undefined;
  /** Onboarding status: `preboarding`, `deleted`, `day_one`, `withdrawn` or `completed` (leave out for all). */
  onboarding_status?: OnboardingStatus | undefined;
  /** Department IDs (of `department_id_type`), at most 100. */
  department_ids?: string[] | undefined;
  /** Direct managers' employment IDs (of `user_id_type`), at most 100. */
  direct_manager_ids?: string[] | undefined;
  /** Employee type IDs, at most 100. */
  employee_type_ids?: string[] | undefined;
  /** Employee subtype IDs, at most 100. */
  employee_subtype_ids?: string[] | undefined;
  /** Job family IDs, at most 100. */
  job_family_ids?: string[] | undefined;
  /** Keyword: fuzzy match on the preferred name, exact match on the employee number, e.g. `张三`. */
  key_word?: string | undefined;
  /** Only external workers (`true`) or only others (`false`). */
  condition_worker?: boolean | undefined;
  /** Rehire: `to_be_confirmed`, `no` or `yes` (leave out for all). */
  rehire?: (typeof REHIRE_VALUES)[number] | undefined;
  /** The fields to return, at most 100 (as in `query`); empty returns only `pre_hire_id`. */
  fields?: string[] | undefined;
}

const ReadQueryShape = {
  page_token: nonEmpty('a page token').optional(),
  user_id_type: z.enum(['open_id', 'union_id', 'user_id', 'people_corehr_id']).optional(),
  department_id_type: z.enum(['open_department_id', 'department_id', 'people_corehr_department_id']).optional(),
};

const pageSize = (max: number) =>
  z
    .number()
    .int(`must be an integer from 1 to ${max}`)
    .min(1, `must be an integer from 1 to ${max}`)
    .max(max, `must be an integer from 1 to ${max}`);

// Feishu requires page_size and documents no default: the maximum is sent when it is left out.
export const QueryPreHiresQuerySchema = lazySchema(() =>
  requestSchema<PreHireReadOptions>()(z.looseObject({ ...ReadQueryShape, page_size: pageSize(10).default(10) })),
);
export const SearchPreHiresQuerySchema = lazySchema(() =>
  requestSchema<PreHireReadOptions>()(z.looseObject({ ...ReadQueryShape, page_size: pageSize(100).default(100) })),
);

const fields = z.array(nonEmpty('a field path')).max(100, 'must name at most 100 fields');

export const QueryPreHiresBodySchema = lazySchema(() =>
  requestSchema<QueryPreHiresBody>()(
    z.looseObject({ pre_hire_ids: idList(10, 'a pre-hire ID').optional(), fields: fields.optional() }),
  ),
);

/** Pairs that Feishu documents as "use together". */
const RANGES = [
  ['onboarding_date_start', 'onboarding_date_end'],
  ['updated_date_start', 'updated_date_end'],
] as const;

export const SearchPreHiresBodySchema = lazySchema(() =>
  requestSchema<SearchPreHiresBody>()(
    z
      .looseObject({
        worker_ids: idList(100, 'an employee number').optional(),
        pre_hire_ids: idList(100, 'a pre-hire ID').optional(),
        person_ids: idList(100, 'a person ID').optional(),
        onboarding_date_start: isoDate.optional(),
        onboarding_date_end: isoDate.optional(),
        updated_date_start: isoDate.optional(),
        updated_date_end: isoDate.optional(),
        onboarding_location_ids: idList(100, 'a location ID').optional(),
        onboarding_status: z.enum(ONBOARDING_STATUSES).optional(),
        department_ids: idList(100, 'a department ID').optional(),
        direct_manager_ids: idList(100, 'an employment ID').optional(),
        employee_type_ids: idList(100, 'an employee type ID').optional(),
        employee_subtype_ids: idList(100, 'an employee subtype ID').optional(),
        job_family_ids: idList(100, 'a job family ID').optional(),
        key_word: z.string().optional(),
        condition_worker: z.boolean().optional(),
        rehire: z.enum(REHIRE_VALUES).optional(),
        fields: fields.optional(),
      })
      .superRefine((body, ctx) => {
        for (const [start, end] of RANGES) {
          const hasStart = body[start] !== undefined;
          const hasEnd = body[end] !== undefined;
          if (hasStart !== hasEnd) {
            ctx.addIssue({
              code: 'custom',
              path: [hasStart ? end : start],
              message: `is required with ${hasStart ? start : end} (Feishu filters by the range only when both are given)`,
            });
          }
        }
      }),
  ),
);
