import { z } from 'zod';
import { type APIPromise, type PagePromise } from '@hr/core';
import { Resource, defineOperation, pageToken } from '@hr/core/internal';
import { PRE_HIRE_ROUTES } from '../generated/routes.js';
import {
  type OnboardingActionResult,
  OnboardingActionResultSchema,
  type RestoreFlowInstanceBody,
  RestoreFlowInstanceBodySchema,
  type TransitTaskBody,
  TransitTaskBodySchema,
  type WithdrawOnboardingBody,
} from '../generated/models/actions.js';
import { type CreatePreHireBody, type PreHireIdResult, PreHireIdResultSchema } from '../generated/models/create.js';
import {
  type PreHireV2,
  type PreHireV2Page,
  PreHireV2PageSchema,
  type QueryPreHiresBody,
  QueryPreHiresBodySchema,
  type SearchPreHiresBody,
} from '../generated/models/pre-hire-v2.js';
import type { PatchPreHireV2Body } from '../generated/models/patch-v2.js';
import {
  type EmptyResult,
  EmptyResultSchema,
  type GetPreHireResult,
  GetPreHireResultSchema,
  type PatchPreHireBody,
  type PatchPreHireResult,
  PatchPreHireResultSchema,
  type PreHireQuery,
  type PreHireQueryPage,
  PreHireQueryPageSchema,
} from '../generated/models/v1.js';
import { CreatePreHireBodySchema } from '../models/create-pre-hire.js';
import {
  type TransformOnboardingTaskInput,
  TransformOnboardingTaskBodySchema,
  WithdrawOnboardingBodySchema,
} from '../models/onboarding-actions.js';
import { PatchPreHireBodySchema } from '../models/patch-pre-hire.js';
import { PatchPreHireV2BodySchema } from '../models/patch-pre-hire-v2.js';
import {
  type PreHireReadOptions,
  QueryPreHiresQuerySchema,
  SearchPreHiresBodySchema,
  SearchPreHiresQuerySchema,
} from '../models/read-pre-hires.js';
import type { FeishuPaginateOptions, FeishuRequestOptions } from '../request-options.js';

/** The most `pre_hire_ids` one list call may carry ("List pre-hires": 最大长度 10). */
export const MAX_PRE_HIRE_IDS_PER_CALL = 10;

/**
 * The `page_size` sent when the caller gives none. Feishu marks `page_size` required on the v1
 * list and documents no default on the page, so the SDK sends the documented maximum: the fewest
 * calls under the 1000/min limit.
 */
export const DEFAULT_LIST_PAGE_SIZE = 100;

