import type { ResponseMapper, MappedResponse, Failure, ResponseContext } from '@hr/core/internal';
import { INVALID_TOKEN_CODES, PERMISSION_CODES, RATE_LIMIT_CODE, describeFeishuCode } from './error-codes.js';

/** Feishu's envelope: `{ code, msg, data }` (`code` 0 is success), sometimes with an `error` block. */
interface FeishuEnvelope {
  code?: unknown;
  msg?: unknown;
  data?: unknown;
  error?: { log_id?: unknown; troubleshooter?: unknown } | null;
}

/** The envelope's fields, read defensively from any JSON body. */
function envelopeOf(json: unknown): { body: FeishuEnvelope; code: number | undefined } {
  const body = (typeof json === 'object' && json !== null ? json : {}) as FeishuEnvelope;
  const code = typeof body.code === 'number' || typeof body.code === 'string' ? Number(body.code) : undefined;
  return { body, code };
}

/**
 * Maps a Feishu answer: `code` 0 resolves with `data`; any other code, or an HTTP error, is a failure
 * described by {@link describeFeishuFailure}.
 */
export function mapFeishuResponse(ctx: ResponseContext): MappedResponse {
  const { body, code } = envelopeOf(ctx.json);
  if (ctx.status >= 200 && ctx.status < 300 && code === 0) return ctx.ok(body.data ?? {});
  return ctx.fail(describeFeishuFailure(ctx, body, code));
}

/**
 * Feishu's failure policy, in one place: the `msg`, the `x-tt-logid`, and for documented codes
 * `details.explanation` / `details.suggestion`. A rate limit (HTTP 429 or code 99991400) applied
 * nothing, so it is retried even for a write, after `x-ogw-ratelimit-reset` seconds when given. An
 * invalid or expired tenant_access_token (99991661, 99991663, ...) refreshes the token and replays
 * the call once. Other documented 4xx codes are final; 5xx follow the usual rules.
 */
export function describeFeishuFailure(ctx: ResponseContext, body: FeishuEnvelope, code: number | undefined): Failure {
  const message =
    typeof body.msg === 'string' && body.msg !== '' ? body.msg : `Feishu request failed with HTTP ${ctx.status}`;
  const documented = describeFeishuCode(code);
  const details: Record<string, unknown> = { msg: body.msg };
  if (documented) {
    Object.assign(details, {
      description: documented.description,
      explanation: documented.explanation,
      suggestion: documented.suggestion,
    });
  }
  if (body.error?.log_id !== undefined) details.logId = body.error.log_id;
  if (body.error?.troubleshooter !== undefined) details.troubleshooter = body.error.troubleshooter;
  const base = { message, code, details };
  if (ctx.status === 429 || code === RATE_LIMIT_CODE) {
    return { ...base, kind: 'rate_limit', retry: 'always', retryAfterMs: rateLimitReset(ctx.headers) };
  }
  if (code !== undefined && INVALID_TOKEN_CODES.has(code)) {
    return { ...base, kind: 'authentication', retry: 'never', invalidToken: true };
  }
  const final = documented !== undefined && documented.status < 500;
  if (code !== undefined && PERMISSION_CODES.has(code)) return { ...base, kind: 'permission', retry: 'never' };
  return {
    ...base,
    // A failure code on a 2xx is a refusal of the request; otherwise the HTTP status classifies it.
    kind: code !== undefined && ctx.status < 400 ? 'invalid_request' : undefined,
    retry: final ? 'never' : undefined,
  };
}

/** The wait Feishu asks for after a rate limit: `x-ogw-ratelimit-reset`, in seconds. */
function rateLimitReset(headers: Record<string, string>): number | undefined {
  const reset = headers['x-ogw-ratelimit-reset']?.trim();
  if (!reset || !/^\d+(\.\d+)?$/.test(reset)) return undefined;
  return Math.ceil(Number(reset) * 1000);
}

/**
 * The token endpoints answer `{ code, msg, <field>, expire }` without `data`: success is code 0 with
 * a token and its lifetime; any failure (except a rate limit) is an authentication failure.
 */
export function mapAccessTokenResponse(field: 'tenant_access_token' | 'app_access_token'): ResponseMapper {
  return (ctx) => {
    const { body, code } = envelopeOf(ctx.json);
    const token = body as Record<string, unknown>;
    const succeeded = ctx.status >= 200 && ctx.status < 300 && code === 0;
    if (succeeded && typeof token[field] === 'string' && token[field] !== '' && typeof token.expire === 'number') {
      return ctx.ok(body);
    }
    const failure = describeFeishuFailure(
      ctx,
      succeeded ? { ...body, msg: `The token endpoint answered without a ${field} and expire` } : body,
      code,
    );
    // A token endpoint is not replayed with a new token: its failures are the app credentials' fault.
    return ctx.fail(
      failure.kind === 'rate_limit' ? failure : { ...failure, kind: 'authentication', invalidToken: false },
    );
  };
}

/** The tenant_access_token endpoints' answer (custom and store apps). */
export const mapTenantTokenResponse: ResponseMapper = mapAccessTokenResponse('tenant_access_token');
