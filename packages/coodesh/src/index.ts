export { CoodeshClient, type CoodeshClientOptions } from './client.js';
export { VERSION } from './version.js';
export { COODESH_BASE_URL, COODESH_LANGUAGES, COODESH_SECRET_FIELDS, type CoodeshLanguage } from './constants.js';
export type { CoodeshScope, CoodeshRequestOptions, CoodeshPaginateOptions } from './scope.js';
export { mapCoodeshResponse, type CoodeshErrorBody } from './envelope.js';

// Routes: where each operation goes, and what it takes to send the unconfirmed ones
export { COODESH_ROUTES, type CoodeshOperationId } from './routing/routes.js';
export {
  ROUTE_METHODS,
  describeRoute,
  type CoodeshRoute,
  type RouteSpec,
  type RouteStatus,
  type RouteConfidence,
  type ParsedRoute,
} from './routing/route.js';
export { UnconfirmedRouteError } from './routing/unconfirmed-route-error.js';

// Resources
export { Auth } from './resources/auth.js';
export { Jobs, JobListQuerySchema, type JobListQuery } from './resources/jobs.js';
export { Companies } from './resources/companies.js';
export { Fields } from './resources/fields.js';
export { Blog, BlogPosts, BlogCategories } from './resources/blog.js';
export { Ats, AtsAssessments, AtsAttempts, AtsTests, AtsInvites } from './resources/ats.js';
export { Webhooks } from './resources/webhooks.js';
export { Locations } from './resources/locations.js';
export { Talents } from './resources/talents.js';
export {
  CareerPaths,
  CareerPathTracks,
  CareerPathPositions,
  CareerPathCategories,
  CareerPathRequirements,
  CareerPathUsers,
} from './resources/career-paths.js';
export { Applications } from './resources/applications.js';
export { Disc } from './resources/disc.js';
export { Assessments } from './resources/assessments.js';
export { Attempts } from './resources/attempts.js';
export { Taxonomy } from './resources/taxonomy.js';
export { Questions } from './resources/questions.js';
export { Recommendations } from './resources/recommendations.js';
export { Datasets } from './resources/datasets.js';
export { Teams } from './resources/teams.js';
export { Skills } from './resources/skills.js';
export { Employees } from './resources/employees.js';
export { Subaccounts } from './resources/subaccounts.js';
export { Credits } from './resources/credits.js';
export { Profiles } from './resources/profiles.js';
export { Scorecards } from './resources/scorecards.js';
export { Certificates } from './resources/certificates.js';
export { Misc } from './resources/misc.js';
export { System } from './resources/system.js';

// Models
export * from './models/paging.js';
export * from './models/common.js';
export * from './models/user.js';
export * from './models/company-reference.js';
export * from './models/skill-reference.js';
export * from './models/address.js';
export * from './models/salary.js';
export * from './models/job-enums.js';
export * from './models/job.js';
export * from './models/job-search-fields.js';
export * from './models/field-labels.js';
export * from './models/job-application.js';
export * from './models/auth.js';
export * from './models/ats-assessment.js';
export * from './models/ats-attempt.js';
export * from './models/blog.js';
export * from './models/assessment-result-webhook.js';
export * from './models/enums.js';
export * from './models/i18n.js';
export * from './models/inputs.js';
export * from './models/companies.js';
export * from './models/webhooks.js';
export * from './models/locations.js';
export * from './models/talents.js';
export * from './models/career-paths.js';
export * from './models/applications.js';
export * from './models/disc.js';
export * from './models/assessments.js';
export * from './models/attempts.js';
export * from './models/taxonomy.js';
export * from './models/questions.js';
export * from './models/recommendations.js';
export * from './models/datasets.js';
export * from './models/teams.js';
export * from './models/skills.js';
export * from './models/employees.js';
export * from './models/subaccounts.js';
export * from './models/credits.js';
export * from './models/profiles.js';
export * from './models/scorecards.js';
export * from './models/certificates.js';
export * from './models/ats-variants.js';
export * from './models/system.js';

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
