import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HRError, ServerError } from '@hr/core';
import { injectFaults } from './support/inject.js';
import { faultMatrix } from './support/matrix.js';
import { type MokaRig, startMoka } from './support/rigs.js';
import { rejectionOf } from './support/capture.js';
import { mokaUser } from './support/inputs.js';

let rig: MokaRig;
beforeAll(async () => {
  rig = await startMoka();
});
afterEach(() => rig.reset());
afterAll(() => rig.close());

const at = (method: string, suffix: string) => (m: string, url: URL) => m === method && url.pathname.endsWith(suffix);
let written = 0;

faultMatrix({
  rig: () => rig,
  seed: () => {
    rig.state.seedCandidates(12, 'offer');
  },
  read: {
    name: 'candidates.list (first page)',
    matches: at('GET', '/data/ehrApplications'),
    run: async (client) =>
      (await client.candidates.list({ stage: 'offer', limit: 5 })).items.map((c) => c.applicationId),
  },
  writes: [
    {
      name: 'users.sync (POST, no idempotency token)',
      matches: at('POST', '/users/syncInfo'),
      run: (client) => client.users.sync([mokaUser(++written)]),
      applied: () => rig.state.users.length,
      rateLimitMeansNotApplied: false,
    },
    {
      name: 'departments.addIncremental (POST, no idempotency token)',
      matches: at('POST', '/departments/sync/incremental'),
      run: (client) =>
        client.departments.addIncremental([
          { name: `Dept ${++written}`, department_code: `D${written}`, parent_code: null },
        ]),
      applied: () => rig.state.departments.size,
      rateLimitMeansNotApplied: false,
    },
  ],
});

describe('moka: writes idempotent by nature and bursts', () => {
  it('a full department sync (PUT) whose answer was lost is resent and leaves the same org chart', async () => {
    const chart = [
      { name: 'HQ', department_code: 'HQ', parent_code: null },
      { name: 'R&D', department_code: 'RD', parent_code: 'HQ' },
    ];
    injectFaults(rig.server, rig.handlers, rig.errors, (_r, i) => (i === 0 ? 'resetAfterHeaders' : undefined), {
      matches: at('PUT', '/departments'),
    });
    const result = await rig.client({ maxRetries: 2 }).departments.replaceAll(chart);
    expect(rig.server.requests.filter((r) => r.method === 'PUT')).toHaveLength(2);
    // The second application found both departments: Moka reports them as updated, not new.
    expect(result).toEqual({ new: 0, delete: 0, update: 2 });
    expect(
      rig.state
        .activeDepartments()
        .map((d) => d.department_code)
        .sort(),
    ).toEqual(['HQ', 'RD']);
  });

  it('a burst of 500, 502, 503 on a listing is ridden out with Retry-After hints', async () => {
    rig.state.seedCandidates(3, 'offer');
    const plan = ['status500', 'status502', 'status503'] as const;
    injectFaults(rig.server, rig.handlers, rig.errors, (_r, i) => plan[i], { retryAfterSeconds: 0.01 });
    const page = await rig.client({ maxRetries: 3 }).candidates.list({ stage: 'offer' });
    expect(page.items).toHaveLength(3);
    expect(rig.server.requests).toHaveLength(4);
  });

  it('a burst longer than maxRetries fails with the last ServerError and its raw body', async () => {
    injectFaults(rig.server, rig.handlers, rig.errors, () => 'status503', { retryAfterSeconds: 0.01 });
    const error = await rejectionOf(rig.client({ maxRetries: 2 }).candidates.list({ stage: 'offer' }));
    expect(ServerError.isInstance(error)).toBe(true);
    expect((error as ServerError).status).toBe(503);
    expect(JSON.parse((error as ServerError).rawBody)).toEqual({ success: false, errorMessage: 'System error' });
    expect(rig.server.requests).toHaveLength(3);
  });

  it('a 5xx without a hint is not retried when the backoff exceeds maxRetryWait', async () => {
    injectFaults(rig.server, rig.handlers, rig.errors, () => 'status502');
    const started = Date.now();
    const error = await rejectionOf(
      rig.client({ maxRetries: 5, maxRetryWait: 100 }).candidates.list({ stage: 'offer' }),
    );
    expect(HRError.isInstance(error)).toBe(true);
    expect(rig.server.requests).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(300);
  });

  it('a JSON answer with the wrong content type is still read', async () => {
    rig.state.seedCandidates(2, 'offer');
    const { http } = await import('msw');
    const { getResponse } = await import('msw');
    rig.server.use(
      http.get('*/data/ehrApplications', async ({ request }) => {
        const real = await getResponse(rig.handlers, request.clone());
        return new Response(await real!.text(), {
          status: 200,
          headers: { 'content-type': 'text/html; charset=utf-8' },
        });
      }),
    );
    const page = await rig.client().candidates.list({ stage: 'offer' });
    expect(page.items).toHaveLength(2);
  });
});
