/** What Feishu's documentation says about one error code. */
export interface FeishuCodeInfo {
  /** The HTTP status Feishu answers with. */
  status: number;
  /** The documented description (Feishu's own English text where it gives one). */
  description: string;
  /** What it means, in English. */
  explanation: string;
  /** What to do about it. */
  suggestion: string;
  /** The operations documenting this code. */
  operations: readonly (
    | 'preHires.list'
    | 'preHires.patch'
    | 'preHires.create'
    | 'preHires.delete'
    | 'preHires.complete'
    | 'preHires.withdrawOnboarding'
    | 'preHires.restoreFlowInstance'
    | 'platform'
  )[];
}

const list = ['preHires.list'] as const;
const patch = ['preHires.patch'] as const;
const platform = ['platform'] as const;
const remove = ['preHires.delete'] as const;
const onboarding = ['preHires.create', 'preHires.complete', 'preHires.restoreFlowInstance'] as const;
const withdraw = ['preHires.withdrawOnboarding'] as const;
const checkParams = 'Check the request parameters.';
const checkCostCenterId = 'Check cost_center_id in cost_center_rate.';

function entry(
  status: number,
  description: string,
  explanation: string,
  suggestion: string,
  operations: FeishuCodeInfo['operations'],
): FeishuCodeInfo {
  return { status, description, explanation, suggestion, operations };
}

/**
 * The documented Feishu error codes: the tables of "Batch query pre-hires" (1164005–1164420),
 * "Update pre-hire" (1161019–1161025, 1160025), the v2 pre-hire pages (delete 1160001; complete
 * 1161000–1161104; withdraw 1161116, 1161097, 1161105, 1161129), plus the platform codes this package acts on
 * (rate limit, invalid or expired token, missing permission).
 */
