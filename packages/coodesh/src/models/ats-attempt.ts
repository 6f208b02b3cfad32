import { lazySchema, openEnum, schemaFor } from '@hr/core/internal';
import { z } from 'zod';

/** Status of an assessment attempt (the webhook's documented event statuses). */
export const ATTEMPT_STATUSES = [
  'draft',
  'invited',
  'expired',
  'finished',
  'started',
  'blocked',
  'scheduled',
  'pending',
  'pending_review',
] as const;
/** Status of an assessment attempt, e.g. `invited` or `finished`, or a newer value. */
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number] | (string & {});

/** ATS stage of the candidate behind an attempt. */
export const ATTEMPT_STAGES = [
  'none',
  'evaluating',
  'completed',
  'reviewed',
  'invited',
  'interviewed',
  'offer_sent',
  'offer_declined',
  'dropout',
  'disqualified',
  'hired',
] as const;
/** ATS stage, e.g. `hired`, or a newer value. */
export type AttemptStage = (typeof ATTEMPT_STAGES)[number] | (string & {});

/** Body of `POST /assessments/ats/attempts`. */
export interface AtsCreateAttemptBody {
  /** Name of the candidate. */
  name: string;
  /** Email of the candidate (a user is created when the email is unknown). */
  email: string;
  /** ID of the candidate. */
  user_id: string;
  /** Test ID for the candidate to take (`assessment_id` from `ats.assessments.list()`). */
  assessment_id: string;
  /** Company ID. */
  company_id: string;
  /** Job ID associated with the test. */
  job_id: string;
  /** URL for callback after test completion. */
  callback_url: string;
  /** Webhook URL to send the test result to (see `parseAssessmentResultWebhook`). */
  webhook_url: string;
  /** Disable invite email when creating the attempt (default true). */
  disable_email?: boolean;
}

/** Schema of {@link AtsCreateAttemptBody}. */
export const AtsCreateAttemptBodySchema = lazySchema(() =>
  schemaFor<AtsCreateAttemptBody>()(
    z.looseObject({
      name: z.string().trim().min(1),
      email: z.email(),
      user_id: z.string().min(1),
      assessment_id: z.string().min(1),
      company_id: z.string().min(1),
      job_id: z.string().min(1),
      callback_url: z.url(),
      webhook_url: z.url(),
      disable_email: z.boolean().default(true),
    }),
  ),
);

/** The attempt created by `POST /assessments/ats/attempts`. */
export interface AtsCreateAttemptResult {
  /** The attempt's id (read its result with `ats.attempts.retrieve`). */
  attempt_id?: string | null;
  /** Link where the candidate takes the assessment. */
  attempt_url?: string | null;
}

/** Schema of {@link AtsCreateAttemptResult}. */
export const AtsCreateAttemptResultSchema = lazySchema(() =>
  schemaFor<AtsCreateAttemptResult>()(
    z.looseObject({
      attempt_id: z.string().nullish(),
      attempt_url: z.string().nullish(),
    }),
  ),
);

/** The result of one test within an attempt. */
export interface AtsTestResult {
  /** Score of the test, e.g. `15`. */
  score?: number | null;
  /** Ready-made result text. */
  result_string?: string | null;
  /** How the score is expressed, e.g. `percentage`. */
  score_type?: string | null;
  /** Result tier, e.g. `major`. */
  tier?: string | null;
  /** Test title, e.g. `Backend Node.js`. */
  title?: string | null;
  /** Test description. */
  description?: string | null;
  /** Date of the result, e.g. `2024-03-26`. */
  date?: string | null;
}

/** Schema of {@link AtsTestResult}. */
export const AtsTestResultSchema = lazySchema(() =>
  schemaFor<AtsTestResult>()(
    z.looseObject({
      score: z.number().nullish(),
      result_string: z.string().nullish(),
      score_type: z.string().nullish(),
      tier: z.string().nullish(),
      title: z.string().nullish(),
      description: z.string().nullish(),
      date: z.string().nullish(),
    }),
  ),
);

