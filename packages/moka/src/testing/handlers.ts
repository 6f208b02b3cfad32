import { http, HttpResponse, type RequestHandler } from 'msw';
import { checkBasicAuth } from './auth.js';
import { listCandidates } from './list-candidates.js';
import { jsonBody } from './responses.js';
import type { MokaSandboxState } from './state.js';
import { addDepartments, orgWrite, pendingCoded, replaceDepartments, updateDepartments } from './sync-departments.js';
import { syncUsers } from './sync-users.js';

/** The offer custom fields the sandbox lists (Moka's documented example). */
export const SANDBOX_OFFER_CUSTOM_FIELDS = {
  social: [
    { id: 496, name: 'dmj-offer', type: 1, detail: null, hire_mode: 1 },
    { id: 281, name: '子公司', type: 6, detail: ['子公司1', '子公司2', '子公司3'], hire_mode: 2 },
    { id: 456, name: 'offer-校-年月日', type: 9, detail: null, hire_mode: 2 },
  ],
  campus: [
    { id: 273, name: 'Time period4', type: 7, detail: null, hire_mode: 2 },
    { id: 276, name: 'Single line text', type: 1, detail: null, hire_mode: 2 },
    { id: 277, name: '家庭住址', type: 1, detail: null, hire_mode: 2 },
  ],
};

/** msw handlers of the Moka endpoints under `<origin>/api-platform/v1`, over `state`. */
export function mokaHandlers(state: MokaSandboxState, basePath = '/api-platform/v1'): RequestHandler[] {
  const path = (p: string) => `*${basePath}${p}`;
  const authed =
    (handle: (request: Request) => Response | Promise<Response>) =>
    async ({ request }: { request: Request }) =>
      checkBasicAuth(request, state) ?? handle(request);
  return [
    http.get(
      path('/offers/custom_fields'),
      authed(() => HttpResponse.json(SANDBOX_OFFER_CUSTOM_FIELDS)),
    ),
    http.post(
      path('/users/syncInfo'),
      authed(async (request) => syncUsers(state, await jsonBody(request))),
    ),
    http.get(
      path('/data/ehrApplications'),
      authed((request) => listCandidates(state, new URL(request.url))),
    ),
    http.put(
      path('/departments'),
      authed(async (request) => {
        const body = await jsonBody(request);
        return orgWrite(state, () => replaceDepartments(state, body));
      }),
    ),
    http.post(
      path('/departments/sync/incremental'),
      authed(async (request) => {
        const body = await jsonBody(request);
        return orgWrite(state, () => addDepartments(state, body));
      }),
    ),
    http.post(
      path('/departments'),
      authed(async (request) => {
        const body = await jsonBody(request);
        return orgWrite(state, () => updateDepartments(state, body), pendingCoded);
      }),
    ),
  ];
}
