import { http, HttpResponse } from 'msw';
import { checkToken } from './auth.js';
import type { CandidateView } from './candidate-view.js';
import { MESSAGES, comeetError } from './errors.js';
import type { ComeetSandboxState, SandboxCandidate } from './state.js';

const same = (a: unknown, b: string) => typeof a === 'string' && a.trim().toLowerCase() === b.trim().toLowerCase();
/** Phones compared on their last 9 digits, as Comeet's duplicate detection does (help.comeet.com). */
const lastDigits = (value: unknown) =>
  String(value ?? '')
    .replace(/\D/g, '')
    .slice(-9);

/**
 * `GET /sourcing/candidates/find_duplicates` as production clients call it (`email`, `first_name`,
 * `last_name`, `linkedin_url`, `phone_number`): the candidates of the person matching any identifier
 * given, as a list. Without any identifier the sandbox answers 400 `required_field` (Comeet does not
 * document its answer).
 */
export function duplicateHandlers(state: ComeetSandboxState, view: CandidateView) {
  return [
    http.get('*/sourcing/candidates/find_duplicates', async ({ request }) => {
      const refused = await checkToken(request, state);
      if (refused) return refused;
      const query = new URL(request.url).searchParams;
      const email = query.get('email');
      const linkedin = query.get('linkedin_url');
      const phone = query.get('phone_number');
      const first = query.get('first_name');
      const last = query.get('last_name');
      if (!email && !linkedin && !phone && !first && !last)
        return comeetError(400, 'required_field', MESSAGES.required_field('email'));
      const matches = (c: SandboxCandidate) =>
        !c.deleted &&
        ((email !== null && same(c.body.email, email)) ||
          (linkedin !== null && same(c.body.linkedin_url, linkedin)) ||
          (phone !== null &&
            lastDigits(phone) !== '' &&
            [c.body.phone, c.body.mobile_phone].some((p) => lastDigits(p) === lastDigits(phone))) ||
          (first !== null && last !== null && same(c.body.first_name, first) && same(c.body.last_name, last)));
      const origin = new URL(request.url).origin;
      return HttpResponse.json([...state.candidates.values()].filter(matches).map((c) => view(c, origin)));
    }),
  ];
}
