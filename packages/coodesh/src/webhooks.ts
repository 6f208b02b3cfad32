export { parseAssessmentResultWebhook, CoodeshWebhookError, type WebhookBody } from './webhooks/assessment-result.js';
export {
  AssessmentResultWebhookEventSchema,
  type AssessmentResultWebhookEvent,
} from './models/assessment-result-webhook.js';
export { ATTEMPT_STATUSES, type AttemptStatus } from './models/ats-attempt.js';
