import { http, HttpResponse } from 'msw';
import { jwtVerify } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AbortError, AuthenticationError, InMemoryTokenStore } from '../src/index.js';
import { ApiKeyAuth, BearerAuth, JwtAuth, TokenProviderAuth, type FetchedToken } from '../src/internal.js';
import { serveHandlers, type SandboxServer } from '../src/testing.js';
import { getItem, TestClient } from './helpers.js';

let server: SandboxServer;
let validToken = 'token-1-abcdef';
beforeAll(async () => {
  server = await serveHandlers([
    http.get('*/items/:id', ({ request }) =>
      request.headers.get('authorization') === `Bearer ${validToken}` ||
      request.headers.get('x-api-key') === 'key-abcdef'
        ? HttpResponse.json({ ok: true, data: { id: 1, name: 'n' } })
        : HttpResponse.json({ ok: false, error: { code: 99991663, message: 'token invalid' } }, { status: 401 }),
    ),
  ]);
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function countingProvider(tokens: string[], expiresIn = 7200, delayMs = 20) {
  let calls = 0;
  const fetchToken = async (): Promise<FetchedToken> => {
    const token = tokens[Math.min(calls, tokens.length - 1)]!;
    calls++;
    await new Promise((r) => setTimeout(r, delayMs));
    return { token, expiresIn };
  };
  return { fetchToken, calls: () => calls };
}

describe('auth strategies', () => {
  it('sends an API key header and a static bearer token', async () => {
    await new TestClient({
      baseUrl: server.url,
      auth: new ApiKeyAuth({ header: 'X-Api-Key', value: 'key-abcdef' }),
    }).request(getItem, { path: { id: '1' } });
    expect(server.requests[0]!.headers['x-api-key']).toBe('key-abcdef');
    validToken = 'static-token-xyz';
    await new TestClient({ baseUrl: server.url, auth: new BearerAuth({ token: 'static-token-xyz' }) }).request(
      getItem,
      { path: { id: '1' } },
    );
    expect(server.requests[1]!.headers['authorization']).toBe('Bearer static-token-xyz');
  });

  it('fetches one token for 50 concurrent cold calls', async () => {
    validToken = 'token-1-abcdef';
    const provider = countingProvider(['token-1-abcdef']);
    const client = new TestClient({
      baseUrl: server.url,
      auth: new TokenProviderAuth({ key: 'k', fetchToken: provider.fetchToken }),
    });
    await Promise.all(Array.from({ length: 50 }, () => client.request(getItem, { path: { id: '1' } })));
    expect(provider.calls()).toBe(1);
    expect(server.requests.every((r) => r.headers['authorization'] === 'Bearer token-1-abcdef')).toBe(true);
  });

  it('refreshes ahead of expiry, from the lifetime the vendor returned', async () => {
    let now = 1_000_000;
    const provider = countingProvider(['token-1-abcdef', 'token-2-abcdef'], 100);
    const auth = new TokenProviderAuth({ key: 'k', fetchToken: provider.fetchToken, now: () => now });
    expect(await auth.getToken()).toBe('token-1-abcdef');
    now += 85_000; // 100 s lifetime, 10 s margin: still fresh
    expect(await auth.getToken()).toBe('token-1-abcdef');
    now += 6_000; // inside the margin: refreshed before it expires
    expect(await auth.getToken()).toBe('token-2-abcdef');
    expect(provider.calls()).toBe(2);
  });

  it('on an invalid-token answer, drops the token, fetches a new one and replays once', async () => {
    validToken = 'token-2-abcdef';
    const provider = countingProvider(['token-1-abcdef', 'token-2-abcdef']);
    const client = new TestClient({
      baseUrl: server.url,
      auth: new TokenProviderAuth({ key: 'k', fetchToken: provider.fetchToken }),
      classify: (f) => ({ ...f, invalidToken: f.code === 99991663 }),
    });
    await expect(client.request(getItem, { path: { id: '1' } })).resolves.toEqual({ id: 1, name: 'n' });
    expect(server.requests.map((r) => r.headers['authorization'])).toEqual([
      'Bearer token-1-abcdef',
      'Bearer token-2-abcdef',
    ]);
    expect(provider.calls()).toBe(2);
  });

  it('replays only once: a token that stays invalid surfaces as an AuthenticationError', async () => {
    validToken = 'never-valid';
    const provider = countingProvider(['token-1-abcdef', 'token-2-abcdef', 'token-3-abcdef']);
    const client = new TestClient({
      baseUrl: server.url,
      auth: new TokenProviderAuth({ key: 'k', fetchToken: provider.fetchToken }),
      classify: (f) => ({ ...f, invalidToken: f.code === 99991663 }),
    });
    await expect(client.request(getItem, { path: { id: '1' } })).rejects.toBeInstanceOf(AuthenticationError);
    expect(server.requests).toHaveLength(2);
    expect(provider.calls()).toBe(2);
  });

  it('a failing token fetch rejects every waiting caller once, without looping, and the next call tries again', async () => {
    let calls = 0;
    const auth = new TokenProviderAuth({
      key: 'k',
      fetchToken: async () => {
        calls++;
        await new Promise((r) => setTimeout(r, 10));
        throw new AuthenticationError({
          vendor: 'test',
          status: 400,
          message: 'app secret invalid',
          headers: {},
          rawBody: '',
        });
      },
    });
    const client = new TestClient({ baseUrl: server.url, auth });
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => client.request(getItem, { path: { id: '1' } })),
    );
    expect(results.every((r) => r.status === 'rejected' && r.reason instanceof AuthenticationError)).toBe(true);
    expect(calls).toBe(1);
    expect(server.requests).toHaveLength(0);
    await expect(client.request(getItem, { path: { id: '1' } })).rejects.toBeInstanceOf(AuthenticationError);
    expect(calls).toBe(2);
  });

  it('one caller aborting while the token is fetched does not fail the others', async () => {
    validToken = 'token-1-abcdef';
    const provider = countingProvider(['token-1-abcdef'], 7200, 100);
    const client = new TestClient({
      baseUrl: server.url,
      auth: new TokenProviderAuth({ key: 'k', fetchToken: provider.fetchToken }),
    });
    const controller = new AbortController();
    const impatient = client.request(getItem, { path: { id: '1' } }, { signal: controller.signal });
    const patient = client.request(getItem, { path: { id: '2' } });
    setTimeout(() => controller.abort(), 20);
    await expect(impatient).rejects.toBeInstanceOf(AbortError);
    await expect(patient).resolves.toEqual({ id: 1, name: 'n' });
    expect(provider.calls()).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it('keeps tokens in a pluggable store, so two clients can share one token', async () => {
    validToken = 'shared-token-1';
    const store = new InMemoryTokenStore();
    const provider = countingProvider(['shared-token-1']);
    const a = new TestClient({
      baseUrl: server.url,
      auth: new TokenProviderAuth({ key: 'app', fetchToken: provider.fetchToken, store }),
    });
    const b = new TestClient({
      baseUrl: server.url,
      auth: new TokenProviderAuth({ key: 'app', fetchToken: provider.fetchToken, store }),
    });
    await a.request(getItem, { path: { id: '1' } });
    await b.request(getItem, { path: { id: '1' } });
    expect(provider.calls()).toBe(1);
    expect((await store.get('app'))?.value).toBe('shared-token-1');
  });

  it('mints HS256 JWTs with the claims and lifetime, and re-mints before expiry', async () => {
    let now = Date.parse('2026-03-01T00:00:00Z');
    const secret = 'partner-secret-0123456789';
    const auth = new JwtAuth({ secret, claims: { iss: 'customer-api-key' }, lifetimeSeconds: 600, now: () => now });
    const first = await auth.getToken();
    const { payload, protectedHeader } = await jwtVerify(first, new TextEncoder().encode(secret), {
      currentDate: new Date(now),
    });
    expect(protectedHeader.alg).toBe('HS256');
    expect(payload.iss).toBe('customer-api-key');
    expect(payload.exp! - payload.iat!).toBe(600);
    expect(payload.iat).toBe(now / 1000);
    now += 500_000;
    expect(await auth.getToken()).toBe(first);
    now += 50_000; // within 60 s of expiry
    const second = await auth.getToken();
    expect(second).not.toBe(first);
    await expect(jwtVerify(second, new TextEncoder().encode('wrong-secret'))).rejects.toThrow();
  });

  it('mints once for many concurrent callers', async () => {
    let tick = 0;
    const minted: string[] = [];
    // The clock moves a second per reading: a mint per caller would give each its own iat and token.
    const auth = new JwtAuth({
      secret: 'partner-secret-0123456789',
      claims: { iss: 'k' },
      now: () => Date.parse('2026-03-01T00:00:00Z') + 1000 * tick++,
    });
    auth.onSecret((secret) => minted.push(secret));
    const tokens = await Promise.all(Array.from({ length: 50 }, () => auth.getToken()));
    expect(new Set(tokens).size).toBe(1);
    expect(minted).toHaveLength(2); // the partner secret, then the one token
  });
});

describe('token store', () => {
  it('drops a rejected token only if it is still the cached one', async () => {
    const store = new InMemoryTokenStore();
    await store.set('k', { value: 'fresh', expiresAt: Date.now() + 60_000 });
    await store.delete('k', 'stale');
    expect((await store.get('k'))?.value).toBe('fresh');
    await store.delete('k', 'fresh');
    expect(await store.get('k')).toBeUndefined();
  });

  it('lets a shared store run the refresh (one fetch across processes)', async () => {
    const refreshed: string[] = [];
    const inner = new InMemoryTokenStore();
    const store = {
      get: inner.get.bind(inner),
      set: inner.set.bind(inner),
      delete: inner.delete.bind(inner),
      // Simulates another process having refreshed already: the fetch is skipped.
      async refresh(
        key: string,
        fetch: () => Promise<{ value: string; expiresAt: number }>,
        isUsable: (t: { value: string; expiresAt: number }) => boolean,
      ) {
        refreshed.push(key);
        const other = { value: 'from-other-process', expiresAt: Date.now() + 3_600_000 };
        if (isUsable(other)) return other;
        return fetch();
      },
    };
    let fetches = 0;
    const auth = new TokenProviderAuth({
      key: 'app',
      store,
      fetchToken: async () => (fetches++, { token: 'mine', expiresIn: 7200 }),
    });
    const seen: string[] = [];
    auth.onSecret((secret) => seen.push(secret));
    expect(await auth.getToken()).toBe('from-other-process');
    expect(seen).toEqual(['from-other-process']); // registered for redaction
    expect(refreshed).toEqual(['app']);
    expect(fetches).toBe(0);
  });
});