/** Query of `preHires.list()`. */
export interface ListPreHiresParams {
  /** Page size, from 1 to 100 (Feishu requires it: `DEFAULT_LIST_PAGE_SIZE`, 100, is sent when left out). */
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
export interface PatchPreHireOptions extends FeishuRequestOptions {
  /**
   * Feishu treats calls with the same `client_token` as the same request. Generated (a UUID) when left
   * out, and reused on every retry of the call, so a retried update is applied once.
   */
  client_token?: string | undefined;
}

/**
 * The query `list()` accepts ("List pre-hires": page_size 1–100, pre_hire_ids at most 10 per call,
 * which the operation's fan-out handles): any number of IDs, de-duplicated, but not none, since a
 * call without `pre_hire_ids` lists every pre-hire.
 */
const ListPreHiresQuerySchema = z.looseObject({
  page_size: z
    .number()
    .int('must be an integer from 1 to 100')
    .min(1, 'must be an integer from 1 to 100')
    .max(100, 'must be an integer from 1 to 100')
    // Feishu marks page_size required and documents no default: its maximum is sent when left out.
    .default(DEFAULT_LIST_PAGE_SIZE),
  page_token: z.string().min(1, 'must be a non-empty page token').optional(),
  pre_hire_ids: z
    .array(z.string().min(1, 'must be a non-empty pre-hire ID'))
    .min(1, 'must list at least one pre-hire ID (leave pre_hire_ids out to list every pre-hire)')
    .transform((ids) => [...new Set(ids)])
    .optional(),
});

// A path segment: an empty ID would change the route (the SDK's own check, not a Feishu rule).
const PreHireIdPath = z.looseObject({ pre_hire_id: z.string().min(1, 'is required (the pre-hire ID)') });

const pageTokenStyle = pageToken({ items: 'items', token: 'page_token', hasMore: 'has_more', param: 'page_token' });

// Rate limits: each operation's page ("接口频率限制"), applied client-side.

const get = defineOperation({
  id: 'preHires.get',
  ...PRE_HIRE_ROUTES.get,
  pathParams: () => PreHireIdPath,
  response: GetPreHireResultSchema,
  rateLimit: ['50/s', '1000/min'],
});

/**
 * Pages by `page_token` through each group of IDs in turn: when a group has no more pages, the next
 * query asks for the next group from its first page.
 */
const list = defineOperation({
  id: 'preHires.list',
  ...PRE_HIRE_ROUTES.list,
  query: ListPreHiresQuerySchema,
  response: PreHireQueryPageSchema,
  paginate: pageTokenStyle,
  fanOut: { param: 'pre_hire_ids', size: MAX_PRE_HIRE_IDS_PER_CALL },
  rateLimit: ['50/s', '1000/min'],
});

const patch = defineOperation({
  id: 'preHires.patch',
  ...PRE_HIRE_ROUTES.patch,
  pathParams: () => PreHireIdPath,
  query: z.looseObject({ client_token: z.string().min(1, 'must be a non-empty string').optional() }),
  body: PatchPreHireBodySchema,
  response: PatchPreHireResultSchema,
  idempotencyKey: { in: 'query', name: 'client_token' },
  rateLimit: ['100/min'],
});

const deleteV1 = defineOperation({
  id: 'preHires.deleteV1',
  ...PRE_HIRE_ROUTES.deleteV1,
  pathParams: () => PreHireIdPath,
  response: EmptyResultSchema,
  rateLimit: ['50/s', '1000/min'],
});

const create = defineOperation({
  id: 'preHires.create',
  ...PRE_HIRE_ROUTES.create,
  body: CreatePreHireBodySchema,
  response: PreHireIdResultSchema,
  idempotencyKey: { in: 'body', name: 'out_biz_id' },
  rateLimit: ['50/s', '1000/min'],
});

const query = defineOperation({
  id: 'preHires.query',
  ...PRE_HIRE_ROUTES.query,
  query: QueryPreHiresQuerySchema,
  body: QueryPreHiresBodySchema,
  response: PreHireV2PageSchema,
  paginate: pageTokenStyle,
  idempotent: true, // a read: safe to resend
  rateLimit: ['100/min'],
});

const search = defineOperation({
  id: 'preHires.search',
  ...PRE_HIRE_ROUTES.search,
  query: SearchPreHiresQuerySchema,
  body: SearchPreHiresBodySchema,
  response: PreHireV2PageSchema,
  paginate: pageTokenStyle,
  idempotent: true, // a read: safe to resend
  rateLimit: ['100/min'],
});

const patchV2 = defineOperation({
  id: 'preHires.patchV2',
  ...PRE_HIRE_ROUTES.patchV2,
  pathParams: () => PreHireIdPath,
  body: PatchPreHireV2BodySchema,
  response: PreHireIdResultSchema,
  // Setting the same values twice gives the same record: the documented update carries no token.
  idempotent: true,
  rateLimit: ['50/s', '1000/min'],
});

const remove = defineOperation({
  id: 'preHires.delete',
  ...PRE_HIRE_ROUTES.delete,
  pathParams: () => PreHireIdPath,
  response: EmptyResultSchema,
  rateLimit: ['50/s', '1000/min'],
});

// The page documents no body; the official SDK sends `{}`, and so do we (a POST with a JSON body).
const EmptyBody = z.looseObject({});

const complete = defineOperation({
  id: 'preHires.complete',
  ...PRE_HIRE_ROUTES.complete,
  pathParams: () => PreHireIdPath,
  body: EmptyBody,
  response: OnboardingActionResultSchema,
  rateLimit: ['50/s', '1000/min'],
});

const withdrawOnboarding = defineOperation({
  id: 'preHires.withdrawOnboarding',
  ...PRE_HIRE_ROUTES.withdrawOnboarding,
  body: WithdrawOnboardingBodySchema,
  response: OnboardingActionResultSchema,
  rateLimit: ['100/min'],
});

const restoreFlowInstance = defineOperation({
  id: 'preHires.restoreFlowInstance',
  ...PRE_HIRE_ROUTES.restoreFlowInstance,
  body: RestoreFlowInstanceBodySchema,
  response: OnboardingActionResultSchema,
  rateLimit: ['100/min'],
});

const transitTask = defineOperation({
  id: 'preHires.transitTask',
  ...PRE_HIRE_ROUTES.transitTask,
  pathParams: () => PreHireIdPath,
  body: TransitTaskBodySchema,
  response: OnboardingActionResultSchema,
  rateLimit: ['50/s', '1000/min'],
});

const transformOnboardingTask = defineOperation({
  id: 'preHires.transformOnboardingTask',
  ...PRE_HIRE_ROUTES.transformOnboardingTask,
  body: TransformOnboardingTaskBodySchema,
  response: OnboardingActionResultSchema,
  rateLimit: ['50/s', '1000/min'],
});

/**
 * CoreHR pre-hires (people who accepted an offer and are waiting to be onboarded). The models
 * are generated from the field facts of Feishu's official definitions (see docs/feishu-corehr.md).
 */
export class PreHires extends Resource {
  /**
   * Gets one pre-hire by ID (`GET /open-apis/corehr/v1/pre_hires/:pre_hire_id`). Feishu no longer
   * recommends this API (its personal data is incomplete) in favour of "Query pre-hires".
   *
   * @deprecated Feishu no longer recommends it: use `preHires.query()` on CoreHR v2.
   *
   * Rate limits: 1000/min and 50/s. Permissions (any one): `corehr:corehr:readonly`,
   * `corehr:pre_hire:read`, `corehr:corehr`, `corehr:pre_hire:write`.
   * https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/pre_hire/get
   */
  get(pre_hire_id: string, options?: FeishuRequestOptions): APIPromise<GetPreHireResult> {
    return this.client.request(get, { path: { pre_hire_id } }, options);
  }

