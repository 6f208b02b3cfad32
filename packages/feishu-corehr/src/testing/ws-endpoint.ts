import { HttpResponse } from 'msw';
import { newLogId } from './envelope.js';
import type { FeishuSandboxState } from './state.js';

/**
 * `POST /callback/ws/endpoint` `{ AppID, AppSecret }`: where the long connection opens (always
 * HTTP 200, the outcome in `code`, as both official SDKs read it).
 */
export async function longConnectionEndpoint(request: Request, state: FeishuSandboxState): Promise<Response> {
  const body = (await request.json().catch(() => undefined)) as { AppID?: unknown; AppSecret?: unknown } | undefined;
  return HttpResponse.json(state.longConnection.endpointAnswer(body), { headers: { 'x-tt-logid': newLogId() } });
}
