import { mokaBody, mokaCode, mokaMessage } from './failure-body.js';

/**
 * How Moka really answers a missing or wrong API key. Moka's API docs show no answer for it; these
 * shapes come from a published no-credential probe of Moka's gateways (2026-09-11, each request run
 * twice with the same answer: "Moka 无凭证探测记录", `probe-log.md` and `references/errors.md` of a
 * public Moka integration-notes repository) and from Moka's own error-code tables as that repository
 * quotes them (ATS "错误码" at https://www.mokahr.com/docs/api/ and People "全局错误码" at
 * https://people.mokahr.com/docs/api/view/v1.html). Each shape is refused the same way: an
 * `AuthenticationError` carrying Moka's message, never retried (a new attempt sends the same key),
 * never replayed (HTTP Basic has no token to refresh).
 */
export interface MokaAuthFailureShape {
  /** Stable id of the shape. */
  id: string;
  /** Where it was seen or documented. */
  source: 'observed' | 'documented';
  /** The HTTP status Moka answers with. */
  status: number;
  /** The body Moka answers with. */
  body: Record<string, unknown>;
  /** When Moka answers this way. */
  when: string;
}

/** Every shape of "bad or missing credentials" known for the gateways this package (and its neighbours) call. */
export const MOKA_AUTH_FAILURE_SHAPES: readonly MokaAuthFailureShape[] = [
  {
    id: 'ats_unrecognized_credentials',
    source: 'observed',
    status: 500,
    body: { code: -1, success: false, msg: '无法识别的认证信息' },
    when: 'api-platform v1/v2 endpoints (departments, data/applications, ...): no Authorization header, a made-up Basic key or a Bearer token. HTTP 500, not 401.',
  },
  {
    id: 'ats_unknown_api_key',
    source: 'observed',
    status: 500,
    body: { code: -1, success: false, msg: '系统中不存在该apiKey' },
    when: 'api-platform v3 queries, jobs/getJobs, public/switchStatus with a made-up Basic key ("this apiKey does not exist in the system").',
  },
  {
    id: 'open_api_unauthorized',
    source: 'observed',
    status: 401,
    body: { code: -1, msg: '无法识别的认证信息', subCode: 'Unauthorized' },
    when: 'the /open-api/ats/v3 gateway with a made-up key.',
  },
  {
    id: 'people_unrecognized_credentials',
    source: 'observed',
    status: 403,
    body: { success: false, msg: '无法识别的认证信息' },
    when: 'the Moka People gateway (api-platform/hcm/oapi) without valid credentials; no `code` field (its docs say 401 / 100001).',
  },
  {
    id: 'oauth_unauthorized_client',
    source: 'observed',
    status: 200,
    body: { code: 110020, msg: 'unauthorized_client', data: {} },
    when: 'POST /v1/auth/oauth2/getToken with an unknown clientID: a failure sent with HTTP 200.',
  },
  {
    id: 'login_required',
    source: 'documented',
    status: 200,
    body: { code: 100001, msg: '需要登录才能进行该操作' },
    when: 'ATS error code 100001 ("you must log in to do this"); People documents 100001 as HTTP 401 "没有进入系统权限，请检查授权码是否准确".',
  },
  {
    id: 'login_expired',
    source: 'documented',
    status: 200,
    body: { code: 100002, msg: '登录失效' },
    when: 'ATS error code 100002 ("login expired"). People uses 100002 for bad input, so the message decides.',
  },
];

/** Messages that mean the credentials were refused, whatever the status or envelope. */
const AUTH_MESSAGE =
  /无法识别的认证信息|不存在该apiKey|需要登录|登录失效|没有进入系统权限|授权码|鉴权|认证失败|未授权|unauthori[sz]ed|unauthenticated|authenticat|api[\s_-]?key|invalid client/i;

/** Codes that mean the credentials were refused (OAuth `unauthorized_client`, "login required"). */
const AUTH_CODES = new Set(['110020', '100001']);

/** Whether a Moka message says the credentials were refused. */
export function isMokaAuthFailureMessage(message: string): boolean {
  return AUTH_MESSAGE.test(message);
}

/** A Moka response, as far as telling an auth failure needs it. */
export interface MokaFailureResponse {
  /** HTTP status. */
  status: number;
  /** The parsed body (any JSON; non-objects are ignored). */
  json: unknown;
}

/** What `classifyMokaAuthFailure` found: Moka refused the credentials. */
export interface MokaAuthFailure {
  /** Moka's message (`errorMessage`, `msg` or `message`), or a description when the body has none. */
  message: string;
  /** Moka's code, when it sent one. */
  code: string | number | undefined;
  /** Why the answer counts as an auth failure. */
  matchedBy: 'status' | 'code' | 'sub_code' | 'message';
}

/**
 * Tells whether a failed Moka response means "bad or missing credentials", whatever HTTP status
 * (200, 401, 403, 500) or envelope (`{ success, errorMessage }`, `{ code, msg, success }`,
 * `{ code, msg, subCode }`, `{ success, msg }`) it came in. Pure: reads the status and the body only.
 */
export function classifyMokaAuthFailure(response: MokaFailureResponse): MokaAuthFailure | undefined {
  const body = mokaBody(response.json);
  const code = mokaCode(body);
  const found = mokaMessage(body);
  const message = found ?? `Moka refused the credentials (HTTP ${response.status})`;
  const result = (matchedBy: MokaAuthFailure['matchedBy']): MokaAuthFailure => ({ message, code, matchedBy });
  if (found !== undefined && isMokaAuthFailureMessage(found)) return result('message');
  if (code !== undefined && AUTH_CODES.has(String(code))) return result('code');
  if (typeof body['subCode'] === 'string' && /^unauthori[sz]ed$/i.test(body['subCode'])) return result('sub_code');
  if (response.status === 401) return result('status');
  return undefined;
}