  /**
   * Lists pre-hires in batches (`GET /open-apis/corehr/v1/pre_hires`), page by page by `page_token`
   * while `has_more` is true. `await` the result for the first page, or `for await` over it for every
   * pre-hire across pages. Feishu no longer recommends this API (its personal data is incomplete) in
   * favour of "Query pre-hires".
   *
   * @deprecated Feishu no longer recommends it: use `preHires.search()` (filters, every pre-hire) or
   * `preHires.query()` (by ID) on CoreHR v2, which return complete personal data.
   *
   * Rules checked before sending: `page_size` an integer from 1 to 100, sent as 100 when left out
   * (Feishu marks it required and documents no default); more than 10 `pre_hire_ids`
   * are split into calls of at most 10. Rate limits: 1000/min and 50/s (applied client-side).
   * Permissions (any one): `corehr:corehr:readonly`, `corehr:pre_hire:read`, `corehr:corehr`,
   * `corehr:pre_hire:write`.
   *
   * Errors: `InvalidRequestError` with codes 1164005–1164420 (invalid parameters or fields; see
   * `FEISHU_ERROR_CODES` and `error.details.explanation`).
   * https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/pre_hire/list
   */
  list(query: ListPreHiresParams = {}, options?: FeishuPaginateOptions): PagePromise<PreHireQueryPage, PreHireQuery> {
    return this.client.paginate(list, { query }, options);
  }

