import { http, HttpResponse } from 'msw';
import { checkToken } from './auth.js';
import type { CandidateView } from './candidate-view.js';
import { MESSAGES, comeetError } from './errors.js';
import { listAnswer } from './paging.js';
import type { ComeetSandboxState, SandboxPosition } from './state.js';

/** The Careers model's fields: what a careers site may show (no status, discreetness or salary). */
const CAREERS_FIELDS = [
  'uid',
  'name',
  'department',
  'email',
  'url_comeet_hosted_page',
  'url_active_page',
  'employment_type',
  'experience_level',
  'internal_use_custom_id',
  'picture_url',
  'time_updated',
  'company_name',
  'workplace_type',
  'location',
  'categories',
] as const;

/**
 * Recruiting API positions, JWT-authorized: `GET /positions` (paged, `status` filter),
 * `GET /positions/{uid}` and `GET /positions/{uid}/candidates` (paged).
 */
export function positionHandlers(state: ComeetSandboxState, view: CandidateView) {
  return [
    http.get('*/positions', async ({ request }) => {
      const refused = await checkToken(request, state);
      if (refused) return refused;
      const status = new URL(request.url).searchParams.get('status');
      const positions = [...state.positions.values()].filter((p) => status === null || p['status'] === status);
      return listAnswer(
        request,
        state,
        'positions',
        positions.map((p) => recruitingPosition(request, p)),
      );
    }),
    http.get('*/positions/:uid/candidates', async ({ request, params }) => {
      const refused = await checkToken(request, state);
      if (refused) return refused;
      const uid = String(params.uid);
      if (!state.positions.has(uid)) return comeetError(404, 'not_found', MESSAGES.not_found());
      const origin = new URL(request.url).origin;
      const candidates = [...state.candidates.values()].filter((c) => c.position_uid === uid && !c.deleted);
      return listAnswer(
        request,
        state,
        'candidates',
        candidates.map((c) => view(c, origin)),
      );
    }),
    http.get('*/positions/:uid', async ({ request, params }) => {
      const refused = await checkToken(request, state);
      if (refused) return refused;
      const position = state.positions.get(String(params.uid));
      if (!position) return comeetError(404, 'not_found', MESSAGES.not_found());
      return HttpResponse.json(recruitingPosition(request, position));
    }),
  ];
}

/**
 * The public Careers API under `/careers-api/2.0` (company UID in the path, `token` in the query):
 * published positions only, `details` only with `details=true`. Comeet does not document its answer
 * to a wrong token or company; the sandbox answers `401 { error: "invalid_token" }` and `404 not_found`.
 */
export function careersHandlers(state: ComeetSandboxState) {
  const base = '*/careers-api/2.0/company/:companyUid/positions';
  const published = (companyUid: string, request: Request): Response | SandboxPosition[] => {
    if (companyUid !== state.companyUid) return comeetError(404, 'not_found', MESSAGES.not_found());
    if (new URL(request.url).searchParams.get('token') !== state.careersToken)
      return comeetError(401, 'invalid_token', 'The token is missing or does not belong to this company');
    return [...state.positions.values()].filter((p) => p['is_published'] === true);
  };
  return [
    http.get(base, ({ request, params }) => {
      const found = published(String(params.companyUid), request);
      return found instanceof Response ? found : HttpResponse.json(found.map((p) => careersPosition(request, p)));
    }),
    http.get(`${base}/:positionUid`, ({ request, params }) => {
      const found = published(String(params.companyUid), request);
      if (found instanceof Response) return found;
      const position = found.find((p) => p.uid === String(params.positionUid));
      if (!position) return comeetError(404, 'not_found', MESSAGES.not_found());
      return HttpResponse.json(careersPosition(request, position));
    }),
  ];
}

function recruitingPosition(request: Request, position: SandboxPosition) {
  const origin = new URL(request.url).origin;
  return {
    time_updated: '2024-01-01T00:00:00Z',
    company_name: 'Sandbox Company',
    position_url: `${origin}/positions/${position.uid}`,
    url_comeet_hosted_page: `${origin}/jobs/sandbox/${position.uid}`,
    url_active_page: `${origin}/jobs/sandbox/${position.uid}`,
    ...position,
  };
}

function careersPosition(request: Request, position: SandboxPosition) {
  const full: Record<string, unknown> = recruitingPosition(request, position);
  const out: Record<string, unknown> = {};
  for (const field of CAREERS_FIELDS) if (full[field] !== undefined) out[field] = full[field];
  if (new URL(request.url).searchParams.get('details') === 'true') out['details'] = full['details'] ?? [];
  return out;
}
