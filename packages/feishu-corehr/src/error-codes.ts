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
  operations: readonly ('preHires.list' | 'preHires.patch' | 'platform')[];
}

const list = ['preHires.list'] as const;
const patch = ['preHires.patch'] as const;
const platform = ['platform'] as const;
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
 * The documented Feishu error codes: the tables of "Batch query pre-hires" (1164005–1164420) and
 * "Update pre-hire" (1161019–1161025, 5001160025), plus the platform codes this package acts on
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
  5001160025: entry(
    500,
    'Please check description',
    'A server-side failure; Feishu documents no further detail.',
    'Check the message (msg) of the answer; retry later or contact Feishu support with the request id (x-tt-logid).',
    patch,
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