export const FEISHU_ERROR_CODES = {
  1164005: entry(
    400,
    'Tenant or operator not found',
    'The input is not valid (tenant or operator not found).',
    checkParams,
    list,
  ),
  1164301: entry(400, 'Request param is invalid, pls check', 'A request parameter is not valid.', checkParams, list),
  1164401: entry(
    400,
    'LookUp field is not a multi-LookUp',
    'A lookup field is single-valued where a multi-valued one is expected.',
    checkParams,
    list,
  ),
  1164402: entry(
    400,
    'LookUp field is not a single-LookUp',
    'A lookup field is multi-valued where a single-valued one is expected.',
    checkParams,
    list,
  ),
  1164403: entry(
    400,
    'The record corresponding to the lookup field value does not exist',
    'The record being looked up does not exist.',
    checkParams,
    list,
  ),
  1164404: entry(400, 'LookUp field value query failed', 'Querying the field failed.', checkParams, list),
  1164405: entry(
    400,
    'LookUp field value type incorrect',
    'The type of the queried field is not correct.',
    checkParams,
    list,
  ),
  1164406: entry(400, 'Boolean type field type error', 'A Boolean field is not valid.', checkParams, list),
  1164407: entry(400, 'Text type field is not i18n', 'A Text field is not of the i18n type.', checkParams, list),
  1164408: entry(400, 'Text type field value exceeds maximum length', 'A Text field is too long.', checkParams, list),
  1164409: entry(400, 'Text type field is not string', 'A Text field is not a string.', checkParams, list),
  1164410: entry(400, 'The format for i18n error', 'Converting a value to i18n failed.', checkParams, list),
  1164411: entry(400, 'The content for i18n error', 'The content of an i18n value is not valid.', checkParams, list),
  1164412: entry(400, 'Enum fields type errors', 'An enum value has the wrong type.', checkParams, list),
  1164413: entry(400, 'The number of digits is too long', 'A number field has too many digits.', checkParams, list),
  1164414: entry(400, 'Datetime field type error', 'A DateTime field is not valid.', checkParams, list),
  1164415: entry(
    400,
    'Datetime field time type error',
    'The time of a DateTime field is not valid.',
    checkParams,
    list,
  ),
  1164416: entry(
    400,
    'Datetime field date type error',
    'The date of a DateTime field is not valid.',
    checkParams,
    list,
  ),
  1164417: entry(400, 'Image field type error', 'An image field is not valid.', checkParams, list),
  1164418: entry(
    400,
    'The fileID of the image field does not exist',
    'No image exists for the given FileID.',
    checkParams,
    list,
  ),
  1164419: entry(
    400,
    'The fileID of the attachment field does not exist',
    'No attachment exists for the given FileID.',
    checkParams,
    list,
  ),
  1164420: entry(400, 'Attachment field type error', 'An attachment field is not valid.', checkParams, list),
  1161019: entry(
    400,
    'Duplicate cost center',
    'The same cost center appears more than once in cost_center_rate.',
    checkCostCenterId,
    patch,
  ),
  1161020: entry(
    400,
    'The number of allocation proportion must be an integer from 1 to 100',
    'A rate is not an integer from 1 to 100.',
    'Check rate in cost_center_rate.',
    patch,
  ),
  1161021: entry(
    400,
    'Incomplete cost center data',
    'A cost_center_rate item is incomplete.',
    'Check cost_center_rate.',
    patch,
  ),
  1161022: entry(400, 'No cost centers found', 'A cost center does not exist.', checkCostCenterId, patch),
  1161023: entry(
    400,
    'The total allocation proportion of all cost centers must be 100%',
    'The rates do not add up to 100.',
    'Check the sum of rate in cost_center_rate.',
    patch,
  ),
  1161024: entry(400, 'Cost center is deactivated', 'A cost center is deactivated.', checkCostCenterId, patch),
  1161025: entry(
    400,
    'Cost center will be disabled',
    'A cost center is about to be disabled.',
    checkCostCenterId,
    patch,
  ),
  // The seed's table reads "5001160025": HTTP 500 followed by code 1160025 (the page's own table keeps
  // them apart: https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/pre_hire/patch).
  1160025: entry(
    500,
    'Please check description',
    'A server-side failure; Feishu documents no further detail.',
    'Check the message (msg) of the answer; retry later or contact Feishu support with the request id (x-tt-logid).',
    patch,
  ),
  // "Delete pre-hire" (https://open.feishu.cn/document/corehr-v1/pre_hire/delete).
  1160001: entry(
    400,
    'param is invalid',
    'A parameter is not valid (e.g. the pre-hire does not exist).',
    'Check the pre-hire ID (from search) and the parameters.',
    remove,
  ),
  // "Withdraw onboarding" (https://open.feishu.cn/document/corehr-v1/pre_hire/withdraw_onboarding).
  1161116: entry(
    400,
    'A conflict occurred as multiple people are operating at the same time. Please refresh the page and try again later.',
    'Several people changed this pre-hire at the same time.',
    'Read the pre-hire again and retry later.',
    withdraw,
  ),
  1161105: entry(
    400,
    "You don't have the permission to view the prehire, or the prehire does not exist",
    'The app cannot see this pre-hire (outside its pre-hire data scope) or it does not exist.',
    'Check the pre-hire ID and the app\'s CoreHR data scope ("pre-hire" range) in the developer console.',
    withdraw,
  ),
  1161129: entry(
    400,
    'Unable to submit this task as pre-hire is in the "" stage.',
    "The pre-hire's current status does not allow this operation.",
    'Read the onboarding status first (query or search); withdraw only preboarding or day_one pre-hires.',
    withdraw,
  ),
  // "Complete onboarding" (https://open.feishu.cn/document/corehr-v1/pre_hire/complete); create and restore run the same checks.
  1161000: entry(
    500,
    'Server system error',
    "A system failure on Feishu's side.",
    'Retry later; if it persists contact Feishu technical support with the request id (x-tt-logid).',
    onboarding,
  ),
  1161001: entry(
    400,
    'invalid job_level_id',
    'The job level ID (restore: a parameter) is not valid.',
    'Check job_level_id.',
    onboarding,
  ),
  1161002: entry(400, 'invalid job_family_id', 'The job family ID is not valid.', 'Check job_family_id.', onboarding),
  1161003: entry(400, 'invalid job_id', 'The job ID is not valid.', 'Check job_id.', onboarding),
  1161004: entry(400, 'invalid offer_hr_id', 'The offer HR ID is not valid.', 'Check offer_hr_id.', onboarding),
  1161005: entry(
    400,
    'invalid direct_leader_id',
    'The direct manager ID is not valid.',
    'Check direct_leader_id.',
    onboarding,
  ),
  1161006: entry(
    400,
    'invalid onboarding_location_id',
    'The onboarding location ID is not valid.',
    'Check onboarding_location_id.',
    onboarding,
  ),
  1161007: entry(
    400,
    'invalid office_location_id',
    'The office location ID is not valid.',
    'Check office_location_id.',
    onboarding,
  ),
  1161008: entry(
    400,
    'invalid recruitment_type_id',
    'The recruitment type is not valid.',
    'Check recruitment_type_id.',
    onboarding,
  ),
  1161009: entry(
    400,
    'invalid employee_type_id',
    'The employee type ID is not valid.',
    'Check employee_type_id.',
    onboarding,
  ),
  1161010: entry(
    400,
    'invalid employment_type_id',
    'The employment type is not valid.',
    'Check employment_type_id.',
    onboarding,
  ),
  1161011: entry(
    400,
    'invalid duration_type_id',
    'The contract term type is not valid.',
    'Check duration_type_id.',
    onboarding,
  ),
  1161012: entry(
    400,
    'invalid singing_type_id',
    'The signing type is not valid.',
    'Check signing_type_id.',
    onboarding,
  ),
  1161013: entry(
    400,
    'invalid social_security_city_id',
    'The social security city is not valid.',
    'Check social_security_city_id.',
    onboarding,
  ),
  1161014: entry(400, 'invalid company', 'The company is not valid.', 'Check the company.', onboarding),
  1161015: entry(400, 'invalid department_id', 'The department ID is not valid.', 'Check department_id.', onboarding),
  1161016: entry(
    400,
    'duplicate personal_id_number',
    'The ID number is already used.',
    'Check personal_id_number.',
    onboarding,
  ),
  1161018: entry(400, 'invalid contract_type', 'The contract type is not valid.', 'Check contract_type.', onboarding),
  1167037: entry(400, 'duplicate phone number', 'The phone number is already used.', 'Check the phone.', onboarding),
  1161026: entry(
    400,
    'Email is duplicate with an active individual in the system',
    'An active person already has this email.',
    'Check the email.',
    onboarding,
  ),
  1161027: entry(
    400,
    'Email is duplicate with a Pre-hire in the system',
    'Another pre-hire already has this email.',
    'Check the email.',
    onboarding,
  ),
  1161028: entry(
    400,
    'Phone is duplicate with an active individual in the system',
    'An active person already has this phone.',
    'Check the phone.',
    onboarding,
  ),
  1161029: entry(
    400,
    'Phone is duplicate with a Pre-hire in the system',
    'Another pre-hire already has this phone.',
    'Check the phone.',
    onboarding,
  ),
  1161030: entry(
    400,
    'offer_id does not exist, please try again',
    'The offer ID does not exist.',
    'Check offer_id.',
    onboarding,
  ),
  1161031: entry(
    400,
    '"ID number" is duplicate with a Pre-hire in the system',
    'Another pre-hire already has this ID number.',
    'Check the ID number.',
    onboarding,
  ),
  1161032: entry(
    400,
    'Please fill in a valid international area code',
    'The international area code is not valid.',
    'Check international_area_code.',
    onboarding,
  ),
  1161033: entry(
    400,
    'Please fill in a valid mobile number',
    'The mobile number is not valid.',
    'Check the mobile number.',
    onboarding,
  ),
  1161034: entry(
    400,
    'Incorrect work email format. Please fill in a valid email address.',
    'The work email is malformed.',
    'Check the work email.',
    onboarding,
  ),
  1161035: entry(
    400,
    'Incorrect work email domain.',
    "The work email's domain is not one of the tenant's.",
    'Check the work email.',
    onboarding,
  ),
  1161036: entry(
    400,
    'Work email is duplicate with an active individual in the system.',
    'An active person already has this work email.',
    'Check the work email.',
    onboarding,
  ),
  1161037: entry(
    400,
    'Work email is duplicate with a pre-hire in the system.',
    'Another pre-hire already has this work email.',
    'Check the work email.',
    onboarding,
  ),
  1161038: entry(
    400,
    'Work email is duplicate with an offboarded individual in the system.',
    'An offboarded person already has this work email.',
    'Check the work email.',
    onboarding,
  ),
  1161048: entry(
    400,
    'employee number is duplicated.',
    'The employee number is already used.',
    'Check the employee number (worker_id).',
    onboarding,
  ),
  1161049: entry(
    400,
    'employee number format is not match.',
    "The employee number does not match the tenant's format.",
    'Check the employee number (worker_id).',
    onboarding,
  ),
  1161050: entry(
    400,
    'Unable to fill in staff ID as the auto coding rule has been enabled.',
    'The tenant numbers employees automatically, so none may be given.',
    'Leave worker_id out.',
    onboarding,
  ),
  1161056: entry(
    400,
    'The department uses the job, the job is required',
    'The department works with jobs: a job is required.',
    'Give job_id.',
    onboarding,
  ),
  1161057: entry(
    400,
    'The department does not use the job, the job must be empty',
    'The department does not work with jobs: no job may be given.',
    'Leave job_id out.',
    onboarding,
  ),
  1161058: entry(
    400,
    'personal phone, person email, national id, bank account, worker id or work email is duplicated with an existing pre-hire',
    "A unique field repeats an existing pre-hire's.",
    'Search for the existing pre-hire before creating another.',
    onboarding,
  ),
  1161059: entry(
    400,
    'personal phone, person email, national id, bank account, worker id or work email is duplicated with an existing employment',
    "A unique field repeats an existing employee's.",
    'Check whether the person is already employed (a rehire).',
    onboarding,
  ),
  1161063: entry(
    400,
    'workforce has exceed',
    'The headcount plan is full.',
    'Raise the headcount plan, or restore with confirm_workforce true.',
    onboarding,
  ),
  1161092: entry(
    400,
    'Abnormal information check fail',
    'The check of abnormal information failed.',
    "Review the pre-hire's data in Feishu.",
    onboarding,
  ),
  1161097: entry(
    400,
    'Permission denied, please contact the administrator',
    'The operator may not do this.',
    "Ask the tenant's CoreHR administrator for the permission.",
    onboarding,
  ),
  1161099: entry(
    400,
    'Can not complete onboard,as tasks are not complete all',
    'Onboarding tasks are still open.',
    'Finish the onboarding tasks (transitTask / transformOnboardingTask) first.',
    onboarding,
  ),
  1161100: entry(
    400,
    'Determine whether to "rehire" before confirming onboarding',
    'Whether this is a rehire is not decided yet.',
    'Set the rehire decision, then complete.',
    onboarding,
  ),
  1161101: entry(
    400,
    'Onboarding date is required. Please enter it and try again',
    'No onboarding date is set.',
    'Set offer_info.onboarding_date (or patch it), then complete.',
    onboarding,
  ),
  1161102: entry(
    400,
    'employment check error',
    'The employment data failed a check.',
    'Review the employment data.',
    onboarding,
  ),
  1161103: entry(
    400,
    'contract check error',
    'The contract data failed a check.',
    'Review the contract data.',
    onboarding,
  ),
  1161104: entry(
    400,
    'This individual is on the blocklist',
    "The person is on the tenant's blocklist.",
    "Contact the tenant's HR.",
    onboarding,
  ),
  99991400: entry(
    429,
    'request trigger frequency limit',
    'The rate limit was exceeded (HTTP 429, or 400 on some older APIs).',
    'Wait the seconds given in x-ogw-ratelimit-reset, then retry (the client does this itself).',
    platform,
  ),
  99991661: entry(
    400,
    'Missing access token for authorization',
    'No tenant_access_token was sent.',
    'Send Authorization: Bearer <tenant_access_token> (the client does this with app credentials).',
    platform,
  ),
  99991663: entry(
    400,
    'Invalid access token for authorization',
    'The tenant_access_token is not valid.',
    'Fetch a new tenant_access_token (the client refreshes it and replays the call once).',
    platform,
  ),
  99991668: entry(
    400,
    'Invalid access token for authorization',
    'The access token is not valid.',
    'Fetch a new token (the client refreshes it and replays the call once).',
    platform,
  ),
  99991677: entry(
    400,
    'Authentication token expired',
    'The access token has expired.',
    'Fetch a new token (the client refreshes it and replays the call once).',
    platform,
  ),
  99991672: entry(
    400,
    'Access denied: the app lacks a required scope',
    'The app has not been granted a permission this API requires.',
    "Enable one of the API's permissions (e.g. corehr:pre_hire:read or corehr:pre_hire:write) in the developer console and publish a new app version.",
    platform,
  ),
} as const satisfies Record<number, FeishuCodeInfo>;

/** A documented Feishu error code. */
export type FeishuErrorCode = keyof typeof FEISHU_ERROR_CODES;

/** Codes meaning the access token is missing, invalid or expired: refresh it and replay once. */
export const INVALID_TOKEN_CODES: ReadonlySet<number> = new Set([
  99991661, 99991663, 99991664, 99991665, 99991668, 99991671, 99991677,
]);

/** Codes meaning the app lacks a permission (scope) for the API. */
export const PERMISSION_CODES: ReadonlySet<number> = new Set([99991672, 99991676, 99991679]);

/** The code of "request trigger frequency limit". */
export const RATE_LIMIT_CODE = 99991400;

/** What Feishu's documentation says about `code`, or undefined for an undocumented code. */
export function describeFeishuCode(code: number | string | undefined): FeishuCodeInfo | undefined {
  if (code === undefined) return undefined;
  return (FEISHU_ERROR_CODES as Record<number, FeishuCodeInfo>)[Number(code)];
}
