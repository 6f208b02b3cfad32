export { ONBOARDING_TASK_STATUSES, type OnboardingTaskStatus } from '../generated/enums.js';

/**
 * Codes of the built-in onboarding tasks: `1` job information, `2` personal information, `3`
 * account creation (SSO, hidden, runs before `2`), `4` check-in, `9` signing onboarding documents.
 * Custom tasks have UUID codes, e.g. `3095697a-065f-4627-a47c-46fe958a6754`. Source: the
 * `task_id` of "Transit onboarding task",
 * https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/transit_task.
 */
export const BUILT_IN_TASK_CODES = {
  job_information: '1',
  personal_information: '2',
  create_account_sso: '3',
  check_in: '4',
  sign_documents: '9',
} as const;
