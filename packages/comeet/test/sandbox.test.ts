import { SignJWT } from 'jose';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ComeetClient } from '../src/index.js';
import { type RunningComeetSandbox, SANDBOX_API_KEY, SANDBOX_SECRET, startComeetSandbox } from '../src/testing.js';

let sandbox: RunningComeetSandbox;
beforeEach(async () => {
  sandbox = await startComeetSandbox();
});
afterEach(async () => {
  await sandbox.close();
});

const jwt = (iss: string, secret: string, exp = Math.floor(Date.now() / 1000) + 600) =>
  new SignJWT({ iss })
    .setProtectedHeader({ alg: 'HS256' })
    .setExpirationTime(exp)
    .sign(new TextEncoder().encode(secret));

async function post(token: string | undefined, body: unknown) {
  const response = await fetch(`${sandbox.url}/candidates`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const valid = { position_uid: '11.11', first_name: 'Bobby', last_name: 'Chauck' };

describe('startComeetSandbox', () => {
  test('serves the fake on loopback with default credentials a ComeetClient can use', async () => {
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const client = new ComeetClient({ apiKey: sandbox.apiKey, secret: sandbox.secret, baseUrl: sandbox.baseUrl });
    const created = await client.candidates.create(valid);
    expect(sandbox.state.candidates.get(created.uid)?.position_uid).toBe('11.11');
    sandbox.reset();
    expect(sandbox.state.candidates.size).toBe(0);
    expect(sandbox.state.positions.has('11.11')).toBe(true);
  });

  test('refuses missing, forged, expired and foreign-account tokens with a 401 body', async () => {
    const cases = [
      undefined,
      await jwt(SANDBOX_API_KEY, 'forged-secret'),
      await jwt(SANDBOX_API_KEY, SANDBOX_SECRET, Math.floor(Date.now() / 1000) - 60),
      await jwt('another-account', SANDBOX_SECRET),
    ];
    for (const token of cases) {
      const { status, body } = await post(token, valid);
      expect(status).toBe(401);
      expect(body).toMatchObject({ status: 401, error: 'invalid_token' });
    }
    expect(sandbox.state.candidates.size).toBe(0);
  });

  test('answers the documented bodies for bad input and conflicts', async () => {
    const token = await jwt(SANDBOX_API_KEY, SANDBOX_SECRET);
    expect(await post(token, { ...valid, first_name: undefined })).toEqual({
      status: 400,
      body: { status: 400, error: 'required_field', message: 'You must include this required field: "first_name"' },
    });
    expect((await post(token, { ...valid, email: 'nope' })).body.error).toBe('invalid_email');
    expect((await post(token, { ...valid, links: [{ url: 'nope' }] })).body.error).toBe('invalid_url');
    expect((await post(token, { ...valid, address: { country: 'Narnia' } })).body.error).toBe('incorrect_country_code');
    const big = Buffer.alloc(6 * 1024 * 1024 + 1).toString('base64');
    expect(await post(token, { ...valid, files: [{ name: 'big.zip', file: big }] })).toMatchObject({
      status: 403,
      body: { error: 'file_size_limit' },
    });
    expect((await post(token, { ...valid, position_uid: '0.0' })).status).toBe(404);
    const first = await post(token, { ...valid, partner_candidate_id: 'A1' });
    expect(first.status).toBe(201);
    expect(await post(token, { ...valid, partner_candidate_id: 'A1' })).toEqual({
      status: 409,
      body: {
        status: 409,
        error: 'candidate_post_conflict',
        message: 'Candidate with provided partner_candidate_id already exists in position with status in progress',
        candidate_uid: first.body.uid,
      },
    });
  });
});
