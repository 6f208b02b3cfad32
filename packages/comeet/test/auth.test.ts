import { inspect } from 'node:util';
import { decodeProtectedHeader, jwtVerify } from 'jose';
import { http } from 'msw';
import { afterEach, describe, expect, test } from 'vitest';
import { AuthenticationError, NotFoundError } from '@hr/core';
import { captureLogger } from '@hr/core/testing';
import { ComeetClient } from '../src/index.js';
import { comeetError } from '../src/testing.js';
import { API_KEY, SECRET, bearerOf, newCandidate, startHarness, type Harness } from './setup.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('JWT auth', () => {
  test('sends an HS256 JWT signed with the partner secret, iss = api key, exp about now + 600 s', async () => {
    harness = await startHarness();
    const before = Math.floor(Date.now() / 1000);
    await harness.client.candidates.create(newCandidate());
    const token = bearerOf(harness.server.requests[0]!.headers);
    const { payload } = await jwtVerify(token, new TextEncoder().encode(SECRET), { algorithms: ['HS256'] });
    expect(decodeProtectedHeader(token).alg).toBe('HS256');
    expect(payload.iss).toBe(API_KEY);
    expect(payload.exp! - before).toBeGreaterThanOrEqual(600);
    expect(payload.exp! - before).toBeLessThanOrEqual(602);
    expect(harness.state.authorizations).toHaveLength(1);
  });

  test('reuses the token while it is fresh and re-mints it before it expires', async () => {
    let clock = Date.now();
    harness = await startHarness({ now: () => clock });
    await harness.client.candidates.create(newCandidate());
    clock += 500_000; // 500 s: still well inside the 600 s lifetime
    await harness.client.candidates.create(newCandidate());
    clock += 50_000; // 550 s: within the refresh margin before exp
    await harness.client.candidates.create(newCandidate());
    const [first, second, third] = harness.server.requests.map((r) => bearerOf(r.headers));
    expect(second).toBe(first);
    expect(third).not.toBe(first);
    const { payload } = await jwtVerify(third!, new TextEncoder().encode(SECRET));
    expect(payload.exp).toBe(Math.floor(clock / 1000) + 600);
  });

  test('a 401 whose body says the token is invalid re-mints the token and replays the call once', async () => {
    let clock = Date.now();
    harness = await startHarness({ now: () => clock });
    harness.server.use(
      http.post(
        '*/candidates',
        () => {
          clock += 2_000;
          return comeetError(401, 'invalid_token', 'The token is invalid or has expired');
        },
        { once: true },
      ),
    );
    const created = await harness.client.candidates.create(newCandidate());
    expect(created.uid).toBeTruthy();
    expect(harness.server.requests).toHaveLength(2);
    const [refused, replayed] = harness.server.requests.map((r) => bearerOf(r.headers));
    expect(replayed).not.toBe(refused);
    expect(harness.state.candidates.size).toBe(1);
  });

  test('a token refused twice fails with AuthenticationError after a single replay', async () => {
    harness = await startHarness();
    harness.server.use(http.post('*/candidates', () => comeetError(401, 'invalid_token', 'The token is invalid')));
    const error = await harness.client.candidates.create(newCandidate()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(harness.server.requests).toHaveLength(2);
  });

  test('the fake refuses a token signed with another secret with the 401 body, and the client does not loop', async () => {
    harness = await startHarness({ secret: 'not-the-partner-secret' });
    const error = await harness.client.candidates.create(newCandidate()).catch((e: unknown) => e);
    expect(AuthenticationError.isInstance(error)).toBe(true);
    expect((error as AuthenticationError).code).toBe('invalid_token');
    expect(harness.server.requests).toHaveLength(2);
    expect(harness.state.candidates.size).toBe(0);
  });

  test('401 duplicate_candidate is about the candidate: no re-mint, no replay', async () => {
    harness = await startHarness();
    const created = await harness.client.candidates.create(newCandidate());
    harness.state.candidates.get(created.uid)!.duplicate = true;
    harness.server.resetHandlers();
    const error = await harness.client.candidates.retrieve(created.uid).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).not.toBeInstanceOf(AuthenticationError);
    expect((error as NotFoundError).status).toBe(401);
    expect((error as NotFoundError).code).toBe('duplicate_candidate');
    expect(harness.server.requests).toHaveLength(1);
  });
});

test('a client without api key or secret is refused at construction', () => {
  expect(() => new ComeetClient({ apiKey: '', secret: SECRET })).toThrow(/apiKey/);
  expect(() => new ComeetClient({ apiKey: API_KEY, secret: '' })).toThrow(/secret/);
});

describe('secrets', () => {
  test('the api key, the partner secret and minted JWTs appear in no error and no debug log', async () => {
    const { lines, logger } = captureLogger();
    harness = await startHarness({ logLevel: 'debug', logger });
    await harness.client.candidates.create(newCandidate({ partner_candidate_id: 'p-1' }));
    const conflict = await harness.client.candidates
      .create(newCandidate({ partner_candidate_id: 'p-1' }))
      .catch((e: unknown) => e);
    harness.server.use(http.post('*/candidates', () => comeetError(401, 'invalid_token', 'The token is invalid')));
    const refused = await harness.client.candidates.create(newCandidate()).catch((e: unknown) => e);
    const tokens = harness.server.requests.map((r) => bearerOf(r.headers));
    expect(tokens.every((t) => t.length > 20)).toBe(true);
    expect(lines.length).toBeGreaterThan(0);
    const surfaces = [
      ...lines,
      JSON.stringify(conflict),
      inspect(conflict, { depth: 10 }),
      JSON.stringify(refused),
      inspect(refused, { depth: 10 }),
      String((refused as Error).stack),
    ].join('\n');
    for (const secret of [SECRET, API_KEY, ...tokens]) expect(surfaces).not.toContain(secret);
  });
});
