import type { APIErrorKind } from '@hr/core';
import type { RetryVerdict } from '@hr/core/internal';
import { isMokaAuthFailureMessage } from './auth-failure.js';

/** An error message listed in Moka's documentation, how the SDK classifies it and what to do. */
export interface MokaDocumentedError {
  /** Stable id of the entry. */
  id: string;
  /** The message as Moka documents it (`XXX` stands for a department name or number). */
  message: string;
  /** Matches the vendor's message (user-sync messages carry an email or employee number prefix). */
  pattern: RegExp;
  /** The operations that document it. */
  operations: readonly string[];
  /** The error class it becomes (AuthenticationError, ConflictError...). */
  kind: APIErrorKind;
  /**
   * Whether to retry: `never`; `if-safe` (only when sending again cannot apply the request twice);
   * `always` (Moka applied nothing, so even a write is sent again).
   */
  retry: RetryVerdict;
  /** What it means, from Moka's docs. */
  meaning: string;
  /** What to do about it. */
  action: string;
  /** Moka's code for it, when the docs give one (it then matches whatever the message says). */
  code?: number | undefined;
  /** Moka refused the request as a whole: nothing of it was applied. */
  appliesNothing?: boolean | undefined;
}

const USERS = ['users.sync', 'users.v2.sync'] as const;
const ORG_FULL = ['departments.replaceAll', 'departments.v2.replaceAll'] as const;
const ORG_WRITES = [
  'departments.addIncremental',
  'departments.update',
  'departments.v2.addIncremental',
  'departments.v2.update',
] as const;
const ORG_DELETE = ['departments.delete'] as const;

/**
 * The error messages Moka documents, in the order they are matched (more specific first). Moka
 * sends them as HTTP 200 `{ success: false, errorMessage }` (or `{ code, msg, success, errorMessage }`).
 */
