import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionError, HRError, type StoredToken, type TokenStore } from '@hr/core';
import { TokenProviderAuth } from '@hr/core/internal';
import { FeishuCoreHRClient } from '@hr/feishu-corehr';
import { MokaClient } from '@hr/moka';
import { rejectionOf } from './support/capture.js';
import { CREDENTIALS, type FeishuRig, type MokaRig, startFeishu, startMoka } from './support/rigs.js';

/**
 * Attack: a token endpoint (or anyone in the path of an `http:` base URL, or anyone who can write to
 * the shared token store) hands out a token that cannot be sent in a header: CR/LF, characters
 * outside Latin-1, nothing at all. Such a token must never be cached: the fetch that received it fails
 * with a typed error, the next call fetches afresh, and one found in a shared store is thrown away.
 */

/** Tokens no HTTP header can carry as they are. */
const UNSENDABLE = [
  ['CR/LF', 't-poisoned\r\nx-injected: 1'],
  ['a lone LF', 't-poisoned\nrest'],
  ['NUL', 't-poisoned\u0000rest'],
  ['non-Latin-1', 't-令牌-poisoned'],
  ['only spaces', '   '],
] as const;

let feishu: FeishuRig;
let moka: MokaRig;
beforeAll(async () => {
  [feishu, moka] = await Promise.all([startFeishu(), startMoka()]);
});
afterEach(() => {
  feishu.reset();
  moka.reset();
});
afterAll(() => Promise.all([feishu.close(), moka.close()]));

const FEISHU_TOKEN_PATH = '/open-apis/auth/v3/tenant_access_token/internal';
const feishuTokenFetches = () => feishu.server.requests.filter((r) => r.path === FEISHU_TOKEN_PATH).length;
const feishuReads = () => feishu.server.requests.filter((r) => r.path.includes('/corehr/'));

/** The Feishu token endpoint answers `token` once, then the sandbox answers as usual. */
function feishuAnswersOnce(token: string) {
  feishu.server.use(
    http.post(
      `*${FEISHU_TOKEN_PATH}`,
      () => HttpResponse.json({ code: 0, msg: 'ok', tenant_access_token: token, expire: 7200 }),
      { once: true },
    ),
  );
}

/** A TokenStore in a Map, standing for any shared store (Redis, a database) another process can write to. */
class MapTokenStore implements TokenStore {
  readonly tokens = new Map<string, StoredToken>();
  async get(key: string) {
    return this.tokens.get(key);
  }
  async set(key: string, token: StoredToken) {
    this.tokens.set(key, token);
  }
  async delete(key: string, onlyIfValue?: string) {
    if (onlyIfValue === undefined || this.tokens.get(key)?.value === onlyIfValue) this.tokens.delete(key);
  }
}

/** Whether a value can go into an HTTP header as it is (what undici accepts). */
const sendable = (value: string) => value.trim() !== '' && !/[^\t\x20-\x7e\x80-\xff]/.test(value);

