import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { captureLogger } from '@hr/core/testing';
import { type APIError, AuthenticationError, HRError, MokaClient } from '../src/index.js';
import { type Harness, bodiesTo, startHarness } from './setup.js';

const CLIENT_ID = 'moka-client-3c9e1a';
const CLIENT_SECRET = 'moka-secret-71fd0b42';

describe('OAuth2 client credentials (POST /v1/auth/oauth2/getToken → Bearer)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(
      { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
      { oauthClients: { [CLIENT_ID]: CLIENT_SECRET } },
    );
  });
  afterEach(() => h.close());

  /** From now on Moka refuses every token on the offers endpoint, as it refuses a made-up one (HTTP 500). */
  const refuseEveryToken = () =>
    h.server.use(
      http.get('*/offers/custom_fields', () =>
        HttpResponse.json({ code: -1, success: false, msg: '无法识别的认证信息' }, { status: 500 }),
      ),
    );
  const tokenRequests = () => h.server.requests.filter((r) => r.path.endsWith('/auth/oauth2/getToken'));

  it('fetches one token for concurrent calls, with the documented body, and sends it as Bearer', async () => {
    await Promise.all([
      h.client.offers.listCustomFields(),
      h.client.offers.listCustomFields(),
      h.client.departments.list(),
    ]);
    expect(tokenRequests()).toHaveLength(1);
    expect(tokenRequests()[0]!.path).toBe('/api-platform/v1/auth/oauth2/getToken');
    expect(bodiesTo(h.server, '/auth/oauth2/getToken')).toEqual([
      { clientID: CLIENT_ID, clientSecret: CLIENT_SECRET, grantType: 'client_credentials' },
    ]);
    const token = [...h.state.tokens.keys()][0]!;
    const calls = h.server.requests.filter((r) => !r.path.endsWith('/getToken'));
    expect(calls.map((r) => r.headers['authorization'])).toEqual([
      `Bearer ${token}`,
      `Bearer ${token}`,
      `Bearer ${token}`,
    ]);
    await h.client.offers.listCustomFields();
    expect(tokenRequests()).toHaveLength(1); // cached
    expect(h.state.tokensIssued).toBe(1);
  });

  it('a refused token is dropped, a fresh one fetched, and the call replayed once', async () => {
    await h.client.offers.listCustomFields();
    h.state.revokeTokens();
    await expect(h.client.offers.listCustomFields()).resolves.toMatchObject({ social: expect.any(Array) });
    expect(tokenRequests()).toHaveLength(2);
    expect(h.state.tokensIssued).toBe(2);
    expect(h.server.requests.filter((r) => r.path.endsWith('/custom_fields'))).toHaveLength(3);
  });

  it('a token refused again after the refresh is an AuthenticationError naming clientId, after exactly one replay', async () => {
    await h.client.offers.listCustomFields();
    refuseEveryToken();
    const error = (await h.client.offers.listCustomFields().catch((e: unknown) => e)) as APIError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toMatch(/check `clientId` and `clientSecret`/);
    expect(error.details).toMatchObject({ setting: 'clientId' });
    expect(h.server.requests.filter((r) => r.path.endsWith('/custom_fields'))).toHaveLength(3);
  });

  it('an unknown client (HTTP 200, code 110020 unauthorized_client) is an AuthenticationError naming clientId, sent once', async () => {
    const client = new MokaClient({
      clientId: 'who',
      clientSecret: CLIENT_SECRET,
      baseUrl: h.baseUrl,
      maxRetries: 3,
      logLevel: 'off',
    });
    const error = (await client.offers.listCustomFields().catch((e: unknown) => e)) as APIError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.code).toBe(110020);
    expect(error.vendorMessage).toBe('unauthorized_client');
    expect(error.message).toMatch(/check `clientId` and `clientSecret`/);
    expect(tokenRequests()).toHaveLength(1);
    expect(h.server.requests).toHaveLength(1); // the business call never left
  });

  it('neither the client secret nor the access token appears in errors or logs', async () => {
    const { logger, lines } = captureLogger();
    const client = new MokaClient({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      baseUrl: h.baseUrl,
      logger,
      logLevel: 'debug',
    });
    await client.offers.listCustomFields();
    const token = [...h.state.tokens.keys()][0]!;
    refuseEveryToken();
    const error = await client.offers.listCustomFields().catch((e: unknown) => e);
    const text = `${String(error)}\n${JSON.stringify(error)}\n${inspect(error, { depth: 10 })}\n${JSON.stringify(lines)}`;
    expect(text).not.toContain(CLIENT_SECRET);
    expect(text).not.toContain(token);
  });

  it('takes either apiKey or clientId + clientSecret, never both, never half', () => {
    expect(() => new MokaClient({ apiKey: 'k', clientId: 'c', clientSecret: 's' } as never)).toThrow(HRError);
    expect(() => new MokaClient({ clientId: 'c' } as never)).toThrow(/clientId` \+ `clientSecret/);
    expect(() => new MokaClient({} as never)).toThrow(/apiKey/);
  });
});
