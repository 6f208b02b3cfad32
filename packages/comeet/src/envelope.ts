import type { APIErrorKind } from '@hr/core';
import type { MappedResponse, ResponseContext } from '@hr/core/internal';
import { CandidateConflictError } from './errors.js';

/** Comeet's error body: `{ status, error, message, ... }`, e.g. `candidate_uid` on a conflict. */
interface ComeetErrorBody {
  status?: number;
  error?: string;
  message?: string;
  candidate_uid?: string | number;
  [key: string]: unknown;
}

/**
 * How each documented `error` string is classified (Error responses table). The `error` string wins
 * over the HTTP status: `duplicate_candidate` comes with 401 but is about the candidate, not the
 * token, and `file_size_limit` / `malicious_file` come with 403 but are about the request's content.
 */
export const ERROR_KINDS: Readonly<Record<string, APIErrorKind>> = {
  required_field: 'invalid_request',
  string_size_limit: 'invalid_request',
  invalid_email: 'invalid_request',
  invalid_linkedin_url: 'invalid_request',
  invalid_url: 'invalid_request',
  source_contact_conflict: 'invalid_request',
  incorrect_country_code: 'invalid_request',
  invalid_custom_candidate_field: 'invalid_request',
  invalid_datetime: 'invalid_request',
  duplicate_candidate: 'not_found',
  file_size_limit: 'invalid_request',
  malicious_file: 'invalid_request',
  no_permission: 'permission',
  position_not_found: 'not_found',
  not_found: 'not_found',
  candidate_not_found: 'not_found',
  candidate_post_conflict: 'conflict',
  too_many_requests: 'rate_limit',
};

/** The documented kind of an `error` string (own keys only: `constructor` is not a documented error). */
function documentedKind(code: unknown): APIErrorKind | undefined {
  return typeof code === 'string' && Object.hasOwn(ERROR_KINDS, code) ? ERROR_KINDS[code] : undefined;
}

/**
 * Comeet's failure policy, in one place. Success bodies pass through; `{ status, error, message }`
 * bodies become typed errors, classified by the documented `error` string first. A 401 that is not a
 * documented error is a refused token (re-minted and replayed once; Comeet's public table does not
 * list the `error` string of a refused token); `duplicate_candidate` also comes with 401 but is about
 * the candidate. `too_many_requests` (429) was refused before anything was applied, so it is retried
 * even for a POST; the documented 4xx errors are final.
 */
export function mapComeetResponse(ctx: ResponseContext): MappedResponse {
  if (ctx.status < 400) return ctx.ok(ctx.json);
  const body = errorBody(ctx.json);
  const code = body.error;
  const message =
    typeof body.message === 'string' && body.message !== ''
      ? body.message
      : `Comeet request failed with HTTP ${ctx.status}`;
  const { status: _status, error: _error, message: _message, ...details } = body;
  const kind = documentedKind(code);
  const conflictUid =
    code === 'candidate_post_conflict' && body.candidate_uid !== undefined && body.candidate_uid !== null
      ? String(body.candidate_uid)
      : undefined;
  return ctx.fail({
    message,
    code,
    kind,
    details,
    invalidToken: ctx.status === 401 && kind === undefined,
    retry: code === 'too_many_requests' ? 'always' : kind !== undefined ? 'never' : undefined,
    createError:
      code === 'candidate_post_conflict' ? (init) => new CandidateConflictError(init, conflictUid) : undefined,
  });
}

function errorBody(json: unknown): ComeetErrorBody {
  return typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as ComeetErrorBody) : {};
}
