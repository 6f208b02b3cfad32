import { jwtVerify } from 'jose';
import type { ComeetSandboxState } from './state.js';
import { MESSAGES, comeetError } from './errors.js';

/**
 * Checks `Authorization: Bearer <JWT>` as Comeet does: HS256 signed with the partner secret, not expired,
 * `iss` equal to the account's api-key; then counts the call against the account's documented limit
 * (429 `too_many_requests` beyond 100 requests per 60 seconds). Returns an error response, or
 * undefined when the call may proceed. Comeet's public error table does not list the body of a
 * refused token; the sandbox answers `401 { error: "invalid_token" }`.
 */
export async function checkToken(request: Request, state: ComeetSandboxState): Promise<Response | undefined> {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
  if (!match) return refused('The Authorization header must be "Bearer <token>"');
  try {
    const { payload } = await jwtVerify(match[1]!, new TextEncoder().encode(state.secret), {
      algorithms: ['HS256'],
      requiredClaims: ['iss', 'exp'],
    });
    if (payload.iss !== state.apiKey) return refused('The token was issued for an unknown api key');
    state.authorizations.push({ iss: payload.iss, exp: payload.exp!, iat: payload.iat });
    const limit = state.rateLimit;
    if (limit && state.overRateLimit(payload.iss))
      return comeetError(429, 'too_many_requests', MESSAGES.too_many_requests(limit.limit, limit.windowMs));
    return undefined;
  } catch {
    return refused('The token is invalid or has expired');
  }
}

function refused(message: string): Response {
  return comeetError(401, 'invalid_token', message);
}
