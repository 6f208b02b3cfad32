import { randomBytes } from 'node:crypto';
import { HttpResponse } from 'msw';
import { feishuError, newLogId } from './envelope.js';
import type { FeishuSandboxState } from './state.js';

// Store (ISV) app tokens, as documented:
// - POST /open-apis/auth/v3/app_ticket/resend {app_id, app_secret}: pushes a new app_ticket event now
//   (https://open.feishu.cn/document/ukTMukTMukTM/ukDNz4SO0MjL5QzM/auth-v3/auth/app_ticket_resend);
// - POST /open-apis/auth/v3/app_access_token {app_id, app_secret, app_ticket} -> {app_access_token, expire}
//   (https://open.feishu.cn/document/ukTMukTMukTM/ukDNz4SO0MjL5QzM/auth-v3/auth/app_access_token);
// - POST /open-apis/auth/v3/tenant_access_token {app_access_token, tenant_key} -> {tenant_access_token, expire}
//   (https://open.feishu.cn/document/ukTMukTMukTM/ukDNz4SO0MjL5QzM/auth-v3/tenant_access_token/create).
// The pages point to the general error code table for failures; the sandbox answers 10003
// ("invalid param") for a missing or unknown ticket / token / tenant and 10014 for a wrong secret.

type Body = Record<string, unknown>;

const read = async (request: Request) => ((await request.json().catch(() => ({}))) ?? {}) as Body;
const tokenAnswer = (key: 'app_access_token' | 'tenant_access_token', token: string, expire: number) =>
  HttpResponse.json({ code: 0, msg: 'ok', [key]: token, expire }, { headers: { 'x-tt-logid': newLogId() } });

function wrongApp(body: Body, state: FeishuSandboxState): Response | undefined {
  if (typeof body.app_id !== 'string' || typeof body.app_secret !== 'string' || !body.app_id || !body.app_secret)
    return feishuError(10003, { status: 400, msg: 'invalid param' });
  if (body.app_id !== state.appId || body.app_secret !== state.appSecret)
    return feishuError(10014, { status: 400, msg: 'app secret invalid' });
  return undefined;
}

/** `POST /open-apis/auth/v3/app_ticket/resend`: pushes a fresh app_ticket to the event subscription. */
export async function resendAppTicket(request: Request, state: FeishuSandboxState): Promise<Response> {
  const refused = wrongApp(await read(request), state);
  if (refused) return refused;
  void state.pushAppTicket();
  return HttpResponse.json({ code: 0, msg: 'success' }, { headers: { 'x-tt-logid': newLogId() } });
}

/** `POST /open-apis/auth/v3/app_access_token`: needs the latest app_ticket. */
export async function issueAppAccessToken(request: Request, state: FeishuSandboxState): Promise<Response> {
  const body = await read(request);
  const refused = wrongApp(body, state);
  if (refused) return refused;
  if (state.appTicket === undefined || body.app_ticket !== state.appTicket)
    return feishuError(10003, { status: 400, msg: 'invalid param: app_ticket' });
  state.countIsvFetch('app_access_token');
  const token = `a-${randomBytes(20).toString('hex')}`;
  state.appAccessTokens.set(token, state.now() + state.tokenLifetimeSeconds * 1000);
  return tokenAnswer('app_access_token', token, state.tokenLifetimeSeconds);
}

/** `POST /open-apis/auth/v3/tenant_access_token`: one token per installed tenant. */
export async function issueIsvTenantToken(request: Request, state: FeishuSandboxState): Promise<Response> {
  const body = await read(request);
  const appToken = typeof body.app_access_token === 'string' ? body.app_access_token : '';
  const expiresAt = state.appAccessTokens.get(appToken);
  const tenantKey = typeof body.tenant_key === 'string' ? body.tenant_key : '';
  if (expiresAt === undefined || expiresAt <= state.now() || !state.tenantKeys.has(tenantKey))
    return feishuError(10003, { status: 400, msg: 'invalid param' });
  state.countIsvFetch(`tenant_access_token:${tenantKey}`);
  const { token, expire } = state.issueTenantTokenFor(tenantKey);
  return tokenAnswer('tenant_access_token', token, expire);
}