  /**
   * Updates a pre-hire (`PATCH /open-apis/corehr/v1/pre_hires/:pre_hire_id`). Feishu marks this API
   * "not recommended": it updates the data without checking data rules.
   *
   * @deprecated Feishu recommends "Update pre-hire" on v2: use `preHires.patchV2()`, which checks the
   * tenant's data rules.
   *
   * `onboarding_status` is required (the Node SDK and the page both say so); the other fields
   * change only when given. The body takes the page's update fields only: a pre-hire read from
   * `list()` carries fields the update does not document (`id`, `work_email_list`,
   * `department_id`), which TypeScript refuses.
   *
   * `client_token` (query) makes the call idempotent: Feishu treats calls with the same token as one
   * request. It is generated when not given and reused on every retry, so retrying after a timeout or
   * a 5xx cannot apply the update twice.
   *
   * Rules checked before sending (the page's): `cost_center_rate` rates integers 1–100 adding up to
   * 100 with no duplicate `cost_center_id` (codes 1161019–1161023; an empty list clears the
   * allocation); `onboarding_status.enum_name` one of preboarding, deleted, day_one, withdrawn,
   * completed; `hire_date` `YYYY-MM-DD`; `custom_fields[].value` JSON-encoded.
   * Rate limit: 100/min (applied client-side). Permissions (any one): `corehr:corehr`, `corehr:pre_hire:write`.
   *
   * Errors: `InvalidRequestError` with codes 1161019–1161025 (cost center duplicated, rate out of
   * range, incomplete, not found, not adding up to 100, deactivated, about to be disabled);
   * `ServerError` 1160025 (HTTP 500).
   * https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/pre_hire/patch
   */
  patch(pre_hire_id: string, body: PatchPreHireBody, options?: PatchPreHireOptions): APIPromise<PatchPreHireResult> {
    const { client_token, ...requestOptions } = options ?? {};
    return this.client.request(patch, { path: { pre_hire_id }, query: { client_token }, body }, requestOptions);
  }

  /**
   * Deletes a pre-hire directly (`DELETE /open-apis/corehr/v1/pre_hires/:pre_hire_id`), without
   * checking the onboarding flow. Feishu no longer recommends it.
   *
   * @deprecated Feishu recommends "Delete pre-hire" on v2: use `preHires.delete()`.
   *
   * Rate limits: 1000/min and 50/s. Permissions (any one): `corehr:corehr`, `corehr:pre_hire:write`.
   * https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/pre_hire/delete
   */
  deleteV1(pre_hire_id: string, options?: FeishuRequestOptions): APIPromise<EmptyResult> {
    return this.client.request(deleteV1, { path: { pre_hire_id } }, options);
  }

  /**
   * Creates a pre-hire directly (`POST /open-apis/corehr/v2/pre_hires`) and returns its
   * `pre_hire_id`. `basic_info` and `offer_info` are required; which of their fields a tenant
   * requires follows its CoreHR profile settings.
   *
   * Idempotent by `out_biz_id`: while a pre-hire with that ID exists, Feishu returns its
   * `pre_hire_id` and does not apply the new data. The SDK generates one (a UUID) when you give
   * none and reuses it on every retry, so a retried create never adds a second pre-hire; pass your
   * own (e.g. the ATS application ID) to make re-runs of your sync idempotent too.
   *
   * Rules checked before sending (the page's): the required fields and types of every block; the
   * dates whose description gives `YYYY-MM-DD`; the list limits; at most one `is_primary` emergency
   * contact, phone and email per list; custom field values JSON-encoded.
   * Rate limit: 1000/min and 50/s. Permissions (any one): `corehr:corehr`, `corehr:pre_hire:write`.
   *
   * Errors: `InvalidRequestError` with the 11610xx codes of `FEISHU_ERROR_CODES` (invalid IDs,
   * duplicate phone / email / ID number, employee number rules, job / level mismatches...).
   * https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/create
   */
  create(body: CreatePreHireBody, options?: FeishuRequestOptions): APIPromise<PreHireIdResult> {
    return this.client.request(create, { body }, options);
  }

