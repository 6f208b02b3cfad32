import { HttpResponse } from 'msw';
import { APPLICATION_FIELD_LABELS, JOB_FIELD_LABELS } from '../fixtures.js';
import type { Route } from '../router.js';

/** The display-label routes (`/fields/jobs`, `/fields/applications`). */
export function fieldRoutes(): Route[] {
  return [
    { method: 'GET', path: '/fields/jobs', handle: () => HttpResponse.json(JOB_FIELD_LABELS) },
    { method: 'GET', path: '/fields/applications', handle: () => HttpResponse.json(APPLICATION_FIELD_LABELS) },
  ];
}
