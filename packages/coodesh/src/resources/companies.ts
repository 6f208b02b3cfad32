import type { CompanyLeadBody } from '../generated/models/companies.js';
import type { JobListQuery } from '../models/job.js';
import type { PageQuery } from '../models/paging.js';
import type { CoodeshPaginateOptions, CoodeshRequestOptions, ResponseSchemaOptions } from '../scope.js';
import { CoodeshResource } from './base.js';

/**
 * Companies: public profiles, the back-office record, partner counters, leads and job cards. Only
 * `jobs` has a route public evidence supports; the others are sent only with `allowUnconfirmedRoutes:
 * true` or a route of yours in `routes` (the reference states their relative routes, but not the
 * controller prefix `/companies`, which is a guess).
 */
export class Companies extends CoodeshResource {
  /**
   * Job cards of one company identified by slug, page by page. `GET /companies/:slug/jobs`.
   * An unknown company rejects with `NotFoundError`.
   *
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats); nothing is sent.
   * @throws {@link NotFoundError} for an unknown company.
   * @throws {@link PaginationError} when the listing cannot continue safely (a page seen before, too many
   * pages).
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  jobs(slug: string, query: JobListQuery = {}, options?: CoodeshPaginateOptions) {
    return this.paginate('companies.jobs', { path: { slug }, query }, options);
  }

  /**
   * Unconfirmed route: needs `allowUnconfirmedRoutes: true` or your route in `routes['companies.retrieve']`.
   *
   * Public company profile by slug: headline, description, culture, funding stage, market, team size,
   * logo/cover, founding, average ratings, open positions, views, address, related companies, reviews,
   * offers and "also viewed". `GET /companies/:companySlug` (catalogue n 17; stated `GET :companySlug`,
   * prefix guessed, confidence low).
   *
   * @throws {@link UnconfirmedRouteError} without `allowUnconfirmedRoutes: true` or your route in
   * `routes['companies.retrieve']`; nothing is sent.
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats); nothing is sent.
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  retrieve(companySlug: string, options?: CoodeshRequestOptions) {
    return this.send('companies.retrieve', { path: { companySlug } }, options);
  }

  /**
   * Unconfirmed route: needs `allowUnconfirmedRoutes: true` or your route in `routes['companies.options']`.
   *
   * Company options for pickers: value (`_id`), label (name) and meta (slug, demands count), page by
   * page. `GET /companies` (catalogue n 18; stated as the controller's root route, prefix guessed,
   * confidence low). The reference lists no query parameters; the SDK sends `page` and `pageSize` to
   * walk the pages.
   *
   * @throws {@link UnconfirmedRouteError} without `allowUnconfirmedRoutes: true` or your route in
   * `routes['companies.options']`; nothing is sent.
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
  options(query: PageQuery = {}, options?: CoodeshPaginateOptions) {
    return this.paginate('companies.options', { query }, options);
  }

  /**
   * Unconfirmed route: needs `allowUnconfirmedRoutes: true` or your route in `routes['companies.retrieveRecord']`.
   *
   * Full company record by slug (back-office view): contacts, CNPJ, flags, colours, representative,
   * address, financial data, LinkedIn/Glassdoor ids, plan and quotas, placement fee, modules, company
   * page, team settings, locales, allowed domains, SAML, contracts, tech stacks, trial dates and
   * permissions. `GET /companies/slug/:slug` (catalogue n 19; prefix guessed, confidence low).
   *
   * @throws {@link UnconfirmedRouteError} without `allowUnconfirmedRoutes: true` or your route in
   * `routes['companies.retrieveRecord']`; nothing is sent.
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats); nothing is sent.
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  retrieveRecord(slug: string, options?: CoodeshRequestOptions) {
    return this.send('companies.retrieveRecord', { path: { slug } }, options);
  }

  /**
   * Unconfirmed route: needs `allowUnconfirmedRoutes: true` or your route in `routes['companies.stats']`.
   *
   * Counters for a partner (client company): jobs created / in progress / in review and teams
   * created / draft / published. `GET /companies/:partnerId/stats` (catalogue n 20; prefix guessed,
   * confidence low).
   *
   * @throws {@link UnconfirmedRouteError} without `allowUnconfirmedRoutes: true` or your route in
   * `routes['companies.stats']`; nothing is sent.
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats); nothing is sent.
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  stats(partnerId: string, options?: CoodeshRequestOptions) {
    return this.send('companies.stats', { path: { partnerId } }, options);
  }

  /**
   * Unconfirmed route: needs `allowUnconfirmedRoutes: true` or your route in `routes['companies.createLead']`.
   *
   * Registers a company lead (e.g. a "request a demo" form): company name, representative contact
   * (name, email, city, phone, job position, subject), tech team size and traffic origin/medium.
   * `POST /companies` (catalogue n 182; prefix guessed, confidence low). The reference shows no
   * response: the call resolves with the answer as received (`unknown`), or checked and typed by the
   * zod schema you pass as `responseSchema`.
   *
   * @throws {@link UnconfirmedRouteError} without `allowUnconfirmedRoutes: true` or your route in
   * `routes['companies.createLead']`; nothing is sent.
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats), or `responseSchema` is not a zod schema; nothing is sent.
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  createLead<T = unknown>(body: CompanyLeadBody, options?: ResponseSchemaOptions<T>) {
    return this.send('companies.createLead', { body }, options);
  }
}
