import { http, HttpResponse } from 'msw';
import { checkToken } from './auth.js';
import { MESSAGES, comeetError } from './errors.js';
import { type ComeetSandboxState, comeetTime } from './state.js';

const COMEET_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const AUTHOR_TYPES = ['user', 'source_contact', 'other', 'app'];

/**
 * `POST /candidates/{uid}/notes` ("Create a Candidate Note", https://developers.comeet.com/reference/create-a-candidate-note):
 * checks the required fields, stores the note and answers the note object; 404 `candidate_not_found`
 * for an unknown candidate, as the page shows.
 */
export function noteHandlers(state: ComeetSandboxState, now: () => Date) {
  return [
    http.post('*/candidates/:uid/notes', async ({ request, params }) => {
      const refused = await checkToken(request, state);
      if (refused) return refused;
      const candidate = state.findCandidate(String(params.uid));
      if (!candidate) return comeetError(404, 'candidate_not_found', MESSAGES.candidate_not_found());
      if (candidate.duplicate) return comeetError(401, 'duplicate_candidate', MESSAGES.duplicate_candidate());
      const body = (await request.json().catch(() => undefined)) as Record<string, unknown> | undefined;
      const invalid = checkNote(body ?? {});
      if (invalid) return invalid;
      const note = state.addNote(candidate.uid, body!);
      candidate.time_hiring_process_updated = comeetTime(now());
      const author = body!.created_by as Record<string, unknown>;
      return HttpResponse.json(
        {
          uid: note.uid,
          time_created: body!.time_created,
          created_by: { type: author.type, uid: 'A00.001' },
          text: body!.text,
          details: body!.details ?? [],
        },
        { status: 201 },
      );
    }),
  ];
}

function checkNote(body: Record<string, unknown>): Response | undefined {
  const time = body.time_created;
  if (time === undefined) return comeetError(400, 'required_field', MESSAGES.required_field('time_created'));
  if (typeof time !== 'string' || !COMEET_TIME.test(time))
    return comeetError(400, 'invalid_datetime', MESSAGES.invalid_datetime(String(time)));
  const author = body.created_by as Record<string, unknown> | undefined;
  if (!author || typeof author !== 'object')
    return comeetError(400, 'required_field', MESSAGES.required_field('created_by'));
  if (!AUTHOR_TYPES.includes(String(author.type)))
    return comeetError(400, 'required_field', MESSAGES.required_field('created_by.type'));
  if (typeof author.first_name !== 'string' || author.first_name === '')
    return comeetError(400, 'required_field', MESSAGES.required_field('created_by.first_name'));
  if (typeof body.text !== 'string' || body.text === '')
    return comeetError(400, 'required_field', MESSAGES.required_field('text'));
  const details = Array.isArray(body.details) ? (body.details as Record<string, unknown>[]) : [];
  if (details.some((detail) => typeof detail?.title !== 'string' || detail.title === ''))
    return comeetError(400, 'required_field', MESSAGES.required_field('details.title'));
  return undefined;
}
