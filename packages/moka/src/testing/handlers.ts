import { http, HttpResponse, type RequestHandler } from 'msw';
import { listApplications, listMovedApplications } from './applications.js';
import { checkCredentials } from './auth.js';
import { deleteDepartments, listDepartments } from './departments-read.js';
import { addDepartmentsV2, pendingV2, replaceDepartmentsV2, updateDepartmentsV2 } from './departments-v2.js';
import { listJobs, retrieveJob } from './jobs.js';
import { listCandidates } from './list-candidates.js';
import { getToken } from './oauth.js';
import { jsonBody } from './responses.js';
import type { MokaSandboxState } from './state.js';
import { addDepartments, orgWrite, pendingCoded, replaceDepartments, updateDepartments } from './sync-departments.js';
import { syncUsers } from './sync-users.js';
import { syncUsersV2 } from './sync-users-v2.js';

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

type Handle = (request: Request, params: Record<string, string>) => Response | Promise<Response>;

/**
 * msw handlers of the Moka endpoints over `state`. `basePath` is the v1 base (`/api-platform/v1`, as
 * Moka documents it); the v2 endpoints live beside it (`/api-platform/v2`).
 */
export function mokaHandlers(state: MokaSandboxState, basePath = '/api-platform/v1'): RequestHandler[] {
  const root = basePath.replace(/\/+$/, '').replace(/\/v1$/, '');
  const path = (p: string) => `*${root}${p}`;
  const authed =
    (handle: Handle) =>
    async ({ request, params }: { request: Request; params: Record<string, unknown> }) =>
      checkCredentials(request, state) ?? handle(request, params as Record<string, string>);
  const query = (request: Request) => new URL(request.url).searchParams;
  return [
    http.post(path('/v1/auth/oauth2/getToken'), async ({ request }) => getToken(state, await jsonBody(request))),
    http.get(
      path('/v1/offers/custom_fields'),
      authed(() => HttpResponse.json(SANDBOX_OFFER_CUSTOM_FIELDS)),
    ),
    http.post(
      path('/v1/users/syncInfo'),
      authed(async (request) => syncUsers(state, await jsonBody(request))),
    ),
    http.post(
      path('/v2/users/syncInfo'),
      authed(async (request) => syncUsersV2(state, await jsonBody(request))),
    ),
    http.get(
      path('/v1/data/ehrApplications'),
      authed((request) => listCandidates(state, new URL(request.url))),
    ),
    http.get(
      path('/v1/data/applications'),
      authed((request) => listApplications(state, query(request))),
    ),
    http.get(
      path('/v1/data/moved_applications'),
      authed((request) => listMovedApplications(state, query(request))),
    ),
    // The career-site job endpoints answered a probe without credentials (their docs send none).
    http.get(path('/v1/jobs/:orgId'), ({ request, params }) =>
      listJobs(state, String(params['orgId']), query(request)),
    ),
    http.get(path('/v1/jobs/:orgId/:jobId'), ({ params }) =>
      retrieveJob(state, String(params['orgId']), String(params['jobId'])),
    ),
    http.get(
      path('/v1/departments'),
      authed(() => listDepartments(state)),
    ),
    http.put(
      path('/v1/departments'),
      authed(async (request) => {
        const body = await jsonBody(request);
        return orgWrite(state, () => replaceDepartments(state, body));
      }),
    ),
    http.post(
      path('/v1/departments/sync/incremental'),
      authed(async (request) => {
        const body = await jsonBody(request);
        return orgWrite(state, () => addDepartments(state, body));
      }),
    ),
    http.post(
      path('/v1/departments'),
      authed(async (request) => {
        const body = await jsonBody(request);
        return orgWrite(state, () => updateDepartments(state, body), pendingCoded);
      }),
    ),
    http.delete(
      path('/v1/departments'),
      authed(async (request) => {
        const body = await jsonBody(request);
        return orgWrite(state, () => deleteDepartments(state, body), pendingCoded);
      }),
    ),
    http.put(
      path('/v2/departments'),
      authed(async (request) => {
        const body = await jsonBody(request);
        return orgWrite(state, () => replaceDepartmentsV2(state, body), pendingV2);
      }),
    ),
    http.post(
      path('/v2/departments/sync/incremental'),
      authed(async (request) => {
        const body = await jsonBody(request);
        return orgWrite(state, () => addDepartmentsV2(state, body), pendingV2);
      }),
    ),
    http.post(
      path('/v2/departments'),
      authed(async (request) => {
        const body = await jsonBody(request);
        return orgWrite(state, () => updateDepartmentsV2(state, body), pendingV2);
      }),
    ),
  ];
}
