import { defineOperation } from '@hr/core';
import { ApplicationFieldLabelsSchema, JobFieldLabelsSchema } from '../models/field-labels.js';
import type { CoodeshRequestOptions } from '../scope.js';
import { CoodeshResource } from './base.js';

const jobs = defineOperation({
  id: 'fields.jobs',
  method: 'GET',
  path: '/fields/jobs',
  response: JobFieldLabelsSchema,
});
const applications = defineOperation({
  id: 'fields.applications',
  method: 'GET',
  path: '/fields/applications',
  response: ApplicationFieldLabelsSchema,
});

/** Display labels of the API's enumerations, in the requested `language`. */
export class Fields extends CoodeshResource {
  /**
   * Display labels for job enumerations (contract type, status, level, role sought, job type, salary
   * scope, format, remote policy, escort, priority, application type), both as maps and ordered lists.
   * `GET /fields/jobs`.
   */
  jobs(options?: CoodeshRequestOptions) {
    return this.send(jobs, {}, options);
  }

  /**
   * Display labels for application enumerations: contact preference, status, type, contract type,
   * disapproval and quit reasons, format, frozen statuses, challenge presentation/score/category, remote
   * policy, plans and placement fees, assessment status and email types. `GET /fields/applications`.
   */
  applications(options?: CoodeshRequestOptions) {
    return this.send(applications, {}, options);
  }
}
