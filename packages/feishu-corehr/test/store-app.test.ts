import type { RateLimiter } from '@hr/core';
import { http } from 'msw';
import { afterEach, describe, expect, test } from 'vitest';
import {
  AbortError,
  AppTicketUnavailableError,
  AuthenticationError,
  FeishuCoreHRClient,
  HRError,
  InMemoryTokenStore,
} from '../src/index.js';
import { APP_ID, APP_SECRET, LIST_PATH, bearerOf, rejectionOf, requestsTo } from './setup.js';
import {
  APP_TOKEN_PATH,
  RESEND_PATH,
  STORE_TENANT_TOKEN_PATH,
  type StoreAppHarness,
  TENANTS,
  startStoreAppHarness,
} from './store-app-setup.js';

let harness: StoreAppHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const fetches = (key: string) => harness!.state.isvTokenFetches.get(key) ?? 0;
/** The tenant of the token each list call carried. */
const tenantsOfListCalls = () =>
  requestsTo(harness!.server, LIST_PATH).map((r) => harness!.state.tenantOfToken.get(bearerOf(r.headers)));

describe('store app: app_ticket -> app_access_token -> tenant_access_token per tenant', () => {
  test('two tenants, 40 concurrent cold callers: one resend, one app token, one tenant token per tenant', async () => {
    harness = await startStoreAppHarness();
    const { client } = harness;
    const calls = Array.from({ length: 40 }, (_, i) => {
      const tenantKey = TENANTS[i % 2]!;
      // Half through a bound client, half through the per-call option.
      return i % 4 < 2
        ? client.forTenant(tenantKey).preHires.list({ page_size: 1 })
        : client.preHires.list({ page_size: 1 }, { tenantKey });
    });
    const pages = await Promise.all(calls);
    expect(pages.every((page) => page.items.length === 1)).toBe(true);
    expect(requestsTo(harness.server, RESEND_PATH)).toHaveLength(1);
    expect(requestsTo(harness.server, APP_TOKEN_PATH)).toHaveLength(1);
    expect(fetches('app_access_token')).toBe(1);
    expect(fetches('tenant_access_token:tenant-a')).toBe(1);
    expect(fetches('tenant_access_token:tenant-b')).toBe(1);
    expect(requestsTo(harness.server, STORE_TENANT_TOKEN_PATH)).toHaveLength(2);
    // Every call carried its own tenant's token.
    const sent = tenantsOfListCalls();
    expect(sent.filter((tenant) => tenant === 'tenant-a')).toHaveLength(20);
    expect(sent.filter((tenant) => tenant === 'tenant-b')).toHaveLength(20);
  });

  test('each request carries what the docs ask for, and the tokens are cached across calls', async () => {
    harness = await startStoreAppHarness();
    const tenantA = harness.client.forTenant('tenant-a');
    await tenantA.preHires.list({ page_size: 1 });
    await tenantA.preHires.list({ page_size: 1 });
    await harness.client.preHires.list({ page_size: 1 }, { tenantKey: 'tenant-a' });
    const [resend] = requestsTo(harness.server, RESEND_PATH);
    expect(JSON.parse(resend!.body)).toEqual({ app_id: APP_ID, app_secret: APP_SECRET });
    const [appToken] = requestsTo(harness.server, APP_TOKEN_PATH);
    expect(JSON.parse(appToken!.body)).toEqual({
      app_id: APP_ID,
      app_secret: APP_SECRET,
      app_ticket: harness.endpoint.received[0],
    });
    const [tenantToken] = requestsTo(harness.server, STORE_TENANT_TOKEN_PATH);
    const tenantBody = JSON.parse(tenantToken!.body) as { app_access_token: string; tenant_key: string };
    expect(tenantBody.tenant_key).toBe('tenant-a');
    expect(harness.state.appAccessTokens.has(tenantBody.app_access_token)).toBe(true);
    for (const request of [resend, appToken, tenantToken]) expect(request!.headers['authorization']).toBeUndefined();
    expect(fetches('tenant_access_token:tenant-a')).toBe(1);
    expect(tenantsOfListCalls()).toEqual(['tenant-a', 'tenant-a', 'tenant-a']);
  });

  test('forTenant returns one client per tenant, sharing the caches; tenantKey is readable', async () => {
    harness = await startStoreAppHarness();
    const a = harness.client.forTenant('tenant-a');
    expect(harness.client.forTenant('tenant-a')).toBe(a);
    expect(a.forTenant('tenant-b')).toBe(harness.client.forTenant('tenant-b'));
    expect(a.tenantKey).toBe('tenant-a');
    expect(harness.client.tenantKey).toBeUndefined();
    await a.preHires.list({ page_size: 1 });
    // A bound client can still act for another tenant per call.
    await a.preHires.list({ page_size: 1 }, { tenantKey: 'tenant-b' });
    expect(tenantsOfListCalls()).toEqual(['tenant-a', 'tenant-b']);
    expect(fetches('app_access_token')).toBe(1);
  });

  test('a client constructed with tenantKey acts for that tenant', async () => {
    harness = await startStoreAppHarness();
    const bound = harness.newClient({ tenantKey: 'tenant-b' });
    harness.endpoint.receiver = bound;
    expect(bound.forTenant('tenant-b')).toBe(bound);
    await bound.preHires.query({ pre_hire_ids: ['7140964208476371'] });
    expect(
      harness.state.tenantOfToken.get(bearerOf(requestsTo(harness.server, '/open-apis/corehr/v2')[0]!.headers)),
    ).toBe('tenant-b');
  });

  test('a ticket received beforehand (the hourly push) is used: no resend', async () => {
    harness = await startStoreAppHarness();
    await harness.state.pushAppTicket();
    await waitFor(() => harness!.endpoint.received.length === 1);
    await harness.client.forTenant('tenant-a').preHires.list({ page_size: 1 });
    expect(requestsTo(harness.server, RESEND_PATH)).toHaveLength(0);
    expect(JSON.parse(requestsTo(harness.server, APP_TOKEN_PATH)[0]!.body).app_ticket).toBe(harness.state.appTicket);
  });

  test('a ticket arriving late: the call asks for it, waits, then proceeds', async () => {
    harness = await startStoreAppHarness();
    harness.endpoint.delayMs = 400;
    const started = Date.now();
    const page = await harness.client.forTenant('tenant-a').preHires.list({ page_size: 1 });
    expect(page.items).toHaveLength(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(requestsTo(harness.server, RESEND_PATH)).toHaveLength(1);
    expect(requestsTo(harness.server, APP_TOKEN_PATH)).toHaveLength(1);
  });

  test('no ticket ever arrives: AppTicketUnavailableError after appTicketWait, no app token requested', async () => {
    harness = await startStoreAppHarness({ appTicketWait: 300 });
    harness.endpoint.receiver = undefined; // the endpoint drops the pushes
    const started = Date.now();
    const error = await rejectionOf(harness.client.forTenant('tenant-a').preHires.list());
    expect(AppTicketUnavailableError.isInstance(error)).toBe(true);
    expect((error as AppTicketUnavailableError).waitedMs).toBe(300);
    expect((error as Error).message).toContain('receiveAppTicket');
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(requestsTo(harness.server, APP_TOKEN_PATH)).toHaveLength(0);
    expect(requestsTo(harness.server, LIST_PATH)).toHaveLength(0);
  });

  test("a caller's abort ends its wait for the ticket at once; the shared fetch goes on for the others", async () => {
    harness = await startStoreAppHarness();
    harness.endpoint.delayMs = 500;
    const tenantA = harness.client.forTenant('tenant-a');
    const controller = new AbortController();
    const aborted = rejectionOf(tenantA.preHires.list({ page_size: 1 }, { signal: controller.signal }));
    const patient = tenantA.preHires.list({ page_size: 1 });
    await waitFor(() => requestsTo(harness!.server, RESEND_PATH).length === 1);
    const abortedAt = Date.now();
    controller.abort();
    const error = await aborted;
    expect(AbortError.isInstance(error)).toBe(true);
    expect(Date.now() - abortedAt).toBeLessThan(200);
    expect((await patient).items).toHaveLength(1);
    expect(requestsTo(harness.server, LIST_PATH)).toHaveLength(1);
    expect(fetches('app_access_token')).toBe(1);
  });

  test('a stale ticket: refused, a new one requested and awaited, the app token fetched with it (once)', async () => {
    harness = await startStoreAppHarness();
    await harness.client.receiveAppTicket({ app_id: APP_ID, app_ticket: 'ticket-stale-0123456789' });
    await harness.client.forTenant('tenant-a').preHires.list({ page_size: 1 });
    const appTokenCalls = requestsTo(harness.server, APP_TOKEN_PATH).map((r) => JSON.parse(r.body).app_ticket);
    expect(appTokenCalls).toEqual(['ticket-stale-0123456789', harness.state.appTicket]);
    expect(requestsTo(harness.server, RESEND_PATH)).toHaveLength(1);
    expect(fetches('app_access_token')).toBe(1);
  });

  test('a ticket refused again after the new one: AuthenticationError, no loop', async () => {
    harness = await startStoreAppHarness();
    harness.server.use(
      http.post(`*${APP_TOKEN_PATH}`, () => Response.json({ code: 10003, msg: 'invalid param' }, { status: 400 })),
    );
    const error = await rejectionOf(harness.client.forTenant('tenant-a').preHires.list());
    expect(AuthenticationError.isInstance(error)).toBe(true);
    expect((error as AuthenticationError).code).toBe(10003);
    expect(requestsTo(harness.server, APP_TOKEN_PATH)).toHaveLength(2);
    expect(requestsTo(harness.server, RESEND_PATH)).toHaveLength(2);
  });

  test('wrong app secret: the resend is refused and nothing else is sent', async () => {
    harness = await startStoreAppHarness({ appSecret: 'wrong-store-secret-777', maxRetries: 2 });
    const error = await rejectionOf(harness.client.forTenant('tenant-a').preHires.list());
    expect(AuthenticationError.isInstance(error) || (error as { code?: unknown }).code === 10014).toBe(true);
    expect((error as { code?: unknown }).code).toBe(10014);
    expect(requestsTo(harness.server, APP_TOKEN_PATH)).toHaveLength(0);
    expect(requestsTo(harness.server, LIST_PATH)).toHaveLength(0);
  });

  test("an invalid tenant token (99991663): that tenant's token is refreshed and the call replayed once", async () => {
    harness = await startStoreAppHarness();
    const [a, b] = TENANTS.map((tenant) => harness!.client.forTenant(tenant));
    await Promise.all([a!.preHires.list({ page_size: 1 }), b!.preHires.list({ page_size: 1 })]);
    const first = bearerOf(requestsTo(harness.server, LIST_PATH)[0]!.headers);
    harness.state.tokens.delete(first); // Feishu no longer accepts tenant-a's... or tenant-b's first token
    const refusedTenant = harness.state.tenantOfToken.get(first)!;
    const page = await harness.client.forTenant(refusedTenant).preHires.list({ page_size: 2 });
    expect(page.items).toHaveLength(2);
    const [, , refused, replayed] = requestsTo(harness.server, LIST_PATH).map((r) => bearerOf(r.headers));
    expect(refused).toBe(first);
    expect(replayed).not.toBe(first);
    expect(harness.state.tenantOfToken.get(replayed!)).toBe(refusedTenant);
    expect(fetches(`tenant_access_token:${refusedTenant}`)).toBe(2);
    // The other tenant's token and the app token were left alone.
    const other = TENANTS.find((tenant) => tenant !== refusedTenant)!;
    expect(fetches(`tenant_access_token:${other}`)).toBe(1);
    expect(fetches('app_access_token')).toBe(1);
  });

  test('an app token Feishu no longer accepts: dropped, fetched again once, the tenant token then issued', async () => {
    harness = await startStoreAppHarness();
    await harness.client.forTenant('tenant-a').preHires.list({ page_size: 1 });
    harness.state.appAccessTokens.clear(); // revoked before its expire
    await harness.client.forTenant('tenant-b').preHires.list({ page_size: 1 });
    expect(fetches('app_access_token')).toBe(2);
    expect(requestsTo(harness.server, STORE_TENANT_TOKEN_PATH)).toHaveLength(3); // a, b refused, b
    expect(tenantsOfListCalls()).toEqual(['tenant-a', 'tenant-b']);
  });

  test('an unknown tenant: the app token is retried once, then AuthenticationError', async () => {
    harness = await startStoreAppHarness();
    const error = await rejectionOf(harness.client.preHires.list({}, { tenantKey: 'tenant-unknown' }));
    expect(AuthenticationError.isInstance(error)).toBe(true);
    expect(requestsTo(harness.server, STORE_TENANT_TOKEN_PATH)).toHaveLength(2);
    expect(requestsTo(harness.server, LIST_PATH)).toHaveLength(0);
  });

  test('tokens are refreshed ahead of the expire Feishu returned', async () => {
    harness = await startStoreAppHarness({}, { tokenLifetimeSeconds: 1 });
    const a = harness.client.forTenant('tenant-a');
    await a.preHires.list({ page_size: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await a.preHires.list({ page_size: 1 });
    expect(fetches('app_access_token')).toBe(2);
    expect(fetches('tenant_access_token:tenant-a')).toBe(2);
    expect(requestsTo(harness.server, LIST_PATH)).toHaveLength(2); // never refused
    expect(requestsTo(harness.server, RESEND_PATH)).toHaveLength(1); // the ticket is still valid
  });

  test('two clients sharing a token store (two processes): one receives the ticket, the other uses it', async () => {
    const store = new InMemoryTokenStore();
    harness = await startStoreAppHarness({ tokenStore: store });
    const worker = harness.newClient(); // its own StoreAppAuth, same store
    await worker.forTenant('tenant-a').preHires.list({ page_size: 1 });
    // The worker asked for the ticket; the endpoint's client stored it; the worker read it from the store.
    expect(harness.endpoint.received).toHaveLength(1);
    expect(requestsTo(harness.server, RESEND_PATH)).toHaveLength(1);
    await harness.client.forTenant('tenant-a').preHires.list({ page_size: 1 });
    expect(fetches('app_access_token')).toBe(1);
    expect(fetches('tenant_access_token:tenant-a')).toBe(1);
  });
});

describe('store app: rate limits per tenant (Feishu limits each API per app and per tenant)', () => {
  test('a shared limiter counts each tenant under its own keys', async () => {
    const keys: string[] = [];
    const limiter: RateLimiter = { acquire: async (key) => void keys.push(key) };
    harness = await startStoreAppHarness({ rateLimit: { limiter } });
    await harness.client.forTenant('tenant-a').preHires.list({ page_size: 1 });
    await harness.client.preHires.list({ page_size: 1 }, { tenantKey: 'tenant-b' });
    expect(keys).toEqual([
      'feishu-corehr:preHires.list:tenant:tenant-a',
      'feishu-corehr:preHires.list:tenant:tenant-b',
    ]);
  });

  test("the default limiter: one tenant's budget does not slow another tenant down", async () => {
    harness = await startStoreAppHarness({ rateLimit: { limits: { 'preHires.list': ['1/s'] } } });
    const [a, b] = TENANTS.map((tenant) => harness!.client.forTenant(tenant));
    // Tokens first (through another, unlimited operation), so only the limiter is timed.
    await Promise.all([a!, b!].map((client) => client.preHires.query({ pre_hire_ids: ['7140964208476371'] })));
    const both = Date.now();
    await Promise.all([a!.preHires.list({ page_size: 1 }), b!.preHires.list({ page_size: 1 })]);
    expect(Date.now() - both).toBeLessThan(700); // one shared 1/s budget would have made one of them wait
    const started = Date.now();
    await b!.preHires.list({ page_size: 1 }, { tenantKey: 'tenant-a' }); // tenant-a's second call waits
    expect(Date.now() - started).toBeGreaterThanOrEqual(700);
  });
});

describe('store app: a call without a tenant is refused before sending', () => {
  test('no tenant', async () => {
    harness = await startStoreAppHarness();
    const error = await rejectionOf(harness.client.preHires.list());
    expect(HRError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('forTenant(tenantKey)');
    expect(await rejectionOf(harness.client.preHires.complete('7140964208476371'))).toBeInstanceOf(HRError);
    expect(harness.server.requests).toHaveLength(0);
  });

  test('an empty tenantKey, per call or to forTenant', async () => {
    harness = await startStoreAppHarness();
    const error = await rejectionOf(harness.client.preHires.list({}, { tenantKey: '' }));
    expect((error as Error).message).toContain('tenantKey must be a non-empty string');
    expect(() => harness!.client.forTenant(' ')).toThrow(/tenantKey must be a non-empty string/);
    expect(() => harness!.newClient({ tenantKey: '' })).toThrow(/tenantKey must be a non-empty string/);
    expect(harness.server.requests).toHaveLength(0);
  });

  test('a custom app or a static token refuses tenantKey, forTenant and receiveAppTicket', async () => {
    harness = await startStoreAppHarness();
    const custom = new FeishuCoreHRClient({ appId: APP_ID, appSecret: APP_SECRET, baseUrl: harness.server.url });
    const error = await rejectionOf(custom.preHires.list({}, { tenantKey: 'tenant-a' }));
    expect((error as Error).message).toContain("is for store apps (appType: 'store')");
    expect(() => custom.forTenant('tenant-a')).toThrow(/is for store apps/);
    await expect(custom.receiveAppTicket({ app_ticket: 'ticket-0123456789' })).rejects.toThrow(/is for store apps/);
    const staticToken = new FeishuCoreHRClient({ tenantAccessToken: 't-0123456789', baseUrl: harness.server.url });
    expect(() => staticToken.forTenant('tenant-a')).toThrow(/is for store apps/);
    expect(harness.server.requests).toHaveLength(0);
  });

  test('options are checked at construction', () => {
    const store = { appType: 'store', appId: APP_ID, appSecret: APP_SECRET } as const;
    expect(() => new FeishuCoreHRClient({ ...store, appSecret: '' })).toThrow(/needs `appId` and `appSecret`/);
    expect(() => new FeishuCoreHRClient({ ...store, appTicketWait: 0 })).toThrow(/appTicketWait/);
    // @ts-expect-error -- a static token is not a store app's credential
    expect(() => new FeishuCoreHRClient({ ...store, tenantAccessToken: 't-1' })).toThrow(/tenantAccessToken/);
    // @ts-expect-error -- tenantKey is for store apps
    expect(() => new FeishuCoreHRClient({ appId: APP_ID, appSecret: APP_SECRET, tenantKey: 't' })).toThrow(
      /tenantKey is for store apps/,
    );
    // @ts-expect-error -- an unknown app type
    expect(() => new FeishuCoreHRClient({ appType: 'isv', appId: APP_ID, appSecret: APP_SECRET })).toThrow(/appType/);
  });
});

describe('receiveAppTicket', () => {
  test('takes the parsed event or its body; refuses another app and an empty ticket', async () => {
    harness = await startStoreAppHarness();
    await harness.client.receiveAppTicket({
      type: 'app_ticket',
      event: { app_id: APP_ID, app_ticket: 'ticket-from-event-0001', type: 'app_ticket' },
    });
    await expect(harness.client.receiveAppTicket({ app_id: 'cli_other_app', app_ticket: 'x-123456' })).rejects.toThrow(
      /for app cli_other_app, but this client is app/,
    );
    await expect(harness.client.receiveAppTicket({ app_id: APP_ID, app_ticket: '' })).rejects.toThrow(/no app_ticket/);
    await harness.client.forTenant('tenant-a').preHires.list({ page_size: 1 });
    expect(JSON.parse(requestsTo(harness.server, APP_TOKEN_PATH)[0]!.body).app_ticket).toBe('ticket-from-event-0001');
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
