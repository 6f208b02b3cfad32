import { afterEach, expect, test } from 'vitest';
import { hireKey } from '../sync/idempotency.js';
import { feishuLongConnection } from '../sync/feishu-long-connection.js';
import { type Harness, startHarness } from './harness.js';

let h: Harness | undefined;
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  await h?.close();
  close = undefined;
});

test("Feishu's events over the long connection (the sandbox's WebSocket endpoint) are written back once, a re-delivery included", async () => {
  h = await startHarness();
  const connection = feishuLongConnection(h.service, {
    appId: h.sandboxes.feishu.appId,
    appSecret: h.sandboxes.feishu.appSecret,
    baseUrl: h.sandboxes.feishu.baseUrl,
  });
  close = () => connection.close();
  await connection.start();
  expect(h.log.text()).toContain('[feishu] long connection connected');

  const candidate = h.sandboxes.comeet.state.addCandidate(
    { position_uid: '11.11', first_name: 'Bobby', last_name: 'Chauck', email: 'bobby@example.com' },
    new Date(),
  );
  await h.service.receiveComeetHire({
    comeet_id: candidate.uid,
    first_name: 'Bobby',
    last_name: 'Chauck',
    email: 'bobby@example.com',
    start_date: '2026-03-02',
    position: { comeet_id: '11.11', name: 'Automation QA', department: 'R&D' },
  } as never);
  await h.service.idle();
  const key = hireKey('comeet', candidate.uid);
  const { preHireId } = (await h.store.getHire(key))!;

  const payloads: Record<string, unknown>[] = [];
  h.sandboxes.feishu.state.events.listeners.add((payload) => payloads.push(payload));
  await h.clients.feishu.preHires.withdrawOnboarding({ pre_hire_id: preHireId!, withdraw_reason: 'Declined' });
  const longConnection = h.sandboxes.feishu.state.longConnection;
  await longConnection.idle();
  await h.service.idle();
  expect(await h.store.writeBackStatus(key, 'withdrawn')).toBe('done');

  // Feishu delivers the same event again (same event_id): acknowledged, nothing done twice.
  expect(payloads).toHaveLength(1);
  await h.sandboxes.feishu.state.events.push(payloads[0]!);
  await longConnection.idle();
  await h.service.idle();

  expect(longConnection.acks.map((ack) => ack.code)).toEqual([200, 200]);
  expect(h.log.text()).toMatch(/event \w+ taken before: acknowledged, nothing done/);
  const notes = h.sandboxes.comeet.server.requests.filter((r) => r.path === `/candidates/${candidate.uid}/notes`);
  expect(notes).toHaveLength(1);
  expect(JSON.parse(notes[0]!.body).text).toBe(`Feishu CoreHR: onboarding withdrawn (pre-hire ${preHireId}).`);
});
