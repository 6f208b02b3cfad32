import { z } from 'zod';
import { lazySchema, openEnum, schemaFor } from '@hr/core/internal';
import { type EnumValue, enumValueSchema } from './common.js';
import { ONBOARDING_STATUSES, type OnboardingStatus } from './pre-hire.js';

// The onboarding block of a v2 pre-hire: https://open.feishu.cn/document/corehr-v1/pre_hire/query.

const AnyEnum = lazySchema(() => enumValueSchema(z.string()));

/**
 * Statuses of one onboarding task (the v2 task-changed event and `transformOnboardingTask`):
 * `uninitialized` (internal), `not_started`, `in_progress`, `in_review`, `rejected`, `failed`,
 * `skipped` (automatically), `completed`, `exception`, `terminated`, `initiating`, `manual_skipped`.
 */
export const ONBOARDING_TASK_STATUSES = [
  'uninitialized',
  'not_started',
  'in_progress',
  'in_review',
  'rejected',
  'failed',
  'skipped',
  'completed',
  'exception',
  'terminated',
  'initiating',
  'manual_skipped',
] as const;

/** A status of one onboarding task. */
export type OnboardingTaskStatus = (typeof ONBOARDING_TASK_STATUSES)[number];

/**
 * Codes of the built-in onboarding tasks: `1` job information, `2` personal information, `3`
 * account creation (SSO, hidden, runs before `2`), `4` check-in, `9` signing onboarding documents.
 * Custom tasks have UUID codes, e.g. `3095697a-065f-4627-a47c-46fe958a6754`.
 */
export const BUILT_IN_TASK_CODES = {
  job_information: '1',
  personal_information: '2',
  create_account_sso: '3',
  check_in: '4',
  sign_documents: '9',
} as const;

/** One task of the pre-hire's onboarding flow (`onboarding_task_list[]`). */
export interface OnboardingTask {
  /** Task name, e.g. `修改入职日期` (change onboarding date). */
  task_name?: string | null | undefined;
  /** Task status, e.g. `in_progress` (see `ONBOARDING_TASK_STATUSES`). */
  task_status?: OnboardingTaskStatus | (string & {}) | null | undefined;
  /** Employment ID (people_corehr_id) of the person handling the task now. */
  operator_id?: string | null | undefined;
  /** Task code: `1`, `2`, `3`, `4`, `9` for built-in tasks, a UUID for custom ones. */
  task_code?: string | null | undefined;
}

export const OnboardingTaskSchema = lazySchema(() =>
  schemaFor<OnboardingTask>()(
    z.looseObject({
      task_name: z.string().nullish(),
      task_status: openEnum(ONBOARDING_TASK_STATUSES).nullish(),
      operator_id: z.string().nullish(),
      task_code: z.string().nullish(),
    }),
  ),
);

/** Onboarding information of a v2 pre-hire (`onboarding_info`). */
export interface OnboardingInfo {
  /** Feishu Hire offer ID. */
  offer_id?: string | null | undefined;
  /** Employment ID of the offer's HR contact. */
  offer_hr_id?: string | null | undefined;
  /** Onboarding method, e.g. `onsite` or `remote`. */
  entry_mode?: EnumValue | null | undefined;
  /** Onboarding (start) date, `YYYY-MM-DD`, e.g. `2022-10-08`. */
  onboarding_date?: string | null | undefined;
  /** Feishu Hire application ID. */
  ats_application_id?: string | null | undefined;
  /** Recruitment source, e.g. `experienced_professionals`. */
  recruitment_type?: EnumValue | null | undefined;
  /** Onboarding location ID. */
  onboarding_location_id?: string | null | undefined;
  /** Whether the company handles a visa. */
  company_sponsored_visa?: boolean | null | undefined;
  /** Status: `preboarding`, `day_one`, `completed`, `withdrawn` or `deleted`. */
  onboarding_status?: OnboardingStatus | (string & {}) | null | undefined;
  /** Tasks of the onboarding flow (ask for `onboarding_info.onboarding_task_list` in `fields`). */
  onboarding_task_list?: OnboardingTask[] | null | undefined;
  /** Onboarding flow ID, e.g. `2342352325`. */
  flow_id?: string | null | undefined;
  /** Check-in time, `YYYY-MM-DD HH:mm:ss`. */
  check_in_time?: string | null | undefined;
  /** Why onboarding was withdrawn; only when `onboarding_info.withdrawn_reason` is in `fields` and it was withdrawn. */
  withdrawn_reason?: string | null | undefined;
}

export const OnboardingInfoSchema = lazySchema(() =>
  schemaFor<OnboardingInfo>()(
    z.looseObject({
      offer_id: z.string().nullish(),
      offer_hr_id: z.string().nullish(),
      entry_mode: AnyEnum().nullish(),
      onboarding_date: z.string().nullish(),
      ats_application_id: z.string().nullish(),
      recruitment_type: AnyEnum().nullish(),
      onboarding_location_id: z.string().nullish(),
      company_sponsored_visa: z.boolean().nullish(),
      onboarding_status: openEnum(ONBOARDING_STATUSES).nullish(),
      onboarding_task_list: z.array(OnboardingTaskSchema()).nullish(),
      flow_id: z.string().nullish(),
      check_in_time: z.string().nullish(),
      withdrawn_reason: z.string().nullish(),
    }),
  ),
);