/** Proctoring summary of an attempt. */
export interface ProctoringSummary {
  /** Number of devices used. */
  devices?: number | null;
  /** Number of distinct locations. */
  locations?: number | null;
  /** Times the candidate left full screen. */
  fullscreen_exits?: number | null;
  /** Times the candidate left the tab. */
  tab_exits?: number | null;
  /** Copy/paste events. */
  copy_paste_count?: number | null;
  /** Times the developer tools were opened. */
  devtools_open_count?: number | null;
  /** Last location, e.g. `BR`. */
  last_location?: string | null;
  /** Last device type, e.g. `desktop`. */
  last_device_type?: string | null;
  /** Last browser, e.g. `Chrome`. */
  last_browser?: string | null;
  /** Last operating system, e.g. `macOS`. */
  last_os?: string | null;
  /** Severity of the suspicious activity, e.g. `none`. */
  severity_category?: string | null;
  /** Display label of `severity_category`, e.g. `None`. */
  severity_category_formatted?: string | null;
}

/** Schema of {@link ProctoringSummary}. */
export const ProctoringSummarySchema = lazySchema(() =>
  schemaFor<ProctoringSummary>()(
    z.looseObject({
      devices: z.number().nullish(),
      locations: z.number().nullish(),
      fullscreen_exits: z.number().nullish(),
      tab_exits: z.number().nullish(),
      copy_paste_count: z.number().nullish(),
      devtools_open_count: z.number().nullish(),
      last_location: z.string().nullish(),
      last_device_type: z.string().nullish(),
      last_browser: z.string().nullish(),
      last_os: z.string().nullish(),
      severity_category: z.string().nullish(),
      severity_category_formatted: z.string().nullish(),
    }),
  ),
);

/** An attempt's result as read by the ATS integration (`GET /assessments/ats/attempts/:attemptId`). */
export interface AtsAttemptResult {
  /** The attempt's id. */
  attempt_id?: string | null;
  /** Assessment title, e.g. `Backend Node.js`. */
  title?: string | null;
  /** The assessment's id. */
  assessment_id?: string | null;
  /** Description of the result. */
  description?: string | null;
  /** Multi-line summary for the company: scores, suspicious actions, dates and a report URL. */
  company_result_string?: string | null;
  /** Attempt status, e.g. `finished`. */
  status?: AttemptStatus | null;
  /** Display label of `status`, e.g. `Finished`. */
  status_formatted?: string | null;
  /** ATS stage, e.g. `hired`. */
  stage?: AttemptStage | null;
  /** Display label of `stage`, e.g. `Hired`. */
  stage_formatted?: string | null;
  /** Overall score, e.g. `15`. */
  score?: number | null;
  /** How the score is expressed, e.g. `percentage`. */
  score_type?: string | null;
  /** Per-test results. */
  results?: AtsTestResult[] | null;
  /** Provider name, e.g. `Coodesh`. */
  provider_name?: string | null;
  /** When the attempt was created (ISO 8601). */
  created?: string | null;
  /** When the candidate was invited (ISO 8601). */
  invited?: string | null;
  /** When the attempt last changed (ISO 8601). */
  updated?: string | null;
  /** When the candidate started (ISO 8601). */
  started?: string | null;
  /** When the candidate finished (ISO 8601). */
  finished?: string | null;
  /** Proctoring summary. */
  proctoring?: ProctoringSummary | null;
}

/** Schema of {@link AtsAttemptResult}. */
export const AtsAttemptResultSchema = lazySchema(() =>
  schemaFor<AtsAttemptResult>()(
    z.looseObject({
      attempt_id: z.string().nullish(),
      title: z.string().nullish(),
      assessment_id: z.string().nullish(),
      description: z.string().nullish(),
      company_result_string: z.string().nullish(),
      status: openEnum(ATTEMPT_STATUSES).nullish(),
      status_formatted: z.string().nullish(),
      stage: openEnum(ATTEMPT_STAGES).nullish(),
      stage_formatted: z.string().nullish(),
      score: z.number().nullish(),
      score_type: z.string().nullish(),
      results: z.array(AtsTestResultSchema()).nullish(),
      provider_name: z.string().nullish(),
      created: z.string().nullish(),
      invited: z.string().nullish(),
      updated: z.string().nullish(),
      started: z.string().nullish(),
      finished: z.string().nullish(),
      proctoring: ProctoringSummarySchema().nullish(),
    }),
  ),
);
