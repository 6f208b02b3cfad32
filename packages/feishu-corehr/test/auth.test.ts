import { http } from 'msw';
import { afterEach, describe, expect, test } from 'vitest';
import { AuthenticationError, FeishuCoreHRClient, InMemoryTokenStore, type TokenStore } from '../src/index.js';
import { feishuError, startFeishuSandbox } from '../src/testing.js';
import {
  APP_ID,
  APP_SECRET,
  type Harness,
  LIST_PATH,
  TOKEN_PATH,
  bearerOf,
  rejectionOf,
  requestsTo,
  startHarness,
} from './setup.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('tenant_access_token', () => {
  test('is fetched with app_id and app_secret and sent as a Bearer token', async () => {
    harness = await startHarness();
    await harness.client.preHires.list({ page_size: 5 });
    const [tokenCall, listCall] = harness.server.requests;
    expect(tokenCall!.method).toBe('POST');
    expect(tokenCall!.path).toBe(TOKEN_PATH);
    expect(JSON.parse(tokenCall!.body)).toEqual({ app_id: APP_ID, app_secret: APP_SECRET });
    expect(tokenCall!.headers['authorization']).toBeUndefined();
    expect(listCall!.path).toBe(LIST_PATH);
    expect(harness.state.tokenStatus(bearerOf(listCall!.headers))).toBe('valid');
  });

  test('50 concurrent cold calls share one token fetch', async () => {
    harness = await startHarness();
    await Promise.all(Array.from({ length: 50 }, () => harness!.client.preHires.list({ page_size: 1 })));
    expect(harness.state.tokenFetches).toBe(1);
    expect(requestsTo(harness.server, TOKEN_PATH)).toHaveLength(1);
    const tokens = new Set(requestsTo(harness.server, LIST_PATH).map((r) => bearerOf(r.headers)));
    expect(tokens.size).toBe(1);
  });

  test('is cached across calls while fresh', async () => {
    harness = await startHarness();
    await harness.client.preHires.list();
    await harness.client.preHires.list();
    await harness.client.preHires.patch('7140964208476371', {
      onboarding_status: { enum_name: 'preboarding' },
      worker_id: '9000001',
    });
    expect(harness.state.tokenFetches).toBe(1);
  });

  test('is refreshed ahead of its returned expire (never assumed to be 7200 s)', async () => {
    harness = await startHarness({}, { tokenLifetimeSeconds: 1 });
    await harness.client.preHires.list();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await harness.client.preHires.list();
    expect(harness.state.tokenFetches).toBe(2);
    const [first, second] = requestsTo(harness.server, LIST_PATH).map((r) => bearerOf(r.headers));
    expect(second).not.toBe(first);
    // No call was ever refused: the token was replaced before Feishu saw it expire.
    expect(requestsTo(harness.server, LIST_PATH)).toHaveLength(2);
  });

  test('expiring in the middle of a listing: refreshed, the page replayed once with the new token, no item lost', async () => {
    let clock = Date.now();
    harness = await startHarness({}, { now: () => clock });
    const seen: string[] = [];
    for await (const preHire of harness.client.preHires.list({ page_size: 10 })) {
      seen.push(String(preHire.id));
      if (seen.length === 10) clock += 7201 * 1000; // the sandbox's token expires before page 2
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    const pages = requestsTo(harness.server, LIST_PATH);
    expect(pages).toHaveLength(4); // page 1, page 2 refused (99991677), page 2 replayed, page 3
    expect(pages[2]!.query['page_token']).toBe(pages[1]!.query['page_token']);
    expect(bearerOf(pages[1]!.headers)).toBe(bearerOf(pages[0]!.headers));
    expect(bearerOf(pages[2]!.headers)).not.toBe(bearerOf(pages[1]!.headers));
    expect(harness.state.tokenStatus(bearerOf(pages[2]!.headers))).toBe('valid');
    expect(bearerOf(pages[3]!.headers)).toBe(bearerOf(pages[2]!.headers));
    expect(harness.state.tokenFetches).toBe(2);
  });

  test('an invalid-token code (99991663) refreshes the token and replays once, with the NEW token', async () => {
    harness = await startHarness();
    await harness.client.preHires.list(); // caches a token
    harness.state.revokeTokens(); // Feishu no longer accepts it
    const page = await harness.client.preHires.list({ page_size: 2 });
    expect(page.items).toHaveLength(2);
    const calls = requestsTo(harness.server, LIST_PATH);
    expect(calls).toHaveLength(3);
    const [, refused, replayed] = calls.map((r) => bearerOf(r.headers));
    expect(replayed).not.toBe(refused);
    expect(harness.state.tokenStatus(replayed!)).toBe('valid');
    expect(harness.state.tokenFetches).toBe(2);
  });

  test.each([99991661, 99991663, 99991677])('code %i is recognised as an invalid token', async (code) => {
    harness = await startHarness();
    harness.server.use(http.get(`*${LIST_PATH}`, () => feishuError(code), { once: true }));
    await harness.client.preHires.list();
    expect(requestsTo(harness.server, LIST_PATH)).toHaveLength(2);
    expect(harness.state.tokenFetches).toBe(2);
  });

  test('a token refused again after the replay fails with AuthenticationError (one replay, no loop)', async () => {
    harness = await startHarness();
    harness.server.use(http.get(`*${LIST_PATH}`, () => feishuError(99991663)));
    const error = await rejectionOf(harness.client.preHires.list());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).code).toBe(99991663);
    expect(requestsTo(harness.server, LIST_PATH)).toHaveLength(2);
    expect(harness.state.tokenFetches).toBe(2);
  });

  test('wrong app credentials: AuthenticationError from the token endpoint, fetched once, nothing else sent', async () => {
    harness = await startHarness({ appSecret: 'wrong-secret-123456', maxRetries: 2 });
    const error = await rejectionOf(harness.client.preHires.list());
    expect(AuthenticationError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 10014, status: 400, operation: 'auth.tenantAccessToken' });
    expect(requestsTo(harness.server, TOKEN_PATH)).toHaveLength(1);
    expect(requestsTo(harness.server, LIST_PATH)).toHaveLength(0);
  });

  test('a token endpoint failing with 5xx is retried a bounded number of times, then AuthenticationError', async () => {
    harness = await startHarness({ maxRetries: 2 });
    harness.server.use(
      http.post(`*${TOKEN_PATH}`, () => feishuError(5000, { status: 503, msg: 'service unavailable' })),
    );
    const started = Date.now();
    const errors = await Promise.all(Array.from({ length: 5 }, () => rejectionOf(harness!.client.preHires.list())));
    for (const error of errors) expect(AuthenticationError.isInstance(error)).toBe(true);
    expect(requestsTo(harness.server, TOKEN_PATH)).toHaveLength(3); // shared by the 5 callers: 1 try + 2 retries
    expect(requestsTo(harness.server, LIST_PATH)).toHaveLength(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test('a token answer without tenant_access_token is an AuthenticationError, not a silent bad token', async () => {
    harness = await startHarness();
    harness.server.use(http.post(`*${TOKEN_PATH}`, () => Response.json({ code: 0, msg: 'ok' })));
    const error = await rejectionOf(harness.client.preHires.list());
    expect(AuthenticationError.isInstance(error)).toBe(true);
    expect(requestsTo(harness.server, LIST_PATH)).toHaveLength(0);
  });

  test('the token store is pluggable: two clients sharing a store fetch one token', async () => {
    harness = await startHarness();
    const writes: string[] = [];
    const inner = new InMemoryTokenStore();
    const store: TokenStore = {
      get: (key) => inner.get(key),
      set: async (key, token) => {
        writes.push(key);
        await inner.set(key, token);
      },
      delete: (key, value) => inner.delete(key, value),
    };
    const options = { appId: APP_ID, appSecret: APP_SECRET, baseUrl: harness.server.url, tokenStore: store };
    await new FeishuCoreHRClient(options).preHires.list();
    await new FeishuCoreHRClient(options).preHires.list();
    expect(harness.state.tokenFetches).toBe(1);
    expect(writes).toEqual([`feishu-corehr:${harness.server.url}:${APP_ID}`]);
    expect(writes[0]).not.toContain(APP_SECRET);
  });

  test('a static tenantAccessToken is sent as is, and no token is fetched', async () => {
    const sandbox = await startFeishuSandbox();
    try {
      const { token } = sandbox.state.issueToken();
      const client = new FeishuCoreHRClient({ tenantAccessToken: token, baseUrl: sandbox.baseUrl });
      const page = await client.preHires.list({ page_size: 3 });
      expect(page.items).toHaveLength(3);
      expect(requestsTo(sandbox.server, TOKEN_PATH)).toHaveLength(0);
      expect(bearerOf(sandbox.server.requests[0]!.headers)).toBe(token);
    } finally {
      await sandbox.close();
    }
  });
});

describe('client construction', () => {
  test('defaults to open.feishu.cn; domain "lark" selects open.larksuite.com; baseUrl wins', () => {
    expect(new FeishuCoreHRClient({ appId: APP_ID, appSecret: APP_SECRET }).baseUrl).toBe('https://open.feishu.cn');
    expect(new FeishuCoreHRClient({ appId: APP_ID, appSecret: APP_SECRET, domain: 'lark' }).baseUrl).toBe(
      'https://open.larksuite.com',
    );
    expect(
      new FeishuCoreHRClient({ tenantAccessToken: 't-abc', domain: 'lark', baseUrl: 'http://127.0.0.1:1' }).baseUrl,
    ).toBe('http://127.0.0.1:1');
  });

  test('refuses missing or mixed credentials, without echoing the secret', () => {
    expect(() => new FeishuCoreHRClient({ appId: APP_ID } as never)).toThrow(/needs `appSecret` with `appId`/);
    expect(() => new FeishuCoreHRClient({ appSecret: APP_SECRET } as never)).toThrow(/needs `appId` with `appSecret`/);
    expect(() => new FeishuCoreHRClient({} as never)).toThrow(/`appId` \+ `appSecret`.*or a `tenantAccessToken`/);
    let message = '';
    try {
      new FeishuCoreHRClient({ appId: APP_ID, appSecret: APP_SECRET, tenantAccessToken: 't-x' } as never);
    } catch (error) {
      message = String(error);
    }
    expect(message).toMatch(/not both/);
    expect(message).not.toContain(APP_SECRET);
  });
});
