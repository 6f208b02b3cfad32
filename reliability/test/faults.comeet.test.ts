import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AuthenticationError } from '@hr/core';
import { faultMatrix } from './support/matrix.js';
import { type ComeetRig, startComeet } from './support/rigs.js';
import { rejectionOf } from './support/capture.js';

let rig: ComeetRig;
beforeAll(async () => {
  rig = await startComeet();
});
afterEach(() => rig.reset());
afterAll(() => rig.close());

const SEEDED_UID = () => [...rig.state.candidates.keys()][0]!;
let created = 0;

faultMatrix({
  rig: () => rig,
  seed: () => {
    rig.state.addCandidate(
      { position_uid: '11.11', first_name: 'Seed', last_name: 'Candidate' },
      new Date('2025-01-02T03:04:05Z'),
    );
  },
  read: {
    name: 'candidates.retrieve',
    matches: (method, url) => method === 'GET' && /^\/candidates\/[^/]+$/.test(url.pathname),
    run: (client) => client.candidates.retrieve(SEEDED_UID()),
  },
  writes: [
    {
      name: 'candidates.create (POST, no idempotency token)',
      matches: (method, url) => method === 'POST' && url.pathname === '/candidates',
      run: (client) =>
        client.candidates.create({ position_uid: '11.11', first_name: 'Ada', last_name: `Lovelace ${++created}` }),
      applied: () => rig.state.candidates.size - 1,
      rateLimitMeansNotApplied: true,
    },
  ],
});

describe('comeet: a skewed clock', () => {
  const behind = () => Date.now() - 15 * 60_000;

  it('a clock 15 minutes behind mints an expired JWT: re-minted once, then a typed AuthenticationError', async () => {
    rig.state.addCandidate({ position_uid: '11.11', first_name: 'A', last_name: 'B' }, new Date());
    const error = await rejectionOf(rig.client({ now: behind, maxRetries: 2 }).candidates.retrieve(SEEDED_UID()));
    expect(AuthenticationError.isInstance(error)).toBe(true);
    expect((error as AuthenticationError).code).toBe('invalid_token');
    expect(JSON.parse((error as AuthenticationError).rawBody)).toMatchObject({ status: 401, error: 'invalid_token' });
    // The first try and the single replay with a re-minted token; no retry loop on a refused token.
    expect(rig.server.requests).toHaveLength(2);
    expect(rig.state.authorizations).toHaveLength(0);
  });

  it('a clock corrected after the refusal: the re-minted JWT is accepted on the replay', async () => {
    rig.state.addCandidate({ position_uid: '11.11', first_name: 'A', last_name: 'B' }, new Date());
    let skewed = true;
    const client = rig.client({ now: () => (skewed ? behind() : Date.now()) });
    const { http } = await import('msw');
    rig.server.use(
      http.all('*', () => {
        skewed = false; // the first request left with the skewed token; the next mint uses the right time
        return undefined;
      }),
    );
    const candidate = await client.candidates.retrieve(SEEDED_UID());
    expect(candidate.uid).toBe(SEEDED_UID());
    const tokens = rig.server.requests.map((r) => r.headers['authorization']);
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).not.toBe(tokens[1]);
    expect(rig.state.authorizations).toHaveLength(1);
  });

  it('a clock a few minutes ahead is accepted (the fake checks exp, not a future iat)', async () => {
    rig.state.addCandidate({ position_uid: '11.11', first_name: 'A', last_name: 'B' }, new Date());
    const client = rig.client({ now: () => Date.now() + 3 * 60_000 });
    await expect(client.candidates.retrieve(SEEDED_UID())).resolves.toMatchObject({ uid: SEEDED_UID() });
    const [auth] = rig.state.authorizations;
    expect(auth!.iat! - Math.floor(Date.now() / 1000)).toBeGreaterThan(120);
  });
});
