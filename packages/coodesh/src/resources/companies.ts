import type { CoodeshPaginateOptions } from '../scope.js';
import { CoodeshResource } from './base.js';
import { companyJobs, type JobListQuery } from './jobs.js';

/** Companies (the company profile and back-office routes are added with the rest of the catalogue). */
export class Companies extends CoodeshResource {
  /**
   * Job cards of one company identified by slug, page by page. `GET /companies/:slug/jobs`.
   * An unknown company rejects with `NotFoundError`.
   */
  jobs(slug: string, query: JobListQuery = {}, options?: CoodeshPaginateOptions) {
    return this.paginate(companyJobs, { path: { slug }, query }, options);
  }
}