  /**
   * Queries pre-hires by ID (`POST /open-apis/corehr/v2/pre_hires/query`) with the fields you name:
   * without `fields` only `pre_hire_id` comes back. `await` it for the first page or `for await`
   * over every pre-hire. Data written in the last 2 seconds may not be visible yet.
   *
   * Rules checked before sending: at most 10 `pre_hire_ids`; at most 100 `fields`; `page_size`
   * an integer up to 10, sent as 10 when left out (Feishu requires it). Rate limit: 100/min. Permission:
   * `corehr:pre_hire:read_only`, plus the field scopes of the fields asked for; the app's
   * "pre-hire" data scope limits which pre-hires come back.
   * https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
   */
  query(
    body: QueryPreHiresBody = {},
    params: PreHireReadOptions = {},
    options?: FeishuPaginateOptions,
  ): PagePromise<PreHireV2Page, PreHireV2> {
    return this.client.paginate(query, { query: params, body }, options);
  }

  /**
   * Searches pre-hires (`POST /open-apis/corehr/v2/pre_hires/search`) by employee numbers, IDs,
   * onboarding or update date ranges, status, departments, managers, types, keyword...; filters
   * are AND-ed and an empty body matches every pre-hire. `await` it for the first page or
   * `for await` over every match across pages (by `page_token`). Without `fields` only
   * `pre_hire_id` comes back. A pre-hire created in the last 5 seconds may not be found yet.
   *
   * Rules checked before sending: each ID list at most 100; each range given with both ends;
   * `onboarding_status` and `rehire` from their documented values; at most 100 `fields`;
   * `page_size` an integer up to 100, sent as 100 when left out (Feishu requires it).
   * Rate limit: 100/min. Permissions (any one): `corehr:pre_hire.search:read`,
   * `corehr:pre_hire:read`, `corehr:pre_hire:write`, plus field scopes; the app's "pre-hire" data
   * scope limits the results.
   * https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/search
   */
  search(
    body: SearchPreHiresBody = {},
    params: PreHireReadOptions = {},
    options?: FeishuPaginateOptions,
  ): PagePromise<PreHireV2Page, PreHireV2> {
    return this.client.paginate(search, { query: params, body }, options);
  }

  /**
   * Updates a pre-hire on v2 (`PATCH /open-apis/corehr/v2/pre_hires/:pre_hire_id`), checking the
   * tenant's data rules. Name what changes in `standard_update_fields` (e.g.
   * `basic_info_update.names`), `custom_update_fields` and `person_custom_update_fields`: a field
   * named there but absent from the body is cleared. Lists (names, phones, emails, work emails)
   * replace the stored list whole.
   *
   * Rules checked before sending (the page's): the required fields and types of every block; at
   * most one `is_primary` per phone, email, work email and emergency contact list; the dates whose
   * description gives `YYYY-MM-DD`; `standard_update_fields` entries one level deep under
   * `basic_info_update` or `offer_info_update`. Rate limit: 1000/min and 50/s.
   * Permission: `corehr:pre_hire:update`. The page documents no `client_token`: the update sets
   * values, so resending it gives the same record and it is retried like a PUT.
   * https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/patch
   */
  patchV2(pre_hire_id: string, body: PatchPreHireV2Body, options?: FeishuRequestOptions): APIPromise<PreHireIdResult> {
    return this.client.request(patchV2, { path: { pre_hire_id }, body }, options);
  }

  /**
   * Deletes a pre-hire (`DELETE /open-apis/corehr/v2/pre_hires/:pre_hire_id`): afterwards it can
   * no longer be searched. Rate limit: 1000/min and 50/s. Permission: `corehr:pre_hire:delete`.
   * Errors: `InvalidRequestError` 1160001 (invalid parameter, e.g. an unknown pre-hire).
   * https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/delete
   */
  delete(pre_hire_id: string, options?: FeishuRequestOptions): APIPromise<EmptyResult> {
    return this.client.request(remove, { path: { pre_hire_id } }, options);
  }

