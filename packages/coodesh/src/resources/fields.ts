import type { CoodeshRequestOptions } from '../scope.js';
import { CoodeshResource } from './base.js';

/** Display labels of the API's enumerations, in the requested `language`. */
export class Fields extends CoodeshResource {
  /**
   * Display labels for job enumerations (contract type, status, level, role sought, job type, salary
   * scope, format, remote policy, escort, priority, application type), both as maps and ordered lists.
   * `GET /fields/jobs`.
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
  jobs(options?: CoodeshRequestOptions) {
    return this.send('fields.jobs', {}, options);
  }

  /**
   * Display labels for application enumerations: contact preference, status, type, contract type,
   * disapproval and quit reasons, format, frozen statuses, challenge presentation/score/category, remote
   * policy, plans and placement fees, assessment status and email types. `GET /fields/applications`.
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
  applications(options?: CoodeshRequestOptions) {
    return this.send('fields.applications', {}, options);
  }
}
