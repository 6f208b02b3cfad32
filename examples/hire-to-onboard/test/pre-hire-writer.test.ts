import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { http } from 'msw';
import { afterEach, expect, test } from 'vitest';
import { feishuError } from '@hr/feishu-corehr/testing';
import type { MappingResult } from '../mapping/types.js';
import { hireKey, outBizIdFor } from '../sync/idempotency.js';
import { type Harness, startHarness } from './harness.js';

let h: Harness | undefined;
afterEach(() => h?.close());

const mapped = (phone?: string): MappingResult => ({
  body: {
    basic_info: {
      name: { full_name: 'Ada Lovelace' },
      ...(phone ? { phone_number: phone, international_area_code: '86_china' } : {}),
    },
    offer_info: { onboarding_date: '2026-03-02', department_id: '7147562782945478177' },
  },
  missing: [],
  unmapped: [],
});

test('a create refused for its data (duplicate phone, 1161029) is recorded as failed: nothing was created', async () => {
  h = await startHarness();
  await h.clients.feishu.preHires.create({ ...mapped('13800001234').body!, out_biz_id: 'someone-else' });

  const outcome = await h.service.writer.write('moka', '42', mapped('13800001234'));

  expect(outcome).toMatchObject({ kind: 'failed', error: expect.stringContaining('1161029') });
  expect(h.sandboxes.feishu.state.createsApplied).toBe(1); // only the other person
  expect(await h.store.getHire(hireKey('moka', '42'))).toMatchObject({ state: 'failed', body: undefined });
  expect(await h.service.recoverPending()).toBe(0); // a refusal is not resent at start
});

test('a create that fails for good on a 5xx stays pending with its body; the next start sends it again, once', async () => {
  h = await startHarness({ feishuOptions: { maxRetries: 0 } });
  h.sandboxes.feishu.server.use(
    http.post('*/open-apis/corehr/v2/pre_hires', () => feishuError(1161000, { status: 500 })),
  );

  await expect(h.service.writer.write('comeet', '19E.98', mapped())).rejects.toThrow(/1161000/);
  const pending = await h.store.getHire(hireKey('comeet', '19E.98'));
  expect(pending).toMatchObject({ state: 'pending', outBizId: outBizIdFor('comeet', '19E.98'), body: mapped().body });

  h.sandboxes.feishu.server.resetHandlers();
  expect(await h.service.recoverPending()).toBe(1);
  const created = await h.store.getHire(hireKey('comeet', '19E.98'));
  expect(created).toMatchObject({ state: 'created', body: undefined });
  expect(h.sandboxes.feishu.state.outBizIds.get(outBizIdFor('comeet', '19E.98'))).toBe(created!.preHireId);
  expect(h.sandboxes.feishu.state.createsApplied).toBe(1);
  expect(await h.service.recoverPending()).toBe(0);
});

test('a read-only run says what it would create (field names, no personal data) and writes nothing', async () => {
  h = await startHarness({ writes: false });
  const outcome = await h.service.writer.write('comeet', '19E.98', mapped('13800001234'));

  expect(outcome.kind).toBe('dry-run');
  expect(h.log.text()).toContain(
    'comeet:19E.98: would create a pre-hire (out_biz_id hire-to-onboard:comeet:19E.98) with basic_info.name, basic_info.phone_number, basic_info.international_area_code, offer_info.onboarding_date, offer_info.department_id (read-only run: set HR_LIVE=1 to write)',
  );
  expect(h.log.text()).not.toMatch(/Ada|13800001234/);
  expect(h.createRequests()).toEqual([]);
  await expect(access(join(h.dataDir, 'checkpoint.json'))).rejects.toThrow();
});
