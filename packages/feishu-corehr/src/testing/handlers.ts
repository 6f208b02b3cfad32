import { http } from 'msw';
import { issueTenantToken, refuseToken } from './auth.js';
import { createPreHire } from './create-pre-hire.js';
import { issueAppAccessToken, issueIsvTenantToken, resendAppTicket } from './isv.js';
import { deletePreHireV1, getPreHire, listPreHires, patchPreHire } from './pre-hires.js';
import {
  completePreHire,
  deletePreHire,
  patchPreHireV2,
  queryPreHires,
  restoreFlowInstance,
  searchPreHires,
  transformOnboardingTask,
  transitTask,
  withdrawOnboarding,
} from './pre-hires-v2.js';
import type { FeishuSandboxState } from './state.js';
import { longConnectionEndpoint } from './ws-endpoint.js';

/** The msw handlers of the Feishu sandbox (any origin; paths as on open.feishu.cn). */
export function feishuHandlers(state: FeishuSandboxState) {
  return [
    http.post('*/open-apis/auth/v3/tenant_access_token/internal', ({ request }) => issueTenantToken(request, state)),
    http.get(
      '*/open-apis/corehr/v1/pre_hires',
      ({ request }) => refuseToken(request, state) ?? listPreHires(new URL(request.url), state),
    ),
    http.get(
      '*/open-apis/corehr/v1/pre_hires/:pre_hire_id',
      ({ request, params }) => refuseToken(request, state) ?? getPreHire(String(params.pre_hire_id), state),
    ),
    http.patch(
      '*/open-apis/corehr/v1/pre_hires/:pre_hire_id',
      ({ request, params }) => refuseToken(request, state) ?? patchPreHire(request, String(params.pre_hire_id), state),
    ),
    http.delete(
      '*/open-apis/corehr/v1/pre_hires/:pre_hire_id',
      ({ request, params }) => refuseToken(request, state) ?? deletePreHireV1(String(params.pre_hire_id), state),
    ),
    // Store (ISV) apps.
    http.post('*/open-apis/auth/v3/app_ticket/resend', ({ request }) => resendAppTicket(request, state)),
    http.post('*/open-apis/auth/v3/app_access_token', ({ request }) => issueAppAccessToken(request, state)),
    http.post('*/open-apis/auth/v3/tenant_access_token', ({ request }) => issueIsvTenantToken(request, state)),
    // The long connection's endpoint (the socket itself is `state.longConnection`).
    http.post('*/callback/ws/endpoint', ({ request }) => longConnectionEndpoint(request, state)),
    // CoreHR v2 pre-hires (fixed paths before the `:pre_hire_id` ones).
    http.post(
      '*/open-apis/corehr/v2/pre_hires',
      ({ request }) => refuseToken(request, state) ?? createPreHire(request, state),
    ),
    http.post(
      '*/open-apis/corehr/v2/pre_hires/query',
      ({ request }) => refuseToken(request, state) ?? queryPreHires(request, state),
    ),
    http.post(
      '*/open-apis/corehr/v2/pre_hires/search',
      ({ request }) => refuseToken(request, state) ?? searchPreHires(request, state),
    ),
    http.post(
      '*/open-apis/corehr/v2/pre_hires/withdraw_onboarding',
      ({ request }) => refuseToken(request, state) ?? withdrawOnboarding(request, state),
    ),
    http.post(
      '*/open-apis/corehr/v2/pre_hires/restore_flow_instance',
      ({ request }) => refuseToken(request, state) ?? restoreFlowInstance(request, state),
    ),
    http.post(
      '*/open-apis/corehr/v2/pre_hires/transform_onboarding_task',
      ({ request }) => refuseToken(request, state) ?? transformOnboardingTask(request, state),
    ),
    http.post(
      '*/open-apis/corehr/v2/pre_hires/:pre_hire_id/complete',
      ({ request, params }) => refuseToken(request, state) ?? completePreHire(String(params.pre_hire_id), state),
    ),
    http.post(
      '*/open-apis/corehr/v2/pre_hires/:pre_hire_id/transit_task',
      ({ request, params }) => refuseToken(request, state) ?? transitTask(request, String(params.pre_hire_id), state),
    ),
    http.patch(
      '*/open-apis/corehr/v2/pre_hires/:pre_hire_id',
      ({ request, params }) =>
        refuseToken(request, state) ?? patchPreHireV2(request, String(params.pre_hire_id), state),
    ),
    http.delete(
      '*/open-apis/corehr/v2/pre_hires/:pre_hire_id',
      ({ request, params }) => refuseToken(request, state) ?? deletePreHire(String(params.pre_hire_id), state),
    ),
  ];
}
