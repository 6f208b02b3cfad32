import type { AtsSyncBody } from '../generated/models/ats-variants.js';
import type { AtsAssessmentsQuery } from '../models/ats-assessment.js';
import type { AtsCreateAttemptBody } from '../models/ats-attempt.js';
import type { CoodeshPaginateOptions, CoodeshRequestOptions } from '../scope.js';
import { CoodeshResource, type CoodeshCaller } from './base.js';

/** The account's assessments, as the ATS integration sees them. */
export class AtsAssessments extends CoodeshResource {
  /**
   * Lists all assessments from the account: `assessment_id`, name, category, description, level, locale,
   * duration and unit, questions. `GET /assessments/ats`, paged by `offset` / `limit` (0..2000) /
   * `total`, filterable by `_id` and `search`. Coodesh sends the envelope either bare or wrapped in a
   * one-element array; both are read the same. `await` for the first slice, `for await` for every
   * assessment.
   *
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats); nothing is sent.
   * @throws {@link PaginationError} when the listing cannot continue safely (a page seen before, too many
   * pages).
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  list(query: AtsAssessmentsQuery = {}, options?: CoodeshPaginateOptions) {
    return this.paginate('ats.assessments.list', { query }, options);
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
   *
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats) (every field but `disable_email`, `email` an email, `callback_url` and
   * `webhook_url` URLs); nothing is sent.
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  create(body: AtsCreateAttemptBody, options?: CoodeshRequestOptions) {
    return this.send('ats.attempts.create', { body }, options);
  }

  /**
   * Gets an attempt's result by id: title, assessment, description, a ready-made result text for the
   * company, status/stage with labels, score and type, per-test results, provider name, timestamps and
   * proctoring summary. `GET /assessments/ats/attempts/:attemptId`. An unknown id rejects with
   * `NotFoundError`.
   *
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats); nothing is sent.
   * @throws {@link NotFoundError} for an unknown attempt id.
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  retrieve(attemptId: string, options?: CoodeshRequestOptions) {
    return this.send('ats.attempts.retrieve', { path: { attemptId } }, options);
  }

  /**
   * Unconfirmed route: needs `allowUnconfirmedRoutes: true` or your route in `routes['ats.attempts.sync']`.
   *
   * Recomputes the score of an existing attempt and re-syncs it, with flags to skip notifications
   * (default true), the ATS sync (default false), snapshot processing (default true) and trait
   * calculation (default false); returns a message. `POST /assessments/ats/attempts/:attemptId/sync`
   * (catalogue n 253; reconstructed, confidence low, method medium).
   *
   * @throws {@link UnconfirmedRouteError} without `allowUnconfirmedRoutes: true` or your route in
   * `routes['ats.attempts.sync']`; nothing is sent.
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats); nothing is sent.
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  sync(attemptId: string, body: AtsSyncBody = {}, options?: CoodeshRequestOptions) {
    return this.send('ats.attempts.sync', { path: { attemptId }, body }, options);
  }
}

/**
 * The ATS integration: list assessments, create attempts for candidates, read their results. The
 * reference documents two other ATS variants (tests and invites) whose routes it lost: they are in
 * `@hr/coodesh/lost-routes` (`new CoodeshLostRoutes(coodesh).ats.tests`).
 */
export class Ats {
  /** The account's assessments. */
  readonly assessments: AtsAssessments;
  /** Attempts of candidates. */
  readonly attempts: AtsAttempts;

  /** The resource and its sub-resources, calling `client`. */
  constructor(client: CoodeshCaller) {
    this.assessments = new AtsAssessments(client);
    this.attempts = new AtsAttempts(client);
  }
}
