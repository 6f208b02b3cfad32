import { afterEach, describe, expect, test } from 'vitest';
import { type Harness, LIST_PATH, requestsTo, startHarness } from './setup.js';

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

  test('a pre-hire read from list() is accepted by patch() unchanged, enum display values included', async () => {
    harness = await startHarness();
    const [preHire] = (await harness.client.preHires.list({ page_size: 1 })).items ?? [];
    expect(preHire?.onboarding_status?.display).toBeDefined();
    const before = structuredClone(harness.state.preHires.get(preHire!.id!));
    const result = await harness.client.preHires.patch(preHire!.id!, preHire!);
    expect(result.pre_hire).toMatchObject({ id: preHire!.id, hire_date: preHire!.hire_date });
    const [sent] = requestsTo(harness.server, `${LIST_PATH}/${preHire!.id}`, 'PATCH');
    expect(JSON.parse(sent!.body)).toEqual(preHire);
    expect(harness.state.preHires.get(preHire!.id!)).toEqual(before);
  });

  test('null values of a read pre-hire are left out of the update', async () => {
    harness = await startHarness();
    await harness.client.preHires.patch('7140964208476371', { worker_id: null, hire_date: '2026-02-02' } as never);
    const [sent] = requestsTo(harness.server, `${LIST_PATH}/7140964208476371`, 'PATCH');
    expect(JSON.parse(sent!.body)).toEqual({ hire_date: '2026-02-02' });
  });

  test('an empty cost_center_rate clears the allocation', async () => {
    harness = await startHarness();
    const result = await harness.client.preHires.patch('7140964208476371', { cost_center_rate: [] });
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
