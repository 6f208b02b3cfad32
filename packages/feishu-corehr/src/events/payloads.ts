import { z } from 'zod';
import { lazySchema, openEnum, schemaFor } from '@hr/core/internal';
import { ONBOARDING_TASK_STATUSES, type OnboardingTaskStatus } from '../models/onboarding-info.js';

/** The header of a v2 ("schema": "2.0") event. */
export interface FeishuEventHeader {
  /** Unique event ID, e.g. `5e3702a84e847582be8db7fb73283c02`: deduplicate on it (Feishu may push an event again). */
  event_id?: string | null | undefined;
  /** Event type, e.g. `corehr.pre_hire.updated_v1`. */
  event_type?: string | null | undefined;
  /** When the event was created, epoch milliseconds as a string, e.g. `1608725989000`. */
  create_time?: string | null | undefined;
  /** The Verification Token of the app (checked by `parseFeishuEvent`). */
  token?: string | null | undefined;
  /** The app's App ID, e.g. `cli_9f5343c580712544`. */
  app_id?: string | null | undefined;
  /** The tenant's key, e.g. `2ca1d211f64f6438`: which tenant the event is about (store apps serve many). */
  tenant_key?: string | null | undefined;
}

export const FeishuEventHeaderSchema = lazySchema(() =>
  schemaFor<FeishuEventHeader>()(
    z.looseObject({
      event_id: z.string().nullish(),
      event_type: z.string().nullish(),
      create_time: z.string().nullish(),
      token: z.string().nullish(),
      app_id: z.string().nullish(),
      tenant_key: z.string().nullish(),
    }),
  ),
);

/**
 * `corehr.pre_hire.updated_v1` ("Information update of onboarding"): a pre-hire changed.
 * Deleting a pre-hire through the open platform does not trigger it; Feishu built it on the
 * database binlog, so redundant events are sent. https://open.feishu.cn/document/corehr-v1/pre_hire/pre-hire-events/updated
 */
export interface PreHireUpdatedEvent {
  /** The changed pre-hire's ID: read it with `preHires.query()` or `preHires.search()`. */
  pre_hire_id?: string | null | undefined;
  /**
   * The changed fields. For historical reasons some changes (e.g. personal information) arrive as
   * `wk_updated_at` instead of the real field: read the pre-hire to see what changed.
   */
  field_changes?: string[] | null | undefined;
}

export const PreHireUpdatedEventSchema = lazySchema(() =>
  schemaFor<PreHireUpdatedEvent>()(
    z.looseObject({ pre_hire_id: z.string().nullish(), field_changes: z.array(z.string()).nullish() }),
  ),
);

/** Statuses of an onboarding flow in the task-changed event. */
export const ONBOARDING_FLOW_STATUSES = [
  'not_started',
  'in_progress',
  'completed',
  'withdrawn',
  'others',
  'expired',
] as const;

/** One task's change in `onboarding_task_changes[]`. */
export interface OnboardingTaskChange {
  /** The task's status after the change, e.g. `completed` (see `ONBOARDING_TASK_STATUSES`). */
  after_status?: OnboardingTaskStatus | (string & {}) | null | undefined;
  /** The task's code: `1` job information, `2` personal information, `3` account creation, `4` check-in, `9` signing, or a custom task's UUID. */
  task_code?: string | null | undefined;
}

/**
 * `corehr.pre_hire.onboarding_task_changed_v2` ("Onboarding flow status changed"): a task of a
 * pre-hire's onboarding flow (and possibly the flow itself) changed status.
 * https://open.feishu.cn/document/corehr-v1/pre_hire/pre-hire-events/onboarding_task_changed
 */
export interface OnboardingTaskChangedEvent {
  /** CoreHR tenant ID. */
  tenant_id?: string | null | undefined;
  /** The pre-hire's ID. */
  pre_hire_id?: string | null | undefined;
  /** The tasks that changed (0 to 1000). */
  onboarding_task_changes?: OnboardingTaskChange[] | null | undefined;
  /**
   * The flow's new status (`not_started`, `in_progress`, `completed` when every task is done,
   * `withdrawn`, `others` (exceptional), `expired` (sent back to the offer stage)); empty when only
   * tasks changed.
   */
  onboarding_flow_change?: { after_status?: string | null | undefined } | null | undefined;
  /** The onboarding flow ID of the pre-hire. */
  onboarding_flow_id?: string | null | undefined;
  /** The flow definition: `{ id, name }` (name in several languages). */
  flow_info?: { id?: string | null | undefined; name?: unknown } | null | undefined;
}

export const OnboardingTaskChangedEventSchema = lazySchema(() =>
  schemaFor<OnboardingTaskChangedEvent>()(
    z.looseObject({
      tenant_id: z.string().nullish(),
      pre_hire_id: z.string().nullish(),
      onboarding_task_changes: z
        .array(
          z.looseObject({
            after_status: openEnum(ONBOARDING_TASK_STATUSES).nullish(),
            task_code: z.string().nullish(),
          }),
        )
        .nullish(),
      onboarding_flow_change: z.looseObject({ after_status: z.string().nullish() }).nullish(),
      onboarding_flow_id: z.string().nullish(),
      flow_info: z.looseObject({ id: z.string().nullish(), name: z.unknown() }).nullish(),
    }),
  ),
);

/**
 * `app_ticket` (a v1-schema event): Feishu pushes a store app's app_ticket every hour, and at once
 * after "Resend app_ticket" (`POST /open-apis/auth/v3/app_ticket/resend`). A store app needs the
 * latest ticket to get its app_access_token.
 * https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/application-v6/event/app_ticket-events
 */
export interface AppTicketEvent {
  /** The store app's App ID, e.g. `cli_9e28cb7ba56a100e`. */
  app_id?: string | null | undefined;
  /** The ticket, e.g. `BDo6BF0mFGnGbOpv5IPBNW3yd9W7kn2HHHQpu6hDHEjA`; only the latest one is valid. */
  app_ticket?: string | null | undefined;
  /** Always `app_ticket`. */
  type?: string | null | undefined;
}

export const AppTicketEventSchema = lazySchema(() =>
  schemaFor<AppTicketEvent>()(
    z.looseObject({ app_id: z.string().nullish(), app_ticket: z.string().nullish(), type: z.string().nullish() }),
  ),
);
