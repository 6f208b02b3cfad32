import { defineOperation, offsetLimit } from '@hr/core';
import { AtsAssessmentSchema, AtsAssessmentsQuerySchema, type AtsAssessmentsQuery } from '../models/ats-assessment.js';
import {
  AtsInviteBodySchema,
  AtsInviteListAssessmentsQuerySchema,
  AtsSyncBodySchema,
  AtsTestAttemptBodySchema,
  AtsTestAttemptCreatedSchema,
  AtsTestAttemptResultSchema,
  AtsTestListQuerySchema,
  AtsTestSchema,
  type AtsInviteBody,
  type AtsInviteListAssessmentsQuery,
  type AtsSyncBody,
  type AtsTestAttemptBody,
  type AtsTestListQuery,
} from '../models/ats-variants.js';
import {
  AtsAttemptResultSchema,
  AtsCreateAttemptBodySchema,
  AtsCreateAttemptResultSchema,
  type AtsCreateAttemptBody,
} from '../models/ats-attempt.js';
import { EmptyResultSchema, MessageResultSchema } from '../models/common.js';
import { offsetOf } from '../models/paging.js';
import type { CoodeshPaginateOptions, CoodeshRequestOptions } from '../scope.js';
import { CoodeshResource, pathParams, type CoodeshCaller } from './base.js';

const listAssessments = defineOperation({
  id: 'ats.assessments.list',
  method: 'GET',
  path: '/assessments/ats',
  query: AtsAssessmentsQuerySchema,
  response: offsetOf(AtsAssessmentSchema),
  paginate: offsetLimit(),
});
const createAttempt = defineOperation({
  id: 'ats.attempts.create',
  method: 'POST',
  path: '/assessments/ats/attempts',
  body: AtsCreateAttemptBodySchema,
  response: AtsCreateAttemptResultSchema,
});
const retrieveAttempt = defineOperation({
  id: 'ats.attempts.retrieve',
  method: 'GET',
  path: '/assessments/ats/attempts/:attemptId',
  pathParams: pathParams(['attemptId']),
  response: AtsAttemptResultSchema,
});
const syncAttempt = defineOperation({
  id: 'ats.attempts.sync',
  method: 'POST',
  path: '/assessments/ats/attempts/:attemptId/sync',
  pathParams: pathParams(['attemptId']),
  body: AtsSyncBodySchema,
  response: MessageResultSchema,
});
// The tests and invites variants: the reference lost the segment naming the ATS partner ({provider}).
const listTests = defineOperation({
  id: 'ats.tests.list',
  method: 'GET',
  path: '/assessments/ats/{provider}/tests',
  query: AtsTestListQuerySchema,
  response: offsetOf(AtsTestSchema),
  paginate: offsetLimit({ total: 'total_tests' }),
});
const retrieveTestResult = defineOperation({
  id: 'ats.tests.retrieveResult',
  method: 'GET',
  path: '/assessments/ats/{provider}/attempts/:attemptId',
  pathParams: pathParams(['attemptId']),
  response: AtsTestAttemptResultSchema,
});
const createTestAttempt = defineOperation({
  id: 'ats.tests.createAttempt',
  method: 'POST',
  path: '/assessments/ats/{provider}/attempts',
  body: AtsTestAttemptBodySchema,
  response: AtsTestAttemptCreatedSchema,
});
const createInvite = defineOperation({
  id: 'ats.invites.create',
  method: 'POST',
  path: '/assessments/ats/{provider}/attempts',
  body: AtsInviteBodySchema,
});
const retrieveInviteAttempt = defineOperation({
  id: 'ats.invites.retrieveAttempt',
  method: 'GET',
  path: '/assessments/ats/{provider}/attempts/:attemptId',
  pathParams: pathParams(['attemptId']),
  response: EmptyResultSchema,
});
const listInviteAssessments = defineOperation({
  id: 'ats.invites.listAssessments',
  method: 'GET',
  path: '/assessments/ats/{provider}',
  query: AtsInviteListAssessmentsQuerySchema,
  response: EmptyResultSchema,
});

/** The account's assessments, as the ATS integration sees them. */
export class AtsAssessments extends CoodeshResource {
  /**
   * Lists all assessments from the account: `assessment_id`, name, category, description, level, locale,
   * duration and unit, questions. `GET /assessments/ats`, paged by `offset` / `limit` (0..2000) /
   * `total`, filterable by `_id` and `search`. Coodesh sends the envelope either bare or wrapped in a
   * one-element array; both are read the same. `await` for the first slice, `for await` for every
   * assessment.
   */
  list(query: AtsAssessmentsQuery = {}, options?: CoodeshPaginateOptions) {
    return this.paginate(listAssessments, { query }, options);
  }
}

/** Assessment attempts created and read by the ATS integration. */
export class AtsAttempts extends CoodeshResource {
  /**
   * Creates an attempt of an assessment for a candidate (the current requester's workspace); if a user
   * with the given email does not exist, it is created. Returns `attempt_id` and `attempt_url` (the link
   * the candidate opens). `POST /assessments/ats/attempts` (answers 201). Every field is required except
   * `disable_email` (default true: no invite email); `email` must be an email and `callback_url` /
   * `webhook_url` URLs, checked before sending. Coodesh POSTs the result to `webhook_url`: read it with
   * `parseAssessmentResultWebhook` from `@hr/coodesh/webhooks`.
   */
  create(body: AtsCreateAttemptBody, options?: CoodeshRequestOptions) {
    return this.send(createAttempt, { body }, options);
  }