describe('a token that cannot be sent is refused where it arrives, never cached', () => {
  it.each(UNSENDABLE)(
    'a Feishu tenant token with %s from the token endpoint is not cached: a typed error, then a fresh fetch',
    async (_what, token) => {
      feishuAnswersOnce(token);
      const client = feishu.client();
      const error = await rejectionOf(client.preHires.list({ page_size: 1 }));
      expect(HRError.isInstance(error)).toBe(true);
      // Not a connection error (retried, never fixed): the token fetch itself failed.
      expect(ConnectionError.isInstance(error)).toBe(false);
      expect((error as Error).message).toMatch(/token/i);
      expect((error as Error).message).not.toContain(token.trim() || '\u0000never');
      expect(feishuReads()).toHaveLength(0);
      // The next call fetches a fresh token instead of reusing the poisoned one.
      const page = await client.preHires.list({ page_size: 1 });
      expect(page.items).toBeDefined();
      expect(feishuTokenFetches()).toBe(2);
    },
  );

  it('a Moka OAuth2 access token with CR/LF is not cached: a typed error, then a fresh fetch', async () => {
    const [clientId, clientSecret] = [...moka.state.oauthClients.entries()][0]!;
    moka.server.use(
      http.post(
        '*/v1/auth/oauth2/getToken',
        () =>
          HttpResponse.json({
            code: 0,
            msg: '成功',
            data: { accessToken: 'poisoned\r\nx-injected: 1', expiresIn: 7200, tokenType: 'Bearer' },
          }),
        { once: true },
      ),
    );
    moka.state.seedCandidates(2, 'offer');
    const client = new MokaClient({
      clientId,
      clientSecret,
      baseUrl: `${moka.server.url}/api-platform/v1`,
      maxRetries: 0,
      logLevel: 'off',
    });
    const error = await rejectionOf(client.candidates.list({ stage: 'offer' }));
    expect(HRError.isInstance(error)).toBe(true);
    expect(ConnectionError.isInstance(error)).toBe(false);
    expect(moka.server.requests.filter((r) => r.path.includes('/data/'))).toHaveLength(0);
    const page = await client.candidates.list({ stage: 'offer' });
    expect(page.items).toHaveLength(2);
    expect(moka.server.requests.filter((r) => r.path.endsWith('/oauth2/getToken'))).toHaveLength(2);
  });

  it.each(UNSENDABLE)(
    'any TokenProviderAuth user: a fetched token with %s is refused and fetched afresh',
    async (_what, token) => {
      const fetched = [token, 'good-token-123'];
      let calls = 0;
      const store = new MapTokenStore();
      const auth = new TokenProviderAuth({
        key: 'any:vendor',
        store,
        fetchToken: async () => ({ token: fetched[calls++]!, expiresIn: 3600 }),
      });
      const error = await rejectionOf(auth.authorize({ headers: {} }));
      expect(HRError.isInstance(error)).toBe(true);
      expect(store.tokens.size).toBe(0);
      const headers: Record<string, string> = {};
      await auth.authorize({ headers });
      expect(headers['authorization']).toBe('Bearer good-token-123');
      expect(calls).toBe(2);
    },
  );

  it('an empty token from a token source is refused, not cached', async () => {
    let calls = 0;
    const auth = new TokenProviderAuth({
      key: 'any:vendor',
      fetchToken: async () => ({ token: calls++ === 0 ? '' : 'good-token-456', expiresIn: 3600 }),
    });
    expect(HRError.isInstance(await rejectionOf(auth.authorize({ headers: {} })))).toBe(true);
    const headers: Record<string, string> = {};
    await auth.authorize({ headers });
    expect(headers['authorization']).toBe('Bearer good-token-456');
  });
});

describe('a poisoned token in the shared store is discarded and fetched afresh', () => {
  it.each(UNSENDABLE)('Feishu: a token with %s planted in the shared TokenStore', async (_what, token) => {
    const store = new MapTokenStore();
    const options = { tokenStore: store } as never;
    // One process fetches a token into the shared store; someone overwrites it with a poisoned one.
    await feishu.client(options).preHires.list({ page_size: 1 });
    expect(store.tokens.size).toBe(1);
    const [key, good] = [...store.tokens.entries()][0]!;
    store.tokens.set(key, { value: token, expiresAt: good.expiresAt });
    // Another process sharing the store: its calls succeed with a freshly fetched token.
    const other = new FeishuCoreHRClient({
      ...CREDENTIALS.feishu,
      baseUrl: feishu.server.url,
      maxRetries: 0,
      logLevel: 'off',
      tokenStore: store,
    });
    await other.preHires.list({ page_size: 1 });
    await other.preHires.list({ page_size: 1 });
    expect(feishuTokenFetches()).toBe(2);
    const stored = store.tokens.get(key)!;
    expect(sendable(stored.value)).toBe(true);
    expect(stored.value).not.toBe(token);
    for (const request of feishuReads()) expect(request.headers['authorization']).not.toContain('poisoned');
  });

  it('a store that keeps handing back the poisoned token never makes a call send it', async () => {
    // A broken shared store: deletes are ignored, so the poisoned token keeps coming back.
    const store = new MapTokenStore();
    store.delete = async () => undefined;
    const auth = new TokenProviderAuth({
      key: 'any:vendor',
      store,
      fetchToken: async () => ({ token: 'fresh-token-789', expiresIn: 3600 }),
    });
    await store.set('any:vendor', { value: 'poisoned\r\nx', expiresAt: Date.now() + 3_600_000 });
    const headers: Record<string, string> = {};
    await auth.authorize({ headers });
    expect(headers['authorization']).toBe('Bearer fresh-token-789');
  });
});
