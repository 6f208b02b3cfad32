import { lazySchema, openEnum, schemaFor } from '@hr/core/internal';
import { z } from 'zod';
import { ATTEMPT_STATUSES, type AttemptStatus } from './ats-attempt.js';

/**
 * The assessment-result webhook: the JSON body Coodesh POSTs to the `webhook_url` given when an
 * attempt was created, when the attempt's status changes (e.g. to `finished` with its score).
 */
export interface AssessmentResultWebhookEvent {
  /** Assessment attempt ID (required). */
  attempt_id: string;
  /** Application ID. */
  application_id?: string | null;
  /** Assessment ID. */
  assessment_id?: string | null;
  /** Webhook event status (required): draft, invited, expired, finished, started, blocked, scheduled, pending, pending_review. */
  status: AttemptStatus;
  /** Assessment score, a number or a string. */
  score?: number | string | null;
  /** Assessment title. */
  title?: string | null;
}

/** Schema of {@link AssessmentResultWebhookEvent}: `attempt_id` and `status` are required. */
export const AssessmentResultWebhookEventSchema = lazySchema(() =>
  schemaFor<AssessmentResultWebhookEvent>()(
    z.looseObject({
      attempt_id: z.string().min(1),
      application_id: z.string().nullish(),
      assessment_id: z.string().nullish(),
      status: openEnum(ATTEMPT_STATUSES),
      score: z.union([z.number(), z.string()]).nullish(),
      title: z.string().nullish(),
    }),
  ),
);
