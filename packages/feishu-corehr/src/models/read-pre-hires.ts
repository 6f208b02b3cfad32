import { lazySchema, schemaFor } from '@hr/core/internal';
import { z } from 'zod';
import { DEPARTMENT_ID_TYPES, USER_ID_TYPES } from '../generated/enums.js';
import {
  type PreHireReadQuery,
  type SearchPreHiresBody,
  SearchPreHiresBodySchema as GeneratedSearchBody,
} from '../generated/models/pre-hire-v2.js';
import { asInput } from './input-schema.js';
import { type BodyRule, pageSize, withRules } from './rules.js';

// "Query pre-hires" (POST /open-apis/corehr/v2/pre_hires/query,
// https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query) and "Search pre-hires"
// (POST /open-apis/corehr/v2/pre_hires/search,
// https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/search): the query string
// and the rules beyond the generated bodies (whose item limits come from the pages).

/** The most `page_size` of "Query pre-hires" ("分页大小，最大 10"). */
export const MAX_QUERY_PAGE_SIZE = 10;
/** The most `page_size` of "Search pre-hires" ("分页大小，最大 100"). */
export const MAX_SEARCH_PAGE_SIZE = 100;

/**
 * The query options of `preHires.query()` and `preHires.search()`: the documented query
 * ({@link PreHireReadQuery}), `page_size` left to the SDK when not given.
 */
export interface PreHireReadOptions extends Omit<PreHireReadQuery, 'page_size'> {
  /**
   * Page size: at most 10 (query) or 100 (search). Feishu requires it and documents no default:
   * the SDK sends the maximum when it is left out (the fewest calls).
   */
  page_size?: number | undefined;
}

const readOptions = (max: number) =>
  asInput(
    schemaFor<PreHireReadOptions>()(
      z.looseObject({
        // Feishu documents no default: the SDK sends the maximum when left out (the fewest calls).
        page_size: pageSize(max).default(max),
        page_token: z.string().min(1, 'must be a non-empty page token').optional(),
        user_id_type: z.enum(USER_ID_TYPES).optional(),
        department_id_type: z.enum(DEPARTMENT_ID_TYPES).optional(),
      }),
    ),
  );

export const QueryPreHiresQuerySchema = lazySchema(() => readOptions(MAX_QUERY_PAGE_SIZE));
export const SearchPreHiresQuerySchema = lazySchema(() => readOptions(MAX_SEARCH_PAGE_SIZE));

/**
 * Pairs the search page documents as "use together" (需要与…一同使用): the onboarding date range and
 * the update date range filter only when both ends are given.
 */
const RANGES = [
  ['onboarding_date_start', 'onboarding_date_end'],
  ['updated_date_start', 'updated_date_end'],
] as const;

const rangesGivenWhole: BodyRule = (body, ctx) => {
  const given = (key: string) => (body as Record<string, unknown>)[key] !== undefined;
  for (const [start, end] of RANGES) {
    if (given(start) === given(end)) continue;
    ctx.addIssue({
      code: 'custom',
      path: [given(start) ? end : start],
      message: `is required with ${given(start) ? start : end} (Feishu filters by the range only when both are given)`,
    });
  }
};

export const SearchPreHiresBodySchema = lazySchema(() =>
  withRules<SearchPreHiresBody>(GeneratedSearchBody(), rangesGivenWhole),
);
