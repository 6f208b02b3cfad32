import { http } from 'msw';
import { issueTenantToken, refuseToken } from './auth.js';
import { listPreHires, patchPreHire } from './pre-hires.js';
import type { FeishuSandboxState } from './state.js';

/** The msw handlers of the Feishu sandbox (any origin; paths as on open.feishu.cn). */
export function feishuHandlers(state: FeishuSandboxState) {
  return [
    http.post('*/open-apis/auth/v3/tenant_access_token/internal', ({ request }) => issueTenantToken(request, state)),
    http.get(
      '*/open-apis/corehr/v1/pre_hires',
      ({ request }) => refuseToken(request, state) ?? listPreHires(new URL(request.url), state),
    ),
    http.patch(
      '*/open-apis/corehr/v1/pre_hires/:pre_hire_id',
      ({ request, params }) => refuseToken(request, state) ?? patchPreHire(request, String(params.pre_hire_id), state),
    ),
  ];
}
