import type { CoodeshRequestOptions } from '../scope.js';
import { CoodeshResource } from './base.js';

/** Display labels of the API's enumerations, in the requested `language`. */
export class Fields extends CoodeshResource {
  /**
   * Display labels for job enumerations (contract type, status, level, role sought, job type, salary
   * scope, format, remote policy, escort, priority, application type), both as maps and ordered lists.
   * `GET /fields/jobs`.
   */
  jobs(options?: CoodeshRequestOptions) {
    return this.send('fields.jobs', {}, options);
  }

  /**
   * Display labels for application enumerations: contact preference, status, type, contract type,
   * disapproval and quit reasons, format, frozen statuses, challenge presentation/score/category, remote
   * policy, plans and placement fees, assessment status and email types. `GET /fields/applications`.
   */
  applications(options?: CoodeshRequestOptions) {
    return this.send('fields.applications', {}, options);
  }
}
