import type { APIErrorInit, ResponseMapper, MappedResponse, ResponseContext } from '@hr/core/internal';
import { createAPIError } from '@hr/core/internal';
import { classifyMokaAuthFailure } from './auth-failure.js';
import { type MokaCredential, credentialHint, credentialSetting } from './credential-hint.js';
import { EMPTY_STAGE_OPERATIONS, NOT_EMPTY_STAGE_HINT, isEmptyStageAnswer } from './empty-stage.js';
import { classifyMokaMessage } from './errors.js';
import { mokaBody, mokaCode, mokaMessage } from './failure-body.js';
import { saysSuccess } from './success.js';
import { V2_USER_SYNC, hasUserOutcomes } from './users/answer.js';

export type { MokaCredential } from './credential-hint.js';

/** Builds the error with `hint` after Moka's message (`vendorMessage` stays Moka's own words). */
export function hinted(hint: string): (init: APIErrorInit) => ReturnType<typeof createAPIError> {
  return (init) => {
    const error = createAPIError(init);
    error.message = `${error.message} (${hint})`;
    return error;
  };
}

/** Answers some operations read before the general rules: the empty stage, v2 user outcomes. */
function operationAnswer(ctx: ResponseContext): MappedResponse | undefined {
  const id = ctx.operation.id;
  if (EMPTY_STAGE_OPERATIONS.has(id) && isEmptyStageAnswer(ctx)) return ctx.ok({ data: [] });
  // v2 user sync: per-user refusals come in data.errorList, even under the documented failure code -1.
  if (id === V2_USER_SYNC && ctx.status < 400) {
    const body = mokaBody(ctx.json);
    if (hasUserOutcomes(ctx.json, saysSuccess(body, mokaCode(body)))) return ctx.ok(ctx.json);
  }
  return undefined;
}

/**
 * Moka's response policy, in one place, for a client sending `credential`. Success is what Moka says
 * it is: HTTP < 400, `success` not false, and `code` (when present) 0 or 200 (see `isMokaSuccessCode`).
 * A full department sync resolves to its `result`; other successes pass through. Two documented
 * answers are read first: a stage with no candidate (HTTP 500 "server exception") is an empty page,
 * and v2 user sync outcomes (`data.errorList`) are data. Failures: refused credentials come first
 * (`classifyMokaAuthFailure`), never retried, naming the setting to check; with OAuth2 the token is
 * dropped and the call replayed once. Others are classified by Moka's documented message (most
 * failures come with HTTP 200), then by the status; a documented failure's message says what Moka
 * documents it means.
 */
export function createMokaResponseMapper(credential: MokaCredential): ResponseMapper {
  return (ctx) => {
    const special = operationAnswer(ctx);
    if (special) return special;
    const body = mokaBody(ctx.json);
    const code = mokaCode(body);
    if (ctx.status < 400 && saysSuccess(body, code)) {
      return ctx.ok(body['success'] === true && body['result'] !== undefined ? body['result'] : ctx.json);
    }
    // Moka refuses a bad credential with HTTP 500, 401, 403 or even 200: one answer for all, never
    // retried (the same credential would be sent again); an OAuth2 token is replaced once.
    const auth = classifyMokaAuthFailure(ctx);
    if (auth) {
      return ctx.fail({
        message: auth.message,
        code: auth.code,
        kind: 'authentication',
        retry: 'never',
        invalidToken: credential === 'oauth',
        details: { setting: credentialSetting(credential) },
        createError: hinted(credentialHint(credential)),
      });
    }
    const message = mokaMessage(body) ?? `Moka request failed with HTTP ${ctx.status}`;
    const classified = classifyMokaMessage(message, code);
    const documented = classified?.documented;
    const stageListing500 = ctx.status === 500 && EMPTY_STAGE_OPERATIONS.has(ctx.operation.id);
    const hint = documented
      ? `Moka documents: ${documented.meaning}`
      : stageListing500
        ? NOT_EMPTY_STAGE_HINT
        : undefined;
    return ctx.fail({
      message,
      code: code === '' ? undefined : code,
      // An HTTP 200 failure Moka does not document is still a refusal of this request.
      kind: classified?.kind ?? (ctx.status < 400 ? 'invalid_request' : undefined),
      retry: classified?.retry,
      details: documented ? { documentedError: documented.id } : undefined,
      createError: hint ? hinted(hint) : undefined,
    });
  };
}

/** Moka's response policy for an API-key client (see {@link createMokaResponseMapper}). */
export const mapMokaResponse: ResponseMapper = createMokaResponseMapper('apiKey');
