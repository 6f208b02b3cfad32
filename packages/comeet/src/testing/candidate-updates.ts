import { http, HttpResponse } from 'msw';
import { checkToken } from './auth.js';
import type { CandidateView } from './candidate-view.js';
import { MESSAGES, comeetError } from './errors.js';
import { listAnswer } from './paging.js';
import { type ComeetSandboxState, type SandboxCandidate, comeetTime } from './state.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const UPDATED_BY_TYPES = ['user', 'source_contact', 'other', 'app'];
const TIME_FILTERS = {
  'time_created:before': (c: SandboxCandidate, t: string) => c.time_created < t,
  'time_created:after': (c: SandboxCandidate, t: string) => c.time_created > t,
  'time_last_status_change:before': (c: SandboxCandidate, t: string) => c.time_last_status_changed < t,
  'time_last_status_change:after': (c: SandboxCandidate, t: string) => c.time_last_status_changed > t,
  'time_hiring_process_updated:before': (c: SandboxCandidate, t: string) => c.time_hiring_process_updated < t,
  'time_hiring_process_updated:after': (c: SandboxCandidate, t: string) => c.time_hiring_process_updated > t,
} as const;

/** `GET /candidates` (filters as documented, paged) and `PATCH /candidates/{uid}`. */
export function candidateListHandlers(state: ComeetSandboxState, now: () => Date, view: CandidateView) {
  return [
    http.get('*/candidates', async ({ request }) => {
      const refused = await checkToken(request, state);
      if (refused) return refused;
      const query = new URL(request.url).searchParams;
      const statuses = query.get('status')?.split(',');
      const deleted = query.get('deleted');
      const matches = [...state.candidates.values()].filter((c) => {
        if (statuses && !statuses.includes(c.status)) return false;
        if (deleted !== 'True' && c.deleted) return false;
        if (deleted === 'True' && !c.deleted) return false;
        return Object.entries(TIME_FILTERS).every(([name, test]) => {
          const value = query.get(name);
          return value === null || test(c, value);
        });
      });
      const origin = new URL(request.url).origin;
      return listAnswer(
        request,
        state,
        'candidates',
        matches.map((c) => view(c, origin)),
      );
    }),

    http.patch('*/candidates/:uid', async ({ request, params }) => {
      const refused = await checkToken(request, state);
      if (refused) return refused;
      const candidate = state.findCandidate(String(params.uid));
      if (!candidate) return comeetError(404, 'candidate_not_found', 'Candidate not found');
      if (candidate.duplicate) return comeetError(401, 'duplicate_candidate', MESSAGES.duplicate_candidate());
      const body = (await request.json().catch(() => undefined)) as Record<string, unknown> | undefined;
      if (!body || typeof body !== 'object')
        return comeetError(400, 'required_field', 'The body must be a JSON object');
      const invalid = checkUpdate(body, state);
      if (invalid) return invalid;
      const { updated_by: _by, ...changes } = body;
      candidate.body = { ...candidate.body, ...changes };
      if (typeof changes['partner_candidate_id'] === 'string')
        candidate.partner_candidate_id = changes['partner_candidate_id'];
      candidate.time_hiring_process_updated = comeetTime(now());
      return HttpResponse.json(view(candidate, new URL(request.url).origin));
    }),
  ];
}

function checkUpdate(body: Record<string, unknown>, state: ComeetSandboxState): Response | undefined {
  const by = body['updated_by'] as Record<string, unknown> | undefined;
  if (by !== undefined) {
    if (!UPDATED_BY_TYPES.includes(String(by['type'])))
      return comeetError(400, 'required_field', MESSAGES.required_field('updated_by.type'));
    if (typeof by['name'] !== 'string' || by['name'] === '')
      return comeetError(400, 'required_field', MESSAGES.required_field('updated_by.name'));
  }
  if (body['email'] !== undefined && !EMAIL.test(String(body['email'])))
    return comeetError(400, 'invalid_email', MESSAGES.invalid_email(String(body['email'])));
  for (const name of Object.keys((body['custom_fields'] as Record<string, unknown> | undefined) ?? {})) {
    if (!state.customFields.has(name))
      return comeetError(400, 'invalid_custom_candidate_field', MESSAGES.invalid_custom_candidate_field(name));
  }
  return undefined;
}
