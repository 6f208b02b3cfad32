import { z } from 'zod';
import { lazySchema } from '@hr/core/internal';
import { nonEmpty, requestSchema } from './rules.js';

/** The body of `preHires.withdrawOnboarding()` (https://open.feishu.cn/document/corehr-v1/pre_hire/withdraw_onboarding). */
export interface WithdrawOnboardingBody {
  /** Pre-hire ID, e.g. `7345005664477775407` (status preboarding or day_one). */
  pre_hire_id: string;
  /** Why onboarding is withdrawn, at most 500 characters, e.g. `候选人主动放弃入职` (the candidate declined). */
  withdraw_reason: string;
}

export const WithdrawOnboardingBodySchema = lazySchema(() =>
  requestSchema<WithdrawOnboardingBody>()(
    z.looseObject({
      pre_hire_id: nonEmpty('the pre-hire ID'),
      withdraw_reason: nonEmpty('the reason').refine(
        (reason) => [...reason].length <= 500,
        'must be at most 500 characters (Feishu limit)',
      ),
    }),
  ),
);

/** The body of `preHires.restoreFlowInstance()` (https://open.feishu.cn/document/corehr-v1/pre_hire/restore_flow_instance). */
export interface RestoreFlowInstanceBody {
  /** ID of a withdrawn pre-hire, e.g. `7345005664477775407`. */
  pre_hire_id: string;
  /** `true` takes a headcount slot even when the plan is full ("force occupy"); `false` (default) does not. */
  confirm_workforce?: boolean | undefined;
}

export const RestoreFlowInstanceBodySchema = lazySchema(() =>
  requestSchema<RestoreFlowInstanceBody>()(
    z.looseObject({ pre_hire_id: nonEmpty('the pre-hire ID'), confirm_workforce: z.boolean().optional() }),
  ),
);

/** The body of `preHires.transitTask()` (https://open.feishu.cn/document/corehr-v1/pre_hire/transit_task). */
export interface TransitTaskBody {
  /**
   * The task to move on: `1` job information, `2` personal information, `3` account creation
   * (SSO), `4` check-in, `9` signing documents, or a custom task's UUID (read the codes from
   * `onboarding_info.onboarding_task_list`).
   */
  task_id: string;
}

export const TransitTaskBodySchema = lazySchema(() =>
  requestSchema<TransitTaskBody>()(z.looseObject({ task_id: nonEmpty('the task code') })),
);

/** How `transformOnboardingTask()` moves a task. */
export const TRANSFORM_TYPES = ['manual_start_task', 'submit_task', 'review_task'] as const;
/** Review decisions of `review_task`. */
export const REVIEW_DECISIONS = ['approve', 'reject'] as const;
/** Built-in tasks that `submit_task` cannot submit: account creation (3), check-in (4), e-signature (9). */
const NOT_SUBMITTABLE = new Set(['3', '4', '9']);

/** The body of `preHires.transformOnboardingTask()` (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/transform_onboarding_task). */
export interface TransformOnboardingTaskBody {
  /** Pre-hire ID, e.g. `7345005664477775407`. */
  pre_hire_id: string;
  /** The task's code: `1`, `2`, `3`, `4`, `9` or a custom task's UUID, e.g. `27691344-699b-47fb-a352-7b41e992a536`. */
  task_code: string;
  /**
   * `manual_start_task` starts a not-started task; `submit_task` submits an in-progress or rejected
   * task (not tasks 3, 4, 9); `review_task` approves or rejects a task under review.
   */
  transform_type: (typeof TRANSFORM_TYPES)[number];
  /** `approve` or `reject`; required with `review_task`. */
  review_decision?: (typeof REVIEW_DECISIONS)[number] | undefined;
  /** The review's reason: required when rejecting, under 3000 bytes (UTF-8). */
  reason?: string | undefined;
}

export const TransformOnboardingTaskBodySchema = lazySchema(() =>
  requestSchema<TransformOnboardingTaskBody>()(
    z
      .looseObject({
        pre_hire_id: nonEmpty('the pre-hire ID'),
        task_code: nonEmpty('the task code'),
        transform_type: z.enum(TRANSFORM_TYPES),
        review_decision: z.enum(REVIEW_DECISIONS).optional(),
        reason: z
          .string()
          .refine((reason) => Buffer.byteLength(reason, 'utf8') < 3000, 'must be under 3000 bytes (Feishu limit)')
          .optional(),
      })
      .superRefine((body, ctx) => {
        if (body.transform_type === 'review_task' && body.review_decision === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['review_decision'],
            message: 'is required when transform_type is review_task',
          });
        if (body.review_decision === 'reject' && !body.reason)
          ctx.addIssue({ code: 'custom', path: ['reason'], message: 'is required when review_decision is reject' });
        if (body.transform_type === 'submit_task' && NOT_SUBMITTABLE.has(body.task_code))
          ctx.addIssue({
            code: 'custom',
            path: ['task_code'],
            message: 'tasks 3 (account creation), 4 (check-in) and 9 (e-signature) cannot be submitted through the API',
          });
      }),
  ),
);
