export { CoodeshClient, type CoodeshClientOptions } from './client.js';
export { VERSION } from './version.js';
export { COODESH_BASE_URL, COODESH_LANGUAGES, COODESH_SECRET_FIELDS, type CoodeshLanguage } from './constants.js';
export type { CoodeshScope, CoodeshRequestOptions, CoodeshPaginateOptions } from './scope.js';
export { mapCoodeshResponse, type CoodeshErrorBody } from './envelope.js';

// Resources
export { Auth } from './resources/auth.js';
export { Jobs, JobListQuerySchema, type JobListQuery } from './resources/jobs.js';
export { Companies } from './resources/companies.js';
export { Fields } from './resources/fields.js';
export { Blog, BlogPosts, BlogCategories } from './resources/blog.js';
export { Ats, AtsAssessments, AtsAttempts } from './resources/ats.js';

// Models
export * from './models/paging.js';
export * from './models/common.js';
export * from './models/user.js';
export * from './models/company.js';
export * from './models/skill.js';
export * from './models/address.js';
export * from './models/salary.js';
export * from './models/job-enums.js';
export * from './models/job.js';
export * from './models/job-search-fields.js';
export * from './models/field-labels.js';
export * from './models/application.js';
export * from './models/auth.js';
export * from './models/assessment.js';
export * from './models/attempt.js';
export * from './models/blog.js';
export * from './models/assessment-result-webhook.js';

// Errors (the core hierarchy, re-exported so one import is enough)
export {
  HRError,
  APIError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  InvalidRequestError,
  RateLimitError,
  ServerError,
  ConnectionError,
  TimeoutError,
  AbortError,
  InputValidationError,
  ResponseValidationError,
} from '@hr/core';
export { CoodeshWebhookError } from './webhooks/assessment-result.js';
