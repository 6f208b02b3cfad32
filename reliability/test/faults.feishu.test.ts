import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AuthenticationError, HRError, RateLimitError } from '@hr/core';
import { FAULT_KINDS, TIMEOUT_MS, injectFaults } from './support/inject.js';
import { faultMatrix } from './support/matrix.js';
import { type FeishuRig, startFeishu } from './support/rigs.js';
import { rejectionOf } from './support/capture.js';

let rig: FeishuRig;
beforeAll(async () => {
  rig = await startFeishu();
});
afterEach(() => rig.reset());
afterAll(() => rig.close());

const TOKEN_PATH = '/open-apis/auth/v3/tenant_access_token/internal';
const LIST_PATH = '/open-apis/corehr/v1/pre_hires';
const isToken = (method: string, url: URL) => method === 'POST' && url.pathname === TOKEN_PATH;
const isList = (method: string, url: URL) => method === 'GET' && url.pathname === LIST_PATH;
const isPatch = (method: string, url: URL) => method === 'PATCH' && url.pathname.startsWith(`${LIST_PATH}/`);
const firstId = () => [...rig.state.preHires.keys()][0]!;
let day = 0;

faultMatrix({
  rig: () => rig,
  read: {
    name: 'preHires.list (first page)',
    matches: isList,
    run: async (client) => (await client.preHires.list({ page_size: 5 })).items.map((p) => p.id),
  },
  writes: [
    {
      name: 'preHires.patch (PATCH with client_token)',
      matches: isPatch,
      run: (client) =>
        client.preHires.patch(firstId(), {
          onboarding_status: { enum_name: 'preboarding' },
          hire_date: `2026-01-${String((day++ % 28) + 1).padStart(2, '0')}`,
        }),
      applied: () => rig.state.updatesApplied,
      idempotencyToken: (request) => new URL(request.url).searchParams.get('client_token') ?? undefined,
      rateLimitMeansNotApplied: true,
    },
  ],
});

describe('feishu: the token endpoint failing', () => {
  it('refused app credentials: an AuthenticationError with the raw body, and no API call', async () => {
    const client = rig.client({ maxRetries: 2 });
    rig.state.revokeTokens();
    const { http, HttpResponse } = await import('msw');
    rig.server.use(
      http.post(`*${TOKEN_PATH}`, () => HttpResponse.json({ code: 10014, msg: 'app secret invalid' }, { status: 400 })),
    );
    const error = await rejectionOf(client.preHires.list());
    expect(AuthenticationError.isInstance(error)).toBe(true);
    expect(JSON.parse((error as AuthenticationError).rawBody)).toEqual({ code: 10014, msg: 'app secret invalid' });
    expect(rig.server.requests.filter((r) => r.path === LIST_PATH)).toHaveLength(0);
    expect(rig.server.requests.filter((r) => r.path === TOKEN_PATH)).toHaveLength(1);
  });

  it.each(FAULT_KINDS)('%s on the token request, without retries: a typed error and no API call', async (kind) => {
    injectFaults(rig.server, rig.handlers, rig.errors, (_r, i) => (i === 0 ? kind : undefined), { matches: isToken });
    const error = await rejectionOf(rig.client({ timeout: TIMEOUT_MS }).preHires.list());
    expect(HRError.isInstance(error), String(error)).toBe(true);
    expect(rig.server.requests.filter((r) => r.path === LIST_PATH)).toHaveLength(0);
  });

  it.each(FAULT_KINDS)(
    '%s on the token request, with retries: the listing goes through with an issued token',
    async (kind) => {
      injectFaults(rig.server, rig.handlers, rig.errors, (_r, i) => (i === 0 ? kind : undefined), {
        matches: isToken,
        retryAfterSeconds: 0.01,
      });
      const page = await rig.client({ timeout: TIMEOUT_MS, maxRetries: 2 }).preHires.list({ page_size: 3 });
      expect(page.items).toHaveLength(3);
      const listCalls = rig.server.requests.filter((r) => r.path === LIST_PATH);
      expect(listCalls).toHaveLength(1);
      const token = listCalls[0]!.headers['authorization']!.replace('Bearer ', '');
      expect(rig.state.tokenStatus(token)).toBe('valid');
    },
  );
});

describe('feishu: rate limits and token expiry', () => {
  it('x-ogw-ratelimit-reset is honoured (over a longer Retry-After)', async () => {
    const { http, HttpResponse } = await import('msw');
    let calls = 0;
    rig.server.use(
      http.get(`*${LIST_PATH}`, () => {
        if (calls++ > 0) return undefined;
        return HttpResponse.json(
          { code: 99991400, msg: 'request trigger frequency limit' },
          {
            status: 429,
            headers: { 'x-ogw-ratelimit-limit': '50', 'x-ogw-ratelimit-reset': '0.02', 'retry-after': '30' },
          },
        );
      }),
    );
    const page = await rig.client({ maxRetries: 1, maxRetryWait: 1000 }).preHires.list({ page_size: 2 });
    expect(page.items).toHaveLength(2);
  });

  it('a reset longer than maxRetryWait fails at once with a RateLimitError saying how long to wait', async () => {
    const { http, HttpResponse } = await import('msw');
    rig.server.use(
      http.get(`*${LIST_PATH}`, () =>
        HttpResponse.json(
          { code: 99991400, msg: 'request trigger frequency limit' },
          { status: 429, headers: { 'x-ogw-ratelimit-reset': '7' } },
        ),
      ),
    );
    const error = await rejectionOf(rig.client({ maxRetries: 3, maxRetryWait: 1000 }).preHires.list());
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect((error as RateLimitError).headers['x-ogw-ratelimit-reset']).toBe('7');
    expect(rig.server.requests.filter((r) => r.path === LIST_PATH)).toHaveLength(1);
  });

  it('tokens revoked between pages: refreshed once and the listing continues without loss', async () => {
    const client = rig.client();
    const ids: string[] = [];
    for await (const page of client.preHires.list({ page_size: 10 }).pages()) {
      ids.push(...page.items.map((p) => String(p.id)));
      rig.state.revokeTokens();
    }
    expect(ids).toEqual([...rig.state.preHires.keys()]);
    expect(rig.state.tokenFetches).toBe(3);
  });
});
