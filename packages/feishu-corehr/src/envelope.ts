import {
  type APIError,
  type APIErrorKind,
  type EnvelopeResult,
  type ResponseContext,
  isTransientStatus,
} from '@hr/core';
import { INVALID_TOKEN_CODES, PERMISSION_CODES, RATE_LIMIT_CODE, describeFeishuCode } from './error-codes.js';

/** The id of the token operation, whose answer is not wrapped in `data`. */
export const TOKEN_OPERATION_ID = 'auth.tenantAccessToken';

/** Feishu's envelope: `{ code, msg, data }` (`code` 0 is success), sometimes with an `error` block. */
interface FeishuEnvelope {
  code?: unknown;
  msg?: unknown;
  data?: unknown;
  error?: { log_id?: unknown; troubleshooter?: unknown } | null;
  tenant_access_token?: unknown;
  expire?: unknown;
}

/**
 * Maps a Feishu answer: `code` 0 resolves with `data` (the token endpoint, which has no `data`, with
 * the whole body); any other code, or an HTTP error, becomes a typed APIError with `code`, `msg`,
 * the `x-tt-logid` request id and, for documented codes, `details.explanation` / `details.suggestion`.
 */
export function mapFeishuResponse(ctx: ResponseContext): EnvelopeResult {
  const body = (typeof ctx.json === 'object' && ctx.json !== null ? ctx.json : {}) as FeishuEnvelope;
  const code = typeof body.code === 'number' || typeof body.code === 'string' ? Number(body.code) : undefined;
  const isToken = ctx.operation.id === TOKEN_OPERATION_ID;
  const succeeded = ctx.status >= 200 && ctx.status < 300 && code === 0;
  if (succeeded && !isToken) return ctx.ok(body.data ?? {});
  if (
    succeeded &&
    typeof body.tenant_access_token === 'string' &&
    body.tenant_access_token !== '' &&
    typeof body.expire === 'number'
  ) {
    return ctx.ok(body);
  }
  const message =
    typeof body.msg === 'string' && body.msg !== ''
      ? body.msg
      : succeeded
        ? 'The token endpoint answered without a tenant_access_token and expire'
        : `Feishu request failed with HTTP ${ctx.status}`;
  const documented = describeFeishuCode(code);
  const details: Record<string, unknown> = { msg: body.msg };
  if (documented)
    Object.assign(details, {
      description: documented.description,
      explanation: documented.explanation,
      suggestion: documented.suggestion,
    });
  if (body.error?.log_id !== undefined) details.logId = body.error.log_id;
  if (body.error?.troubleshooter !== undefined) details.troubleshooter = body.error.troubleshooter;
  const rateLimited = ctx.status === 429 || code === RATE_LIMIT_CODE;
  return ctx.fail({
    message,
    code,
    kind: isToken && !rateLimited ? 'authentication' : kindOf(code, ctx.status),
    retryable: rateLimited || isTransientStatus(ctx.status),
    details,
  });
}

/** Classification by Feishu code; undefined falls back to the HTTP status. */
function kindOf(code: number | undefined, status: number): APIErrorKind | undefined {
  if (status === 429 || code === RATE_LIMIT_CODE) return 'rate_limit';
  if (code === undefined) return undefined;
  if (INVALID_TOKEN_CODES.has(code)) return 'authentication';
  if (PERMISSION_CODES.has(code)) return 'permission';
  if (status < 400) return 'invalid_request';
  return undefined;
}

/** Whether Feishu says the tenant_access_token is missing, invalid or expired (refresh and replay once). */
export function isFeishuInvalidToken(error: APIError): boolean {
  return error.code !== undefined && INVALID_TOKEN_CODES.has(Number(error.code));
}

/**
 * A rate-limited call was refused before anything was applied, so it is retried even when it is a
 * write; documented 4xx codes and token failures are final (token failures get their own replay).
 */
export function feishuRetryVerdict(error: APIError): 'retry-always' | 'never' | undefined {
  if (error.kind === 'rate_limit') return 'retry-always';
  const code = error.code === undefined ? undefined : Number(error.code);
  if (code !== undefined && INVALID_TOKEN_CODES.has(code)) return 'never';
  const documented = describeFeishuCode(code);
  if (documented && documented.status < 500) return 'never';
  return undefined;
}

/** The wait Feishu asks for after a rate limit: `x-ogw-ratelimit-reset`, in seconds. */
export function feishuRetryAfterMs(error: APIError): number | undefined {
  if (error.kind !== 'rate_limit') return undefined;
  const reset = error.headers['x-ogw-ratelimit-reset']?.trim();
  if (!reset || !/^\d+(\.\d+)?$/.test(reset)) return undefined;
  return Math.ceil(Number(reset) * 1000);
}
