import { HttpResponse } from 'msw';
import { MOKA_AUTH_FAILURE_SHAPES } from '../auth-failure.js';
import type { MokaSandboxState } from './state.js';

/**
 * How the sandbox refuses a missing or wrong key: the id of one of `MOKA_AUTH_FAILURE_SHAPES`
 * (default `ats_unrecognized_credentials`, what Moka's api-platform gateway was observed to answer:
 * HTTP 500 `{ code: -1, success: false, msg: "无法识别的认证信息" }`), or any status with a raw body
 * (an HTML gateway page, an empty body) for testing your own handling.
 */
export type SandboxAuthFailure =
  (typeof MOKA_AUTH_FAILURE_SHAPES)[number]['id'] | { status: number; body: string; contentType?: string | undefined };

/** Checks HTTP Basic auth: the API key as user name, an empty password. */
export function checkBasicAuth(request: Request, state: MokaSandboxState): Response | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
  const decoded = match ? Buffer.from(match[1]!, 'base64').toString('utf8') : '';
  if (decoded === `${state.apiKey}:`) return undefined;
  state.authRefusals++;
  return authFailureResponse(state.authFailure);
}

/**
 * Checks either credential Moka takes: HTTP Basic with the API key, or `Bearer <accessToken>` issued
 * by the sandbox's `getToken` and not expired or revoked. A refused Bearer token gets the same answer
 * as a refused key (a probe with a made-up Bearer token saw the same HTTP 500).
 */
export function checkCredentials(request: Request, state: MokaSandboxState): Response | undefined {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
  if (!bearer) return checkBasicAuth(request, state);
  const token = state.tokens.get(bearer[1]!);
  if (token && token.expiresAt > Date.now()) return undefined;
  state.authRefusals++;
  return authFailureResponse(state.authFailure);
}

function authFailureResponse(failure: SandboxAuthFailure): Response {
  if (typeof failure === 'object') {
    return new HttpResponse(failure.body, {
      status: failure.status,
      headers: failure.contentType ? { 'content-type': failure.contentType } : {},
    });
  }
  const shape = MOKA_AUTH_FAILURE_SHAPES.find((s) => s.id === failure) ?? MOKA_AUTH_FAILURE_SHAPES[0]!;
  return HttpResponse.json(shape.body, { status: shape.status });
}
