import type { APIError, APIErrorKind, EnvelopeResult, ResponseContext } from '@hr/core';
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

/** Maps a Comeet response: success bodies pass through; `{ status, error, message }` bodies become typed errors. */
export function mapComeetResponse(ctx: ResponseContext): EnvelopeResult {
  if (ctx.status < 400) return ctx.ok(ctx.json);
  const body = errorBody(ctx.json);
  const code = body.error;
  const message =
    typeof body.message === 'string' && body.message !== ''
      ? body.message
      : `Comeet request failed with HTTP ${ctx.status}`;
  const { status: _status, error: _error, message: _message, ...details } = body;
  const kind = documentedKind(code);
  if (code === 'candidate_post_conflict') {
    const uid =
      body.candidate_uid === undefined || body.candidate_uid === null ? undefined : String(body.candidate_uid);
    return {
      ok: false,
      error: new CandidateConflictError(ctx.errorInit({ message, code, kind: 'conflict', details }), uid),
    };
  }
  return ctx.fail({ message, code, kind, details });
}

/**
 * Whether a 401 means the JWT was refused (so the client re-mints it and replays once). Comeet also
 * answers 401 `duplicate_candidate` for a candidate merged into another one: that is about the
 * candidate, and a new token would not help. Every other 401 (Comeet's public table does not list the
 * `error` string of a refused token) is taken as a token failure.
 */
export function isComeetInvalidToken(error: APIError): boolean {
  if (error.status !== 401) return false;
  return documentedKind(error.code) === undefined;
}

/**
 * `too_many_requests` (429) means Comeet refused the call before applying it, so even a POST may be
 * retried after the wait; the documented 4xx errors are final.
 */
export function comeetRetryVerdict(error: APIError): 'retry-always' | 'never' | undefined {
  if (error.code === 'too_many_requests') return 'retry-always';
  if (documentedKind(error.code) !== undefined) return 'never';
  return undefined;
}

function errorBody(json: unknown): ComeetErrorBody {
  return typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as ComeetErrorBody) : {};
}