  /**
   * Gets an attempt's result by id: title, assessment, description, a ready-made result text for the
   * company, status/stage with labels, score and type, per-test results, provider name, timestamps and
   * proctoring summary. `GET /assessments/ats/attempts/:attemptId`. An unknown id rejects with
   * `NotFoundError`.
   */
  retrieve(attemptId: string, options?: CoodeshRequestOptions) {
    return this.send(retrieveAttempt, { path: { attemptId } }, options);
  }

  /**
   * Recomputes the score of an existing attempt and re-syncs it, with flags to skip notifications
   * (default true), the ATS sync (default false), snapshot processing (default true) and trait
   * calculation (default false); returns a message. `POST /assessments/ats/attempts/:attemptId/sync`
   * (catalogue n 253; reconstructed, confidence low, method medium): unconfirmed, so it is sent only
   * with `allowUnconfirmedRoutes: true` or a route of yours in `routes['ats.attempts.sync']`.
   */
  sync(attemptId: string, body: AtsSyncBody = {}, options?: CoodeshRequestOptions) {
    return this.send(syncAttempt, { path: { attemptId }, body }, options);
  }
}

/**
 * The tests variant of the ATS integration: a test-provider contract with `test_id` /
 * `test_result_id` and numeric ids (a public test-provider contract whose routes end in `/test`,
 * `/test/candidate` and `/test/result/:resultId`). The reference lost the segment naming the
 * partner, so every method needs a route of yours in `routes` (e.g.
 * `'ats.tests.list': 'GET /assessments/ats/<partner>/tests'`); nothing is sent until then.
 */
export class AtsTests extends CoodeshResource {
  /**
   * Lists the account's assessments as "tests" (`id`, name, category, description, level) with
   * `searchString`, offset-paged by `total_tests`. Reconstructed as `GET /assessments/ats/{provider}/tests`
   * (catalogue n 254). `await` for the first slice, `for await` for every test.
   */
  list(query: AtsTestListQuery = {}, options?: CoodeshPaginateOptions) {
    return this.paginate(listTests, { query }, options);
  }

  /**
   * Gets one attempt result: test code, provider name, company result text, status (`done`), result
   * page URL and per-test results with other information (time, pauses, test type, factor).
   * Reconstructed as `GET /assessments/ats/{provider}/attempts/:attemptId` (catalogue n 255).
   */
  retrieveResult(attemptId: string, options?: CoodeshRequestOptions) {
    return this.send(retrieveTestResult, { path: { attemptId } }, options);
  }

  /**
   * Creates an attempt: name, email, numeric `document_id`, birthdate, gender (`male`/`female`),
   * `test_id`, numeric `company_id` and `job_id`, `callback_url`, `candidate_type` (`internal`/`external`),
   * `previous_result` (`fail` or null), `result_webhook_url` and `disable_email` (default true); returns
   * `test_result_id`. Reconstructed as `POST /assessments/ats/{provider}/attempts` (catalogue n 256).
   */
  createAttempt(body: AtsTestAttemptBody, options?: CoodeshRequestOptions) {
    return this.send(createTestAttempt, { body }, options);
  }
}

/**
 * The invites variant of the ATS integration: attempts created from an ATS invite with UUID
 * identifiers (`account_id`, `job_code`, a job `stage` object). The reference lost the segment naming
 * the partner, so every method needs a route of yours in `routes`; nothing is sent until then.
 */
export class AtsInvites extends CoodeshResource {
  /**
   * Creates an attempt from an ATS invite: `account_id`, `email`, attempt `id`, `job_code`, `job_id`,
   * `name`, `tags`, the job `stage` object and `disable_email` (default false). Reconstructed as
   * `POST /assessments/ats/{provider}/attempts` (catalogue n 257); the reference shows no response.
   */
  create(body: AtsInviteBody, options?: CoodeshRequestOptions) {
    return this.send(createInvite, { body }, options);
  }

  /**
   * Gets one attempt (the reference's example is an empty object). Reconstructed as
   * `GET /assessments/ats/{provider}/attempts/:attemptId` (catalogue n 258).
   */
  retrieveAttempt(attemptId: string, options?: CoodeshRequestOptions) {
    return this.send(retrieveInviteAttempt, { path: { attemptId } }, options);
  }

  /**
   * Lists the account's assessments with search and paging parameters (the reference's example is an
   * empty object, without a paging envelope). Reconstructed as `GET /assessments/ats/{provider}`
   * (catalogue n 259).
   */
  listAssessments(query: AtsInviteListAssessmentsQuery = {}, options?: CoodeshRequestOptions) {
    return this.send(listInviteAssessments, { query }, options);
  }
}

/**
 * The ATS integration: list assessments, create attempts for candidates, read their results; plus
 * the tests and invites variants the reference documents for other ATS partners.
 */
export class Ats {
  /** The account's assessments. */
  readonly assessments: AtsAssessments;
  /** Attempts of candidates. */
  readonly attempts: AtsAttempts;
  /** The tests variant (test ids and results). */
  readonly tests: AtsTests;
  /** The invites variant (attempts from ATS invites). */
  readonly invites: AtsInvites;

  constructor(client: CoodeshCaller) {
    this.assessments = new AtsAssessments(client);
    this.attempts = new AtsAttempts(client);
    this.tests = new AtsTests(client);
    this.invites = new AtsInvites(client);
  }
}