  /**
   * Completes onboarding (`POST /open-apis/corehr/v2/pre_hires/:pre_hire_id/complete`): the
   * pre-hire becomes an employee of the company. Not retried after it may have been received (the
   * page documents no idempotency token). Rate limit: 1000/min and 50/s. Permission:
   * `corehr:pre_hire:complete`.
   *
   * Errors: `InvalidRequestError` 1161001–1161104 (invalid IDs, duplicates, tasks not all complete
   * 1161099, missing onboarding date 1161101, blocklisted 1161104...); `ServerError` 1161000.
   * https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/complete
   */
  complete(pre_hire_id: string, options?: FeishuRequestOptions): APIPromise<OnboardingActionResult> {
    return this.client.request(complete, { path: { pre_hire_id }, body: {} }, options);
  }

  /**
   * Withdraws onboarding of a pre-hire that is preboarding or ready
   * (`POST /open-apis/corehr/v2/pre_hires/withdraw_onboarding`), like the "Withdraw onboarding"
   * button. Rules checked before sending: `pre_hire_id` and `withdraw_reason` (at most 500
   * characters, "上限为500字") required. Rate limit: 100/min. Permission:
   * `corehr:pre_hire:withdraw_onboarding`.
   *
   * Errors: `InvalidRequestError` 1161116 (concurrent operation), 1161097 (permission denied),
   * 1161105 (no access or no such pre-hire), 1161129 (not allowed in the pre-hire's status).
   * https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/withdraw_onboarding
   */
  withdrawOnboarding(body: WithdrawOnboardingBody, options?: FeishuRequestOptions): APIPromise<OnboardingActionResult> {
    return this.client.request(withdrawOnboarding, { body }, options);
  }

  /**
   * Restores onboarding of a withdrawn pre-hire (`POST /open-apis/corehr/v2/pre_hires/restore_flow_instance`),
   * like the "Restore onboarding" button; `confirm_workforce: true` takes a headcount slot even
   * when the plan is full. Rate limit: 100/min. Permission: `corehr:pre_hire:restore_flow_instance`.
   * Errors: `InvalidRequestError` 1161001 (invalid parameter) and the onboarding codes of `FEISHU_ERROR_CODES`.
   * https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/restore_flow_instance
   */
  restoreFlowInstance(
    body: RestoreFlowInstanceBody,
    options?: FeishuRequestOptions,
  ): APIPromise<OnboardingActionResult> {
    return this.client.request(restoreFlowInstance, { body }, options);
  }

  /**
   * Moves an in-progress onboarding task on (`POST /open-apis/corehr/v2/pre_hires/:pre_hire_id/transit_task`)
   * once an onboarding flow is configured. `task_id`: `1` job information, `2` personal
   * information, `3` account creation, `4` check-in, `9` signing documents, or a custom task's code.
   * Rate limit: 1000/min and 50/s. Permission: `corehr:pre_hire:transit_tasks`.
   * https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/transit_task
   */
  transitTask(
    pre_hire_id: string,
    body: TransitTaskBody,
    options?: FeishuRequestOptions,
  ): APIPromise<OnboardingActionResult> {
    return this.client.request(transitTask, { path: { pre_hire_id }, body }, options);
  }

  /**
   * Starts, submits or reviews an onboarding task of an in-progress flow
   * (`POST /open-apis/corehr/v2/pre_hires/transform_onboarding_task`): `manual_start_task` moves a
   * not-started task to in progress; `submit_task` moves an in-progress or rejected task to review
   * or completed; `review_task` approves (completed) or rejects a task in review.
   *
   * Rules checked before sending (all stated by the page): `transform_type` and `review_decision`
   * from their listed values; `review_decision` required with `review_task`; `reason` required
   * when rejecting and under 3000 bytes; tasks 3, 4 and 9 cannot be submitted (code 1161142).
   * Rate limit: 1000/min and 50/s. Permission: `corehr:pre_hire:transform_onboarding_task`.
   * https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/transform_onboarding_task
   */
  transformOnboardingTask(
    body: TransformOnboardingTaskInput,
    options?: FeishuRequestOptions,
  ): APIPromise<OnboardingActionResult> {
    return this.client.request(transformOnboardingTask, { body }, options);
  }
}
