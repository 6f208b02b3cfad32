import { HttpResponse } from 'msw';
import { nestError } from '../nest-errors.js';
import { intParam, offsetOf } from '../paging.js';
import type { Route } from '../router.js';
import type { CoodeshSandboxState } from '../state.js';
import { fields, violations } from './validation.js';

const MAX_LIMIT = 2000;

/** The ATS integration routes: assessments (offset envelope), attempt creation and results. */
export function atsRoutes(state: CoodeshSandboxState): Route[] {
  return [
    {
      method: 'GET',
      path: '/assessments/ats',
      handle: ({ query }) => {
        const offset = intParam(query, 'offset') ?? 0;
        const limit = intParam(query, 'limit') ?? 20;
        if (offset < 0 || limit < 0 || limit > MAX_LIMIT)
          return nestError(400, ['offset must not be less than 0', `limit must not be greater than ${MAX_LIMIT}`]);
        const ids = query.getAll('_id');
        const search = query.get('search')?.toLowerCase();
        const items = state.assessments.filter(
          (a) =>
            (ids.length === 0 || ids.includes(a.assessment_id ?? '')) &&
            (!search || a.name?.toLowerCase().includes(search)),
        );
        const envelope = offsetOf(items, offset, limit);
        return HttpResponse.json(state.atsEnvelope === 'array' ? [envelope] : envelope);
      },
    },
    {
      method: 'POST',
      path: '/assessments/ats/attempts',
      handle: ({ body, request }) => {
        const messages = violations(
          body,
          {
            name: 'string',
            email: 'email',
            user_id: 'string',
            assessment_id: 'string',
            company_id: 'string',
            job_id: 'string',
            callback_url: 'url',
            webhook_url: 'url',
          },
          { disable_email: 'boolean' },
        );
        if (messages.length > 0) return nestError(400, messages);
        const b = fields(body);
        const assessment = state.assessments.find((a) => a.assessment_id === b.assessment_id);
        if (!assessment) return nestError(404, 'Assessment not found');
        const open = [...state.attempts.values()].find(
          (a) => a.email === b.email && a.assessment_id === b.assessment_id && a.status === 'invited',
        );
        if (open) return nestError(409, `An open attempt already exists for this candidate: ${open.attempt_id}`);
        const attempt = state.createAttempt({
          assessment,
          email: String(b.email),
          webhook_url: String(b.webhook_url),
          callback_url: String(b.callback_url),
        });
        const origin = new URL(request.url).origin;
        return HttpResponse.json(
          { attempt_id: attempt.attempt_id, attempt_url: `${origin}/sandbox/assessments/${attempt.attempt_id}` },
          { status: 201 },
        );
      },
    },
    {
      method: 'GET',
      path: '/assessments/ats/attempts/:attemptId',
      handle: ({ params }) => {
        const attempt = state.attempts.get(params.attemptId!);
        if (!attempt) return nestError(404, 'Attempt not found');
        const { webhook_url: _w, callback_url: _c, email: _e, ...result } = attempt;
        return HttpResponse.json(result);
      },
    },
  ];
}
