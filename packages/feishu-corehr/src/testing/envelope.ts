import { randomBytes } from 'node:crypto';
import { HttpResponse } from 'msw';
import { describeFeishuCode } from '../error-codes.js';

/** A log id shaped like Feishu's (`x-tt-logid`): a timestamp then random hex. */
export function newLogId(now: number = Date.now()): string {
  const stamp = new Date(now).toISOString().replace(/\D/g, '').slice(0, 14);
  return `${stamp}${randomBytes(9).toString('hex').toUpperCase()}`;
}

/** A success envelope `{ code: 0, msg: 'success', data }` with an `x-tt-logid` header. */
export function feishuOk(data: unknown, headers: Record<string, string> = {}): Response {
  return HttpResponse.json({ code: 0, msg: 'success', data }, { headers: { 'x-tt-logid': newLogId(), ...headers } });
}

/**
 * A failure envelope `{ code, msg, error: { log_id } }` with the `x-tt-logid` header. `msg` defaults
 * to the documented description of `code`; `status` to its documented HTTP status.
 */
export function feishuError(
  code: number,
  options: { status?: number; msg?: string; headers?: Record<string, string> } = {},
): Response {
  const documented = describeFeishuCode(code);
  const logId = newLogId();
  return HttpResponse.json(
    { code, msg: options.msg ?? documented?.description ?? 'error', error: { log_id: logId } },
    { status: options.status ?? documented?.status ?? 400, headers: { 'x-tt-logid': logId, ...options.headers } },
  );
}

/** The documented rate-limit answer: HTTP 429, code 99991400, `x-ogw-ratelimit-limit` / `x-ogw-ratelimit-reset` (seconds). */
export function feishuRateLimited(limit: number, resetSeconds: number): Response {
  return feishuError(99991400, {
    status: 429,
    headers: { 'x-ogw-ratelimit-limit': String(limit), 'x-ogw-ratelimit-reset': String(resetSeconds) },
  });
}
