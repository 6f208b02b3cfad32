import { http, HttpResponse } from 'msw';
import { checkToken } from './auth.js';
import { candidateView } from './candidate-view.js';
import { directoryHandlers } from './directory.js';
import { duplicateHandlers } from './duplicates.js';
import { MESSAGES, comeetError } from './errors.js';
import { noteHandlers } from './notes.js';
import type { ComeetSandboxState, SandboxCandidate } from './state.js';
import { checkCandidateBody } from './validate-candidate.js';
import { candidateListHandlers } from './candidate-updates.js';
import { careersHandlers, positionHandlers } from './positions.js';

/** The msw handlers of the Comeet sandbox (any origin; paths as in the Recruiting API). */
export function comeetHandlers(state: ComeetSandboxState, now: () => Date = () => new Date()) {
  const view = candidateView(state);
  return [
    // The Careers API first: its paths also end in /positions. Longer paths before the ones whose
    // wildcard would take them (`*/candidates` also matches `/positions/{uid}/candidates`).
    ...careersHandlers(state),
    ...positionHandlers(state, view),
    ...duplicateHandlers(state, view),
    ...noteHandlers(state, now),
    ...directoryHandlers(state),
    ...candidateListHandlers(state, now, view),
    http.post('*/candidates', async ({ request }) => {
      const refused = await checkToken(request, state);
      if (refused) return refused;
      const body = await readJson(request);
      if (!body) return comeetError(400, 'required_field', MESSAGES.required_field('position_uid'));
      const invalid = checkCandidateBody(body, state);
      if (invalid) return invalid;
      if (!state.positions.has(String(body.position_uid))) {
        return comeetError(404, 'position_not_found', MESSAGES.position_not_found());
      }
      if (typeof body.partner_candidate_id === 'string') {
        const existing = state.findInProgress(String(body.position_uid), body.partner_candidate_id);
        if (existing) {
          return comeetError(409, 'candidate_post_conflict', MESSAGES.candidate_post_conflict(), {
            candidate_uid: existing.uid,
          });
        }
      }
      const contact = body.source_contact as { email?: string; full_name?: string } | undefined;
      if (contact?.email && contact.full_name) state.sourceContacts.set(contact.email, contact.full_name);
      const created = state.addCandidate(body, now());
      return HttpResponse.json(view(created, new URL(request.url).origin), { status: 201 });
    }),

    http.get('*/candidates/:uid/files', async ({ request, params }) => {
      const found = await findReadable(request, state, String(params.uid));
      if (found instanceof Response) return found;
      const origin = new URL(request.url).origin;
      const files = ((found.body.files as { name?: string }[] | undefined) ?? []).map((file, index) => ({
        url: `${origin}/download/${found.uid}/${index}`,
        name: file.name ?? `file-${index + 1}`,
      }));
      return HttpResponse.json(files);
    }),

    http.get('*/candidates/:uid', async ({ request, params }) => {
      const found = await findReadable(request, state, String(params.uid));
      return found instanceof Response ? found : HttpResponse.json(view(found, new URL(request.url).origin));
    }),
  ];
}

async function findReadable(
  request: Request,
  state: ComeetSandboxState,
  id: string,
): Promise<SandboxCandidate | Response> {
  const refused = await checkToken(request, state);
  if (refused) return refused;
  const realId = request.headers.get('identifier_type') === 'REAL_ID';
  const candidate = state.findCandidate(id, realId);
  if (!candidate) return comeetError(404, 'not_found', MESSAGES.not_found());
  if (candidate.duplicate) return comeetError(401, 'duplicate_candidate', MESSAGES.duplicate_candidate());
  return candidate;
}

async function readJson(request: Request): Promise<Record<string, unknown> | undefined> {
  try {
    const json: unknown = await request.json();
    return typeof json === 'object' && json !== null && !Array.isArray(json)
      ? (json as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
