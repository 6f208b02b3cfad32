import { afterEach, expect, test } from 'vitest';
import { type RunningFeishuSandbox, SANDBOX_APP_ID, SANDBOX_APP_SECRET, startFeishuSandbox } from '../src/testing.js';
import { LIST_PATH, TOKEN_PATH, startHarness } from './setup.js';

let sandbox: RunningFeishuSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

async function fetchToken(url: string, secret = SANDBOX_APP_SECRET) {
  const response = await fetch(`${url}${TOKEN_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ app_id: SANDBOX_APP_ID, app_secret: secret }),
  });
  return {
    status: response.status,
    logId: response.headers.get('x-tt-logid'),
    body: (await response.json()) as Record<string, unknown>,
  };
}

test('issues tokens as documented: the same token while >= 30 min remain, a new one after; old ones stay valid', async () => {
  let clock = Date.UTC(2026, 0, 1);
  sandbox = await startFeishuSandbox({ now: () => clock });
  const first = await fetchToken(sandbox.url);
  expect(first.body).toMatchObject({ code: 0, msg: 'ok', expire: 7200 });
  expect(first.logId).toBeTruthy();
  clock += 3600_000;
  const same = await fetchToken(sandbox.url);
  expect(same.body).toMatchObject({ tenant_access_token: first.body.tenant_access_token, expire: 3600 });
  clock += 3000_000; // 10 minutes left
  const fresh = await fetchToken(sandbox.url);
  expect(fresh.body.tenant_access_token).not.toBe(first.body.tenant_access_token);
  expect(fresh.body.expire).toBe(7200);
  expect(sandbox.state.tokenStatus(String(first.body.tenant_access_token))).toBe('valid');
  expect(sandbox.state.tokenFetches).toBe(3);
});

test('wrong credentials get code 10014 and count no fetch', async () => {
  sandbox = await startFeishuSandbox();
  const refused = await fetchToken(sandbox.url, 'nope');
  expect(refused.status).toBe(400);
  expect(refused.body).toMatchObject({ code: 10014, msg: 'app secret invalid' });
  expect(sandbox.state.tokenFetches).toBe(0);
});

test('enforces the documented 50/s on the list endpoint with 429, 99991400 and x-ogw-ratelimit headers', async () => {
  sandbox = await startFeishuSandbox();
  const { token } = sandbox.state.issueToken();
  const responses = await Promise.all(
    Array.from({ length: 51 }, () =>
      fetch(`${sandbox!.url}${LIST_PATH}?page_size=1`, { headers: { authorization: `Bearer ${token}` } }),
    ),
  );
  const limited = responses.filter((r) => r.status === 429);
  expect(limited).toHaveLength(1);
  expect(limited[0]!.headers.get('x-ogw-ratelimit-limit')).toBe('50');
  expect(Number(limited[0]!.headers.get('x-ogw-ratelimit-reset'))).toBeGreaterThanOrEqual(1);
  expect(await limited[0]!.json()).toMatchObject({ code: 99991400, msg: 'request trigger frequency limit' });
});

test('refuses a page token of another query, and page sizes outside 1-100, with 1164301', async () => {
  sandbox = await startFeishuSandbox();
  const { token } = sandbox.state.issueToken();
  const get = async (query: string) => {
    const response = await fetch(`${sandbox!.url}${LIST_PATH}?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return (await response.json()) as { code: number; data?: { page_token?: string } };
  };
  const first = await get('page_size=5');
  expect(first.code).toBe(0);
  expect((await get(`page_size=5&pre_hire_ids=7140964208476371&page_token=${first.data!.page_token}`)).code).toBe(
    1164301,
  );
  expect((await get('page_size=101')).code).toBe(1164301);
  expect((await get(`page_size=5&page_token=${first.data!.page_token}`)).code).toBe(0);
});

test('enum names that are Object.prototype keys are stored as given (the fake looked them up on the prototype and crashed)', async () => {
  const harness = await startHarness();
  try {
    const id = [...harness.state.preHires.keys()][0]!;
    for (const name of ['__proto__', 'constructor', 'toString']) {
      const result = await harness.client.preHires.patch(id, {
        onboarding_status: { enum_name: 'preboarding' },
        employee_type: { enum_name: name },
      });
      expect(result.pre_hire?.employee_type).toEqual({
        enum_name: name,
        display: [
          { lang: 'zh-CN', value: name },
          { lang: 'en-US', value: name },
        ],
      });
    }
  } finally {
    await harness.close();
  }
});
