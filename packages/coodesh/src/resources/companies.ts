import { defineOperation, pageNumber } from '@hr/core';
import {
  CompanyLeadBodySchema,
  CompanyOptionSchema,
  CompanyOptionsQuerySchema,
  CompanyProfileSchema,
  CompanySchema,
  PartnerStatsSchema,
  type CompanyLeadBody,
  type CompanyOptionsQuery,
} from '../models/companies.js';
import { pageOf } from '../models/paging.js';
import type { CoodeshPaginateOptions, CoodeshRequestOptions } from '../scope.js';
import { CoodeshResource, pathParams } from './base.js';
import { companyJobs, type JobListQuery } from './jobs.js';

const retrieve = defineOperation({
  id: 'companies.retrieve',
  method: 'GET',
  path: '/companies/:companySlug',
  pathParams: pathParams(['companySlug']),
  response: CompanyProfileSchema,
});
const listOptions = defineOperation({
  id: 'companies.options',
  method: 'GET',
  path: '/companies',
  query: CompanyOptionsQuerySchema,
  response: pageOf(CompanyOptionSchema),
  paginate: pageNumber(),
});
const retrieveRecord = defineOperation({
  id: 'companies.retrieveRecord',
  method: 'GET',
  path: '/companies/slug/:slug',
  pathParams: pathParams(['slug']),
  response: CompanySchema,
});
const stats = defineOperation({
  id: 'companies.stats',
  method: 'GET',
  path: '/companies/:partnerId/stats',
  pathParams: pathParams(['partnerId']),
  response: PartnerStatsSchema,
});
const createLead = defineOperation({
  id: 'companies.createLead',
  method: 'POST',
  path: '/companies',
  body: CompanyLeadBodySchema,
});

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
   */
  jobs(slug: string, query: JobListQuery = {}, options?: CoodeshPaginateOptions) {
    return this.paginate(companyJobs, { path: { slug }, query }, options);
  }

  /**
   * Public company profile by slug: headline, description, culture, funding stage, market, team size,
   * logo/cover, founding, average ratings, open positions, views, address, related companies, reviews,
   * offers and "also viewed". `GET /companies/:companySlug` (catalogue n 17; stated `GET :companySlug`,
   * prefix guessed, confidence low): unconfirmed.
   */
  retrieve(companySlug: string, options?: CoodeshRequestOptions) {
    return this.send(retrieve, { path: { companySlug } }, options);
  }

  /**
   * Company options for pickers: value (`_id`), label (name) and meta (slug, demands count), page by
   * page. `GET /companies` (catalogue n 18; stated as the controller's root route, prefix guessed,
   * confidence low): unconfirmed. The reference lists no query parameters; the SDK sends `page` and
   * `pageSize` to walk the pages.
   */
  options(query: CompanyOptionsQuery = {}, options?: CoodeshPaginateOptions) {
    return this.paginate(listOptions, { query }, options);
  }

  /**
   * Full company record by slug (back-office view): contacts, CNPJ, flags, colours, representative,
   * address, financial data, LinkedIn/Glassdoor ids, plan and quotas, placement fee, modules, company
   * page, team settings, locales, allowed domains, SAML, contracts, tech stacks, trial dates and
   * permissions. `GET /companies/slug/:slug` (catalogue n 19; prefix guessed, confidence low): unconfirmed.
   */
  retrieveRecord(slug: string, options?: CoodeshRequestOptions) {
    return this.send(retrieveRecord, { path: { slug } }, options);
  }

  /**
   * Counters for a partner (client company): jobs created / in progress / in review and teams
   * created / draft / published. `GET /companies/:partnerId/stats` (catalogue n 20; prefix guessed,
   * confidence low): unconfirmed.
   */
  stats(partnerId: string, options?: CoodeshRequestOptions) {
    return this.send(stats, { path: { partnerId } }, options);
  }

  /**
   * Registers a company lead (e.g. a "request a demo" form): company name, representative contact
   * (name, email, city, phone, job position, subject), tech team size and traffic origin/medium.
   * `POST /companies` (catalogue n 182; prefix guessed, confidence low): unconfirmed.
   */
  createLead(body: CompanyLeadBody, options?: CoodeshRequestOptions) {
    return this.send(createLead, { body }, options);
  }
}
