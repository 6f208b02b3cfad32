import { afterEach, expect, test } from 'vitest';
import { FeishuCoreHRClient } from '@hr/feishu-corehr';
import { ServiceMetrics } from '../metrics.js';
import { addMokaCandidate } from '../sandbox-demo.js';
import { hireKey, outBizIdFor } from '../sync/idempotency.js';
import { type Harness, TEST_TIMINGS, startHarness } from './harness.js';

let h: Harness | undefined;
afterEach(() => h?.close());

test('a Feishu rate-limit burst from another process of the same app: every hire is retried and created once', async () => {
  // The sandbox's clock stands still from the burst until the service is first refused, then jumps
  // past the one-second window: the burst and the service's first creates share one window however
  // slowly this machine runs them, and the retries after the documented wait find it clear.
  const clock = { frozenAt: undefined as number | undefined, offset: 0 };
  const now = () => clock.frozenAt ?? Date.now() + clock.offset;
  const throttled: number[] = [];
  const onRefused = () => {
    if (clock.frozenAt === undefined) return;
    clock.offset = Math.max(0, clock.frozenAt + 1000 - Date.now());
    clock.frozenAt = undefined;
  };
  const metrics = new ServiceMetrics();
  const countWaits = metrics.feishuHooks().afterResponse!;
  h = await startHarness({
    metrics,
    // The create window must outlast the documented wait (the window bounds every resend of a create).
    timings: { ...TEST_TIMINGS, createWindowMs: 10_000 },
    feishuSandbox: { now },
    feishuOptions: {
      hooks: {
        afterResponse: (event) => {
          void countWaits(event);
          if (event.status !== 429) return;
          throttled.push(event.attempt);
          onRefused();
        },
      },
    },
  });
  const { sandboxes, clients, service, store } = h;
  const ids = Array.from({ length: 20 }, () => String(addMokaCandidate(sandboxes.moka, 'offer', 'accepted')));
  // The service's token is fetched before the burst, so its first create follows the burst at once.
  await clients.feishu.preHires.search({}, { page_size: 1 });

  // Another process of the same Feishu app: its client-side limiter is its own, so together they
  // exceed the documented 50/s and Feishu answers 429 / 99991400 with x-ogw-ratelimit-reset.
  const neighbour = new FeishuCoreHRClient({
    appId: sandboxes.feishu.appId,
    appSecret: sandboxes.feishu.appSecret,
    baseUrl: sandboxes.feishu.baseUrl,
    maxRetries: 0,
  });
  clock.frozenAt = Date.now();
  await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      neighbour.preHires.create({
        basic_info: { name: { full_name: `Neighbour ${i}` } },
        offer_info: { onboarding_date: '2026-03-02' },
        out_biz_id: `neighbour-${i}`,
      }),
    ),
  );

  const summary = await service.pullMoka();

  expect(throttled.length).toBeGreaterThan(0); // the burst was met...
  expect(await metrics.text()).toContain(`hire_to_onboard_feishu_rate_limit_waits_total ${throttled.length}`);
  expect(summary.outcomes.created).toBe(20); // ...and waited out
  const feishu = sandboxes.feishu.state;
  expect(feishu.createsApplied).toBe(50 + 20);
  const sent = h.createRequests().filter((r) => r.outBizId.startsWith('hire-to-onboard:'));
  expect(sent.length).toBe(20 + throttled.length); // each refused create sent again, with the same out_biz_id
  expect(new Set(sent.map((r) => r.outBizId))).toEqual(new Set(ids.map((id) => outBizIdFor('moka', id))));
  const preHires = await Promise.all(ids.map(async (id) => (await store.getHire(hireKey('moka', id)))!));
  expect(preHires.every((record) => record.state === 'created')).toBe(true);
  expect(new Set(preHires.map((record) => record.preHireId)).size).toBe(20);
  for (const record of preHires) expect(feishu.outBizIds.get(record.outBizId)).toBe(record.preHireId);
});
