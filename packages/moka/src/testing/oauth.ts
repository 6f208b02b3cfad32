import { HttpResponse } from 'msw';
import type { MokaSandboxState } from './state.js';

/** Moka returns the token it issued while at least this much of it remains, a new one after that. */
const REUSE_WHILE_MS = 30 * 60 * 1000;

/**
 * `POST /v1/auth/oauth2/getToken` with `{ clientID, clientSecret, grantType: "client_credentials" }`:
 * `{ code: 0, msg: "成功", data: { accessToken, expiresIn, tokenType: "Bearer" } }`, the same token
 * while 30 minutes or more of it remain (both stay valid after a new one is issued), and HTTP 200
 * `{ code: 110020, msg: "unauthorized_client", data: {} }` for an unknown client (as a probe saw).
 */
export function getToken(state: MokaSandboxState, body: unknown): Response {
  const { clientID, clientSecret, grantType } = (body ?? {}) as Record<string, unknown>;
  const known = typeof clientID === 'string' && state.oauthClients.get(clientID) === clientSecret;
  if (!known || grantType !== 'client_credentials')
    return HttpResponse.json({ code: 110020, msg: 'unauthorized_client', data: {} });
  const now = Date.now();
  const current = [...state.tokens.entries()].find(
    ([, t]) => t.clientId === clientID && t.expiresAt - now >= REUSE_WHILE_MS,
  );
  let token: string;
  let expiresAt: number;
  if (current) {
    [token, { expiresAt }] = current;
  } else {
    state.tokensIssued++;
    token = `sandbox-access-token-${state.tokensIssued}-${Math.random().toString(36).slice(2, 10)}`;
    expiresAt = now + state.tokenLifetimeSeconds * 1000;
    state.tokens.set(token, { clientId: clientID, expiresAt });
  }
  return HttpResponse.json({
    code: 0,
    msg: '成功',
    data: { accessToken: token, expiresIn: Math.round((expiresAt - now) / 1000), tokenType: 'Bearer' },
  });
}
