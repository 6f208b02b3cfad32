import { lazySchema } from '@hr/core/internal';
import type { z } from 'zod';
import {
  type TransformOnboardingTaskBody,
  TransformOnboardingTaskBodySchema as GeneratedTransform,
  type WithdrawOnboardingBody,
  WithdrawOnboardingBodySchema as GeneratedWithdraw,
} from '../generated/models/actions.js';
import { type BodyRule, withRules } from './rules.js';

/** The most characters of `withdraw_reason`: "撤销原因，上限为500字" (withdraw_onboarding page). */
export const MAX_WITHDRAW_REASON_LENGTH = 500;

/** https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/withdraw_onboarding */
const withdrawReasonLength: BodyRule = (body, ctx) => {
  const reason = (body as WithdrawOnboardingBody).withdraw_reason;
  if (typeof reason === 'string' && [...reason].length > MAX_WITHDRAW_REASON_LENGTH)
    ctx.addIssue({
      code: 'custom',
      path: ['withdraw_reason'],
      message: `must be at most ${MAX_WITHDRAW_REASON_LENGTH} characters (Feishu's documented limit)`,
    });
};

export const WithdrawOnboardingBodySchema = lazySchema(() =>
  withRules<WithdrawOnboardingBody>(GeneratedWithdraw(), withdrawReasonLength),
);

// The rules of "Transform onboarding task"
// (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/transform_onboarding_task), all
// stated by its field descriptions and error codes.

/** `transform_type` values the page lists: start a not-started task, submit a task, review a task. */
export const TRANSFORM_TYPES = ['manual_start_task', 'submit_task', 'review_task'] as const;
/** `review_decision` values the page lists. */
export const REVIEW_DECISIONS = ['approve', 'reject'] as const;
/** The most bytes (UTF-8) of `reason`, exclusive: "审批原因长度需小于3000字节". */
export const MAX_REVIEW_REASON_BYTES = 3000;
/** Tasks `submit_task` cannot submit: account creation (3), check-in (4), e-signature (9); Feishu code 1161142. */
export const NOT_SUBMITTABLE_TASK_CODES = ['3', '4', '9'] as const;

/** The body of `preHires.transformOnboardingTask()`: the generated fields, their values typed as the page lists them. */
export interface TransformOnboardingTaskInput extends TransformOnboardingTaskBody {
  /**
   * `manual_start_task` starts a not-started task; `submit_task` submits an in-progress or rejected
   * task (not tasks 3, 4, 9); `review_task` approves or rejects a task in review.
   */
  transform_type: (typeof TRANSFORM_TYPES)[number];
  /** `approve` or `reject`; required with `review_task`. */
  review_decision?: (typeof REVIEW_DECISIONS)[number] | undefined;
}

const transformRules: BodyRule = (raw, ctx) => {
  const body = raw as TransformOnboardingTaskBody;
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (!(TRANSFORM_TYPES as readonly string[]).includes(body.transform_type))
    issue('transform_type', `must be one of ${TRANSFORM_TYPES.join(', ')}`);
  if (body.review_decision !== undefined && !(REVIEW_DECISIONS as readonly string[]).includes(body.review_decision))
    issue('review_decision', `must be one of ${REVIEW_DECISIONS.join(', ')}`);
  if (body.transform_type === 'review_task' && body.review_decision === undefined)
    issue('review_decision', 'is required when transform_type is review_task');
  if (body.review_decision === 'reject' && !body.reason) issue('reason', 'is required when review_decision is reject');
  if (typeof body.reason === 'string' && Buffer.byteLength(body.reason, 'utf8') >= MAX_REVIEW_REASON_BYTES)
    issue('reason', `must be under ${MAX_REVIEW_REASON_BYTES} bytes (Feishu's documented limit)`);
  if (
    body.transform_type === 'submit_task' &&
    (NOT_SUBMITTABLE_TASK_CODES as readonly string[]).includes(body.task_code)
  )
    issue(
      'task_code',
      'tasks 3 (account creation), 4 (check-in) and 9 (e-signature) cannot be submitted through the API (Feishu code 1161142)',
    );
};

export const TransformOnboardingTaskBodySchema = lazySchema(
  () =>
    withRules<TransformOnboardingTaskBody>(GeneratedTransform(), transformRules) as z.ZodType<
      TransformOnboardingTaskInput,
      TransformOnboardingTaskInput
    >,
);
