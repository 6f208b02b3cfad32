import { HttpResponse } from 'msw';
import { feishuError, newLogId } from './envelope.js';
import type { FeishuSandboxState } from './state.js';

/** `POST /open-apis/auth/v3/tenant_access_token/internal`, with Feishu's envelope and codes. */
export async function issueTenantToken(request: Request, state: FeishuSandboxState): Promise<Response> {
  const body = (await request.json().catch(() => undefined)) as { app_id?: unknown; app_secret?: unknown } | undefined;
  if (typeof body?.app_id !== 'string' || typeof body.app_secret !== 'string' || !body.app_id || !body.app_secret) {
    return feishuError(10003, { status: 400, msg: 'invalid param' });
  }
  if (body.app_id !== state.appId || body.app_secret !== state.appSecret) {
    return feishuError(10014, { status: 400, msg: 'app secret invalid' });
  }
  const { token, expire } = state.issueToken();
  return HttpResponse.json(
    { code: 0, msg: 'ok', tenant_access_token: token, expire },
    { headers: { 'x-tt-logid': newLogId() } },
  );
}

/** Checks `Authorization: Bearer <tenant_access_token>`; the refusal to send, or undefined when valid. */
export function refuseToken(request: Request, state: FeishuSandboxState): Response | undefined {
  const header = request.headers.get('authorization') ?? '';
  const token = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
  if (!token)
    return feishuError(99991661, {
      msg: 'Missing access token for authorization. Please make a request with token attached.',
    });
  const status = state.tokenStatus(token);
  if (status === 'expired') return feishuError(99991677, { msg: 'Authentication token expired.' });
  if (status === 'unknown')
    return feishuError(99991663, {
      msg: 'Invalid access token for authorization. Please make a request with token attached.',
    });
  return undefined;
}
