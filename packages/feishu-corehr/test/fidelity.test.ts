import { afterEach, describe, expect, test } from 'vitest';
import { InputValidationError } from '../src/index.js';
import { type Harness, LIST_PATH, rejectionOf, requestsTo, startHarness } from './setup.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('v1 fidelity', () => {
  test('list sends page_size 100 when the caller gives none (Feishu requires it)', async () => {
    harness = await startHarness();
    await harness.client.preHires.list();
    await harness.client.preHires
      .list({ pre_hire_ids: Array.from({ length: 12 }, (_, i) => String(7140964208476371 + i)) })
      .toArray();
    for (const call of requestsTo(harness.server, LIST_PATH, 'GET')) expect(call.query['page_size']).toBe('100');
  });

  test('patch() requires onboarding_status (the Node SDK and the page mark it required): refused before sending', async () => {
    harness = await startHarness();
    // @ts-expect-error onboarding_status is required
    const error = await rejectionOf(harness.client.preHires.patch('7140964208476371', { hire_date: '2026-02-02' }));
    expect(error).toBeInstanceOf(InputValidationError);
    expect((error as InputValidationError).issues.map((i) => i.path)).toContain('body.onboarding_status');
    expect(harness.server.requests.filter((r) => r.method === 'PATCH')).toHaveLength(0);
  });

  test('patch() takes the update fields only: id, work_email_list and department_id of a read pre-hire are not update fields', async () => {
    harness = await startHarness();
    const [preHire] = (await harness.client.preHires.list({ page_size: 1 })).items ?? [];
    const status = { enum_name: String(preHire!.onboarding_status?.enum_name) };
    // @ts-expect-error a pre-hire read from list() is not an update body
    const readBack = () => harness!.client.preHires.patch(preHire!.id!, preHire!);
    void readBack;
    // @ts-expect-error id is not an update field
    void (() => harness!.client.preHires.patch(preHire!.id!, { onboarding_status: status, id: '1' }));
    // @ts-expect-error work_email_list is not an update field
    void (() => harness!.client.preHires.patch(preHire!.id!, { onboarding_status: status, work_email_list: [] }));
    // @ts-expect-error department_id is not an update field
    void (() => harness!.client.preHires.patch(preHire!.id!, { onboarding_status: status, department_id: '1' }));
    const result = await harness.client.preHires.patch(preHire!.id!, { onboarding_status: status });
    expect(result.pre_hire?.id).toBe(preHire!.id);
  });

  test('a null value is refused before sending, naming the field (the update fields are strings)', async () => {
    harness = await startHarness();
    const error = await rejectionOf(
      harness.client.preHires.patch('7140964208476371', {
        onboarding_status: { enum_name: 'preboarding' },
        worker_id: null,
      } as never),
    );
    expect((error as InputValidationError).issues.map((i) => i.path)).toContain('body.worker_id');
    expect(harness.server.requests.filter((r) => r.method === 'PATCH')).toHaveLength(0);
  });

  test('an empty cost_center_rate clears the allocation', async () => {
    harness = await startHarness();
    const result = await harness.client.preHires.patch('7140964208476371', {
      onboarding_status: { enum_name: 'preboarding' },
      cost_center_rate: [],
    });
    expect(result.pre_hire?.cost_center_rate).toEqual([]);
    expect(harness.state.preHires.get('7140964208476371')?.cost_center_rate).toEqual([]);
  });
});

describe('store (ISV) app tokens in the sandbox', () => {
  const post = (path: string, body: unknown) =>
    fetch(`${harness!.server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then((response) => response.json() as Promise<Record<string, unknown>>);

  test('app_ticket -> app_access_token -> a tenant_access_token per tenant, each valid for API calls', async () => {
    harness = await startHarness({}, { tenantKeys: ['tenant-a', 'tenant-b'] });
    const app = { app_id: harness.state.appId, app_secret: harness.state.appSecret };
    expect((await post('/open-apis/auth/v3/app_access_token', { ...app, app_ticket: 'stale' })).code).toBe(10003);
    expect((await post('/open-apis/auth/v3/app_ticket/resend', app)).code).toBe(0);
    const ticket = harness.state.appTicket;
    const appToken = await post('/open-apis/auth/v3/app_access_token', { ...app, app_ticket: ticket });
    expect(appToken).toMatchObject({ code: 0, expire: 7200 });
    const tokens = await Promise.all(
      ['tenant-a', 'tenant-b'].map((tenant_key) =>
        post('/open-apis/auth/v3/tenant_access_token', { app_access_token: appToken.app_access_token, tenant_key }),
      ),
    );
    expect(tokens[0]!.tenant_access_token).not.toBe(tokens[1]!.tenant_access_token);
    expect(harness.state.tenantOfToken.get(String(tokens[1]!.tenant_access_token))).toBe('tenant-b');
    const listed = await fetch(`${harness.server.url}${LIST_PATH}?page_size=1`, {
      headers: { authorization: `Bearer ${String(tokens[0]!.tenant_access_token)}` },
    }).then((response) => response.json() as Promise<{ code: number }>);
    expect(listed.code).toBe(0);
    expect(
      (
        await post('/open-apis/auth/v3/tenant_access_token', {
          app_access_token: appToken.app_access_token,
          tenant_key: 'tenant-z',
        })
      ).code,
    ).toBe(10003);
    await harness.state.pushAppTicket();
    expect((await post('/open-apis/auth/v3/app_access_token', { ...app, app_ticket: ticket })).code).toBe(10003);
  });
});
