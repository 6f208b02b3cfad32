import type { ApplyToJobBody } from '../models/job-application.js';
import type { JobListQuery } from '../models/job.js';
import type { CoodeshPaginateOptions, CoodeshRequestOptions } from '../scope.js';
import { CoodeshResource } from './base.js';

/** Published jobs: lists, search filters, one posting, related jobs and applying. */
export class Jobs extends CoodeshResource {
  /**
   * Lists published jobs as cards, page by page (`docs` / `totalPages`): `GET /v2/jobs`, the route of the
   * public quick-start. `search` filters by text; `pageSize` (1..2000) sets the page size. `await` for the
   * first page, `for await` for every job; `{ prefetch: n }` fetches up to n later pages at once, still
   * yielded in order.
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
  list(query: JobListQuery = {}, options?: CoodeshPaginateOptions) {
    return this.paginate('jobs.list', { query }, options);
  }

  /**
   * Lists published jobs as cards, page by page: the version-1 route `GET /jobs` (same card shape as `list`).
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
  listV1(query: JobListQuery = {}, options?: CoodeshPaginateOptions) {
    return this.paginate('jobs.listV1', { query }, options);
  }

  /**
   * Filter options for job search as value/label lists: contract type, level, format, remote policy,
   * categories, skills, salary range bounds, cities, provinces and countries. `GET /jobs/search_fields`.
   *
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats); nothing is sent.
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  searchFields(options?: CoodeshRequestOptions) {
    return this.send('jobs.searchFields', {}, options);
  }

  /**
   * The full public job posting by slug: HTML description, roles sought, salary range, address,
   * company, category, skills, languages, requirements, differentials, highlights, benefits,
   * challenges, expiry, status, view/proposal counters, and the viewer's application (null when none).
   * `GET /jobs/single/:slug`. An unknown slug rejects with `NotFoundError`.
   *
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats); nothing is sent.
   * @throws {@link NotFoundError} for an unknown slug.
   * @throws {@link PaginationError} when the listing cannot continue safely (a page seen before, too many
   * pages).
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  retrieve(slug: string, options?: CoodeshRequestOptions) {
    return this.send('jobs.retrieve', { path: { slug } }, options);
  }

  /**
   * Job cards related to the given job, page by page. `GET /jobs/single/:slug/related`.
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
  related(slug: string, query: JobListQuery = {}, options?: CoodeshPaginateOptions) {
    return this.paginate('jobs.related', { path: { slug }, query }, options);
  }

  /**
   * Applies to a job as a candidate (email and full name required; profile links, CV URL, contact
   * preference and hours, contract type, salary expectations, relocation, address); returns the created
   * application with its status and behavioural/scorecard/quiz report states. `POST /jobs/apply/:jobId`.
   * Emails and URLs are checked before sending. The reference hints that a CV file upload may also be
   * accepted (multipart); this SDK sends JSON with a `cv` URL.
   *
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats) (email and full name required, emails and URLs well-formed); nothing is
   * sent.
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  apply(jobId: string, body: ApplyToJobBody, options?: CoodeshRequestOptions) {
    return this.send('jobs.apply', { path: { jobId }, body }, options);
  }
}
