import { http } from 'msw';
import { checkToken } from './auth.js';
import { listAnswer } from './paging.js';
import type { ComeetSandboxState } from './state.js';

/** `GET /locations` and `GET /openings`: the company's locations and openings, as paged lists. */
export function directoryHandlers(state: ComeetSandboxState) {
  return [
    http.get('*/locations', async ({ request }) => {
      const refused = await checkToken(request, state);
      return refused ?? listAnswer(request, state, 'locations', state.locations);
    }),
    http.get('*/openings', async ({ request }) => {
      const refused = await checkToken(request, state);
      return refused ?? listAnswer(request, state, 'openings', [...state.openings.values()]);
    }),
  ];
}
