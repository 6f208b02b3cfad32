import type { ComeetSandboxState, SandboxCandidate } from './state.js';

/** Turns a stored candidate into the Candidate object Comeet answers; `origin` is the request's. */
export type CandidateView = (candidate: SandboxCandidate, origin: string) => Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The Candidate object of the Candidate schema (https://developers.comeet.com/reference/candidates-copy),
 * built from what was posted: names and contacts, `person_uid`, `URL` (with the numeric ID), the
 * steps (current ones only while In progress), `opening` once Hired, `resume` when one was posted (its
 * URL on the sandbox), and `source_contact` as the create / retrieve examples show it. A deleted
 * candidate is only `{ uid, deleted: true }`, as the schema says.
 */
export function candidateView(state: ComeetSandboxState): CandidateView {
  return (candidate, origin) => {
    if (candidate.deleted) return { uid: candidate.uid, deleted: true };
    const body = candidate.body;
    const resume = body.resume as { name?: string } | undefined;
    const opening = [...state.openings.values()].find((o) => o.hired_candidate_uid === candidate.uid);
    return {
      uid: candidate.uid,
      person_uid: candidate.person_uid,
      first_name: text(body.first_name),
      middle_name: text(body.middle_name),
      last_name: text(body.last_name),
      email: text(body.email),
      phone: text(body.phone),
      mobile_phone: text(body.mobile_phone),
      id_number: text(body.national_id),
      linkedin_url: text(body.linkedin_url),
      deleted: false,
      position_uid: candidate.position_uid,
      source_contact: body.source_contact ?? null,
      source: { uid: '5E.001', name: 'Sandbox partner app', type: 'Sourcing' },
      time_created: candidate.time_created,
      URL: `${origin}/app/?goto_url=/can/${candidate.real_id}`,
      completed_steps: [],
      current_steps:
        candidate.status === 'In progress'
          ? [{ name: 'CV Screen', type: 'Go/No-go', time_scheduled: candidate.time_created }]
          : [],
      future_steps: [{ name: 'Technical interview', type: 'In person Interview', time_scheduled: null }],
      status: candidate.status,
      prospect_status: text(body.prospect_status),
      ...(candidate.status === 'Hired' && opening
        ? {
            opening: {
              uid: opening.uid,
              time_start_to_work: opening['hired_candidate_start_date'] ?? null,
              hired_candidate_hire_date: opening['hired_candidate_hire_date'] ?? null,
            },
          }
        : {}),
      time_last_status_changed: candidate.time_last_status_changed,
      resume: resume ? { name: resume.name ?? null, url: `${origin}/download/${candidate.uid}/resume` } : null,
    };
  };
}
