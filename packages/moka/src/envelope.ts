import type { MappedResponse, ResponseContext } from '@hr/core/internal';
import { classifyMokaAuthFailure } from './auth-failure.js';
import { classifyMokaMessage } from './errors.js';
import { mokaBody, mokaCode, mokaMessage } from './failure-body.js';

/**
 * Moka's failure policy, in one place. A failure is `success: false`, a non-zero numeric `code`, or an
 * HTTP error status; its message is `errorMessage`, else `msg`. Refused credentials come first (see
 * `classifyMokaAuthFailure`: every shape Moka is known to use). Others are classified by the message
 * (Moka answers most failures with HTTP 200: a documented message says what it is and whether to
 * retry, e.g. "pending organizational updates" applied nothing and is retried even for a write),
 * then by the status. A success with `success: true` and a `result` (full department sync) resolves
 * to the `result`; other bodies pass through.
 */
export function mapMokaResponse(ctx: ResponseContext): MappedResponse {
  const body = mokaBody(ctx.json);
  const code = mokaCode(body);
  const failed =
    body['success'] === false ||
    (body['success'] !== true && code !== undefined && Number(code) !== 0) ||
    ctx.status >= 400;
  if (!failed) return ctx.ok(body['success'] === true && body['result'] !== undefined ? body['result'] : ctx.json);
  // Moka refuses a bad key with HTTP 500, 401, 403 or even 200: one answer for all, never retried
  // (the same key would be sent again) and never replayed (HTTP Basic has no token to refresh).
  const auth = classifyMokaAuthFailure(ctx);
  if (auth) return ctx.fail({ message: auth.message, code: auth.code, kind: 'authentication', retry: 'never' });
  const message = mokaMessage(body) ?? `Moka request failed with HTTP ${ctx.status}`;
  const classified = classifyMokaMessage(message);
  return ctx.fail({
    message,
    code: code === '' ? undefined : code,
    // An HTTP 200 failure Moka does not document is still a refusal of this request.
    kind: classified?.kind ?? (ctx.status < 400 ? 'invalid_request' : undefined),
    retry: classified?.retry,
    details: classified?.documented ? { documentedError: classified.documented.id } : undefined,
  });
}
