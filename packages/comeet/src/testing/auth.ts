import { jwtVerify } from 'jose';
import type { ComeetSandboxState } from './state.js';
import { comeetError } from './errors.js';

/**
 * Checks `Authorization: Bearer <JWT>` as Comeet does: HS256 signed with the partner secret, not expired,
 * `iss` equal to the account's api-key. Returns an error response, or undefined when the token is good.
 * Comeet's public error table does not list the body of a refused token; the sandbox answers
 * `401 { error: "invalid_token" }`.
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
    return undefined;
  } catch {
    return refused('The token is invalid or has expired');
  }
}

function refused(message: string): Response {
  return comeetError(401, 'invalid_token', message);
}