export const MOKA_DOCUMENTED_ERRORS: readonly MokaDocumentedError[] = [
  {
    id: 'user_sync_disabled',
    message: 'The personnel information synchronization switch is not turned on',
    pattern: /synchronization switch is not turned on/i,
    operations: USERS,
    kind: 'permission',
    retry: 'never',
    meaning: 'User sync is not enabled for the account.',
    action: 'Ask your Moka contact (IC) to turn on personnel information synchronization.',
    appliesNothing: true,
  },
  {
    id: 'parameter_format',
    message: 'Parameter format is incorrect',
    pattern: /parameter format is incorrect/i,
    operations: USERS,
    kind: 'invalid_request',
    retry: 'never',
    meaning: 'A field has the wrong type, e.g. departmentCode is not an array.',
    action: "Fix the field; the SDK checks types before sending, so compare with Moka's field table.",
  },
  {
    id: 'too_many_users',
    message: 'Sync up to 100 users at a time',
    pattern: /sync up to 100 users/i,
    operations: USERS,
    kind: 'invalid_request',
    retry: 'never',
    meaning: 'More than 100 users in one call.',
    action: 'users.sync() batches by 100; this only happens with raw calls.',
    appliesNothing: true,
  },
  {
    id: 'email_or_number_empty',
    message: 'Email and employee number cannot be empty',
    pattern: /email and employee number cannot be empty/i,
    operations: USERS,
    kind: 'invalid_request',
    retry: 'never',
    meaning: 'A user has no email (or employee number).',
    action: 'Give every user an email.',
  },
  {
    id: 'role_format',
    message: 'Role is an integer or an empty string',
    pattern: /role is an integer or an empty string/i,
    operations: USERS,
    kind: 'invalid_request',
    retry: 'never',
    meaning: 'role is not one of the built-in role codes or an empty string (interviewer).',
    action: 'Use a USER_ROLE value or an empty string.',
  },
  {
    id: 'missing_parameter',
    message: 'Missing required parameter',
    pattern: /missing required parameter/i,
    operations: USERS,
    kind: 'invalid_request',
    retry: 'never',
    meaning: 'A required field was not passed.',
    action: 'Pass email, name, phone, role, departmentCode, superiorEmail, deactivated and thirdPartyId.',
  },
  {
    id: 'department_not_found',
    message: 'No corresponding department information found',
    pattern: /no corresponding department information found/i,
    operations: USERS,
    kind: 'invalid_request',
    retry: 'never',
    meaning: 'With organizational sync enabled, a departmentCode matches no department.',
    action: 'Sync the org chart first (departments.replaceAll / addIncremental), then the users.',
  },
  {
    id: 'phone_taken',
    message: 'The phone number has been used by another account of the company,Please try other phone',
    pattern: /phone number has been used/i,
    operations: USERS,
    kind: 'conflict',
    retry: 'never',
    meaning: 'Another user of the company has this phone.',
    action: 'Fix the phone or the other account; users before this one were applied.',
  },
  {
    id: 'email_taken',
    message: 'This email has been used by other user',
    pattern: /email has been used by other user/i,
    operations: USERS,
    kind: 'conflict',
    retry: 'never',
    meaning: 'Another user has this email.',
    action: 'Fix the email or the other account.',
  },
  {
    id: 'number_taken',
    message: 'This employee number has been used by other user',
    pattern: /employee number has been used by other user/i,
    operations: USERS,
    kind: 'conflict',
    retry: 'never',
    meaning: 'Another user has this employee number.',
    action: 'Fix the employee number or the other account.',
  },
  {
    id: 'last_administrator',
    message: 'At least one administrator',
    pattern: /at least one administrator/i,
    operations: USERS,
    kind: 'conflict',
    retry: 'never',
    meaning: 'The change would leave the account without an administrator.',
    action: 'Keep at least one active administrator.',
  },
  {
    id: 'senior_manager_seats',
    message: 'Insufficient of available senior manager accounts',
    pattern: /insufficient of available senior manager accounts/i,
    operations: USERS,
    kind: 'permission',
    retry: 'never',
    meaning: 'No senior manager seat left.',
    action: 'Free or buy senior manager seats, or use another role.',
  },
  {
    id: 'account_seats',
    message: 'Insufficient of available accounts',
    pattern: /insufficient of available accounts/i,
    operations: USERS,
    kind: 'permission',
    retry: 'never',
    meaning: 'No account seat left.',
    action: 'Disable unused accounts or buy more seats.',
  },
  {
    id: 'system_error',
    message: 'System error',
    pattern: /system error/i,
    operations: USERS,
    kind: 'server',
    retry: 'if-safe',
    meaning: 'Moka failed.',
    action: 'Retry later; users before the failing one were applied, re-syncing them is harmless (sync is an upsert).',
  },
  {
    id: 'duplicate_department_code',
    message: 'Duplicated department ID',
    pattern: /duplicated department id|部门 ?ID ?重复/i,
    operations: ORG_FULL,
    kind: 'invalid_request',
    retry: 'never',
    meaning: 'A department_code appears twice in the list.',
    action: 'Remove the duplicate (the SDK checks this before sending).',
  },
  {
    id: 'duplicate_department',
    message: 'Duplicated department',
    pattern: /duplicated department|部门重复/i,
    operations: ORG_FULL,
    kind: 'invalid_request',
    retry: 'never',
    meaning: 'Two departments of the same name under the same parent.',
    action: 'Rename one of them (the SDK checks this before sending).',
  },
  {
    id: 'parent_not_found',
    message: 'Parent department not found',
    pattern: /parent department not found|父级部门未找到/i,
    operations: [...ORG_FULL, ...ORG_WRITES, ...ORG_DELETE],
    kind: 'invalid_request',
    retry: 'never',
    meaning: 'A parent_code matches no department (in the list, or for incremental writes in Moka).',
    action: 'Add the parent first, or fix parent_code.',
  },
  {
    id: 'department_cycle',
    message: "A department's parent department cannot be itself directly (indirectly)",
    pattern: /parent department cannot be itself|父级部门不能直接/i,
    operations: [...ORG_FULL, ...ORG_WRITES, ...ORG_DELETE],
    kind: 'invalid_request',
    retry: 'never',
    meaning: 'The parent chain loops back to the department.',
    action: 'Fix parent_code (the SDK checks cycles inside the list before sending).',
  },
  {
    id: 'pending_org_updates',
    message: 'There are currently pending organizational updates, please try again later',
    pattern: /pending organizational updates|未处理完的组织架构更新/i,
    operations: [...ORG_WRITES, ...ORG_DELETE],
    kind: 'conflict',
    retry: 'always',
    meaning: 'Another organizational write is still being processed; nothing was applied.',
    action:
      'The client serializes its own org writes and retries this answer with backoff; raise maxRetries if other systems write too.',
    appliesNothing: true,
  },
  {
    id: 'department_number_duplicated',
    message: 'Department name: XXX, The department number of number XXX is duplicated',
    pattern: /department number of number .* is duplicated|的部门编号重复/i,
    operations: ORG_WRITES,
    kind: 'conflict',
    retry: 'never',
    meaning: 'The list repeats a department, or adds one already synced to Moka.',
    action: 'Use departments.update() for departments that already exist.',
  },
  {
    id: 'department_name_exists',
    message: 'Department name XXX, the department name of parent number XXX already exists',
    pattern: /department name of parent number .* already exists|父编号.*的部门名称已存在/i,
    operations: [...ORG_WRITES, ...ORG_DELETE],
    kind: 'conflict',
    retry: 'never',
    meaning: 'A department of the same name exists under that parent.',
    action: 'Rename the department or update the existing one.',
  },
  {
    id: 'department_code_exists',
    message: 'department_code(XXX)在系统中已存在 (code 625011: already exists in the system)',
    pattern: /在系统中已存在|already exists in the system/,
    code: 625011,
    operations: ['departments.update', 'departments.v2.update', ...ORG_DELETE],
    kind: 'conflict',
    retry: 'never',
    meaning:
      'A department_code that another department already has (re-keying a department with department_id, or a delete / merge answer).',
    action: 'Pick a free department_code.',
  },
  {
    id: 'operator_not_found',
    message: '系统中不存在email为XXX的用户 (no user with email XXX in Moka)',
    pattern: /不存在email为|no user with (the )?email/i,
    operations: ORG_DELETE,
    kind: 'invalid_request',
    retry: 'never',
    meaning: 'The operator email of a department delete / merge is not a Moka user.',
    action: 'Pass the email of a user registered in Moka.',
    appliesNothing: true,
  },
  {
    id: 'department_code_not_found',
    message: 'department_code: XXX 在系统中不存在 (department_code XXX does not exist in Moka)',
    pattern: /在系统中不存在|does not exist in the system/i,
    operations: ORG_DELETE,
    kind: 'not_found',
    retry: 'never',
    meaning: 'A department_code (or target_department_code) of a delete / merge is not in Moka.',
    action: 'Read the departments (departments.list()) and send codes Moka knows.',
  },
  {
    id: 'empty_stage',
    message: 'Server exception (no candidate in the searched stage)',
    pattern: /server exception|服务器异常/i,
    operations: ['candidates.list'],
    kind: 'server',
    retry: 'never',
    meaning: 'Moka documents that a stage with no candidates answers a server exception.',
    action: 'Treat it as an empty stage when you know the stage may be empty; otherwise retry later.',
  },
];

/** The documented entry matching Moka's code (when the docs give one) or its message, if any. */
export function findDocumentedError(message: string, code?: string | number): MokaDocumentedError | undefined {
  const byCode =
    code === undefined
      ? undefined
      : MOKA_DOCUMENTED_ERRORS.find((entry) => entry.code !== undefined && String(entry.code) === String(code));
  return byCode ?? MOKA_DOCUMENTED_ERRORS.find((entry) => entry.pattern.test(message));
}

/** Classifies a Moka failure: documented entries (by code, then message) first, then an auth failure wording. */
export function classifyMokaMessage(
  message: string,
  code?: string | number,
): { kind: APIErrorKind; retry: RetryVerdict; documented?: MokaDocumentedError } | undefined {
  const documented = findDocumentedError(message, code);
  if (documented) return { kind: documented.kind, retry: documented.retry, documented };
  if (isMokaAuthFailureMessage(message)) return { kind: 'authentication', retry: 'never' };
  return undefined;
}
