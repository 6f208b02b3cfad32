import { z } from 'zod';
import {
  type APIPromise,
  type PagePromise,
  type PaginateOptions,
  type RequestOptions,
  Resource,
  defineOperation,
  pageToken,
} from '@hr/core';
import { type PatchPreHireBody, PatchPreHireBodySchema } from '../models/patch-pre-hire.js';
import {
  type PatchPreHireResult,
  PatchPreHireResultSchema,
  type PreHireQuery,
  type PreHireQueryPage,
  PreHireQueryPageSchema,
} from '../models/pre-hire.js';

/** The most `pre_hire_ids` one list call may carry. */
export const MAX_PRE_HIRE_IDS_PER_CALL = 10;

/** Query of `preHires.list()`. */
export interface ListPreHiresParams {
  /** Page size, from 1 to 100. */
  page_size?: number | undefined;
  /** Page token: leave it out to start from the beginning; pass the `page_token` of a previous page to continue. */
  page_token?: string | undefined;
  /**
   * Pre-hire IDs to fetch (from the "Search pre-hires" API), e.g. `7140964208476371`. Feishu accepts
   * at most 10 per call: more are de-duplicated and sent as several calls of at most 10, whose
   * results come back in order as one listing. An empty list is refused (leave the key out to list
   * every pre-hire).
   */
  pre_hire_ids?: string[] | undefined;
}

/** Options of `preHires.patch()`. */
export interface PatchPreHireOptions extends RequestOptions {
  /**
   * Feishu treats calls with the same `client_token` as the same request. Generated (a UUID) when left
   * out, and reused on every retry of the call, so a retried update is applied once.
   */
  client_token?: string | undefined;
}

/**
 * The query `list()` accepts: any number of IDs (de-duplicated, then sent in calls of 10 by the
 * operation's fan-out), but not none, since a call without `pre_hire_ids` lists every pre-hire.
 */
const ListPreHiresQuerySchema = z.looseObject({
  page_size: z
    .number()
    .int('must be an integer from 1 to 100')
    .min(1, 'must be an integer from 1 to 100')
    .max(100, 'must be an integer from 1 to 100')
    .optional(),
  page_token: z.string().min(1, 'must be a non-empty page token').optional(),
  pre_hire_ids: z
    .array(z.string().min(1, 'must be a non-empty pre-hire ID'))
    .min(1, 'must list at least one pre-hire ID (leave pre_hire_ids out to list every pre-hire)')
    .transform((ids) => [...new Set(ids)])
    .optional(),
});

const list = defineOperation({
  id: 'preHires.list',
  method: 'GET',
  path: '/open-apis/corehr/v1/pre_hires',
  query: ListPreHiresQuerySchema,
  response: PreHireQueryPageSchema,
  paginate: pageToken({ items: 'items', token: 'page_token', hasMore: 'has_more', param: 'page_token' }),
  fanOut: { param: 'pre_hire_ids', size: MAX_PRE_HIRE_IDS_PER_CALL },
  rateLimit: ['50/s', '1000/min'],
});

const patch = defineOperation({
  id: 'preHires.patch',
  method: 'PATCH',
  path: '/open-apis/corehr/v1/pre_hires/:pre_hire_id',
  pathParams: z.looseObject({ pre_hire_id: z.string().min(1, 'is required (the pre-hire ID)') }),
  query: z.looseObject({ client_token: z.string().min(1, 'must be a non-empty string').optional() }),
  body: PatchPreHireBodySchema,
  response: PatchPreHireResultSchema,
  idempotencyKey: { in: 'query', name: 'client_token' },
  rateLimit: ['100/min'],
});

/** CoreHR pre-hires (people who accepted an offer and are waiting to be onboarded). */
export class PreHires extends Resource {
  /**
   * Lists pre-hires in batches (`GET /open-apis/corehr/v1/pre_hires`), page by page by `page_token`
   * while `has_more` is true. `await` the result for the first page, or `for await` over it for every
   * pre-hire across pages. Feishu no longer recommends this API (its personal data is incomplete) in
   * favour of "Query pre-hires".
   *
   * Rules checked before sending: `page_size` an integer from 1 to 100; more than 10 `pre_hire_ids`
   * are split into calls of at most 10. Rate limits: 1000/min and 50/s (applied client-side).
   * Permissions (any one): `corehr:corehr:readonly`, `corehr:pre_hire:read`, `corehr:corehr`,
   * `corehr:pre_hire:write`.
   *
   * Errors: `InvalidRequestError` with codes 1164005–1164420 (invalid parameters or fields; see
   * `FEISHU_ERROR_CODES` and `error.details.explanation`).
   */
  list(query: ListPreHiresParams = {}, options?: PaginateOptions): PagePromise<PreHireQueryPage, PreHireQuery> {
    return this.client.paginate(list, { query }, options);
  }

  /**
   * Updates a pre-hire (`PATCH /open-apis/corehr/v1/pre_hires/:pre_hire_id`); only the fields given
   * change. Feishu marks this API "not recommended": it updates the data without checking data rules.
   *
   * `client_token` (query) makes the call idempotent: Feishu treats calls with the same token as one
   * request. It is generated when not given and reused on every retry, so retrying after a timeout or
   * a 5xx cannot apply the update twice.
   *
   * Rules checked before sending: `hire_date` is `YYYY-MM-DD`; `onboarding_status.enum_name` one of
   * preboarding, day_one, completed, withdrawn, deleted; `custom_fields[].value` JSON-encoded;
   * `cost_center_rate` rates are integers 1–100 adding up to 100, with no duplicate `cost_center_id`.
   * Rate limit: 100/min (applied client-side). Permissions (any one): `corehr:corehr`, `corehr:pre_hire:write`.
   *
   * Errors: `InvalidRequestError` with codes 1161019–1161025 (cost center duplicated, rate out of
   * range, incomplete, not found, not adding up to 100, deactivated, about to be disabled);
   * `ServerError` 5001160025.
   */
  patch(pre_hire_id: string, body: PatchPreHireBody, options?: PatchPreHireOptions): APIPromise<PatchPreHireResult> {
    const { client_token, ...requestOptions } = options ?? {};
    return this.client.request(patch, { path: { pre_hire_id }, query: { client_token }, body }, requestOptions);
  }
}
