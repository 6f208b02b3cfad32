import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FileCheckpointStore } from '../checkpoint/file-store.js';
import type { RunningServer } from '../http/server.js';
import { signHireWebhook } from '@hr/comeet/webhooks';
import { SANDBOX_SECRETS, addMokaCandidate } from '../sandbox-demo.js';
import { HireToOnboardService } from '../service.js';
import { hireKey, outBizIdFor } from '../sync/idempotency.js';
import { type Harness, captureLog, startServingHarness } from './harness.js';

let h: Harness;
let server: RunningServer;

beforeEach(async () => {
  ({ h, server } = await startServingHarness());
});

afterEach(async () => {
  await server.close();
  await h.close();
});

/** A Comeet candidate in position 11.11 (R&D), hired: the signed delivery as the sandbox sent it. */
async function comeetHire() {
  const candidate = h.sandboxes.comeet.state.addCandidate(
    { position_uid: '11.11', first_name: 'Bobby', last_name: 'Chauck', email: 'bobby@example.com' },
    new Date(),
  );
  const delivery = await h.sandboxes.comeet.webhooks.pushHire(candidate.uid, '2026-03-02');
  await h.service.idle(); // the pre-hire is created after the answer
  return { candidate, delivery };
}

describe('the same hire delivered twice creates one pre-hire', () => {
  test('a Comeet hire webhook replayed: the second delivery is refused as already received', async () => {
    const { candidate, delivery } = await comeetHire();
    const replay = await h.sandboxes.comeet.webhooks.send(delivery.method, delivery.body, delivery.signature);

    expect([delivery.status, replay.status]).toEqual([200, 401]);
    expect(h.log.text()).toContain('[comeet] push refused with 401: replayed');
    expect(h.sandboxes.feishu.state.createsApplied).toBe(1);
    expect(h.createRequests()).toEqual([{ outBizId: outBizIdFor('comeet', candidate.uid) }]);
    const record = await h.store.getHire(hireKey('comeet', candidate.uid));
    expect(record).toMatchObject({ state: 'created', outBizId: 'hire-to-onboard:comeet:' + candidate.uid });
    expect(h.sandboxes.feishu.state.outBizIds.get(record!.outBizId)).toBe(record!.preHireId);
    // Personal data is kept only while a create is pending.
    expect(record?.body).toBeUndefined();
    expect(await readFile(join(h.dataDir, 'checkpoint.json'), 'utf8')).not.toContain('Bobby');
  });

  test('deliveries at the same moment: each is taken or refused, one create is sent', async () => {
    const candidate = h.sandboxes.comeet.state.addCandidate(
      { position_uid: '11.11', first_name: 'Bobby', last_name: 'Chauck', email: 'bobby@example.com' },
      new Date(),
    );
    const body = JSON.stringify({
      comeet_id: candidate.uid,
      first_name: 'Bobby',
      last_name: 'Chauck',
      email: 'bobby@example.com',
      hired_date: '2026-03-02',
      start_date: '2026-03-02',
      position: { comeet_id: '11.11', name: 'Automation QA', department: 'R&D' },
    });
    const signature = signHireWebhook(body, SANDBOX_SECRETS.comeetWebhookSecret);
    const deliveries = await Promise.all(
      [1, 2, 3].map(() => h.sandboxes.comeet.webhooks.send('POST', body, signature)),
    );
    // A copy whose push was claimed before it is refused once the hire is recorded; one that races
    // the recording is taken too (recording is idempotent).
    const statuses = deliveries.map((r) => r.status);
    expect(statuses).toContain(200);
    expect(statuses.every((status) => status === 200 || status === 401)).toBe(true);
    await h.service.idle();
    expect(h.createRequests()).toHaveLength(1);
    expect(h.sandboxes.feishu.state.createsApplied).toBe(1);
    expect((await h.store.getHire(hireKey('comeet', candidate.uid)))?.state).toBe('created');
  });

  test('a Moka push sent twice (two push ids, one application) creates one pre-hire', async () => {
    const applicationId = addMokaCandidate(h.sandboxes.moka, 'pending_checkin', 'accepted');
    const first = await h.sandboxes.moka.webhooks.pushCandidate(applicationId);
    expect(JSON.parse(first.responseBody)).toEqual({ code: 0, msg: 'success', data: { accepted: true } });
    await h.service.idle();
    const second = await h.sandboxes.moka.webhooks.pushCandidate(applicationId);
    expect([first.status, second.status]).toEqual([200, 200]);
    const { preHireId } = (await h.store.getHire(hireKey('moka', String(applicationId))))!;
    expect(JSON.parse(second.responseBody).data).toEqual({ pre_hire_id: preHireId });
    expect(h.createRequests()).toEqual([{ outBizId: outBizIdFor('moka', String(applicationId)) }]);
    expect(h.sandboxes.feishu.state.createsApplied).toBe(1);
  });

  test('a Comeet hire sent again with another body (a later edit) is answered from the checkpoint', async () => {
    const { candidate, delivery } = await comeetHire();
    const edited = delivery.body.replace('"last_name":"Chauck"', '"last_name":"Chauck-Smith"');
    const again = await h.sandboxes.comeet.webhooks.send(
      'POST',
      edited,
      signHireWebhook(edited, SANDBOX_SECRETS.comeetWebhookSecret),
    );
    expect([delivery.status, again.status]).toEqual([200, 200]);
    expect(h.log.text()).toContain('already created, not sent again');
    expect(h.createRequests()).toEqual([{ outBizId: outBizIdFor('comeet', candidate.uid) }]);
  });

  test('a replay after a restart is refused: the accepted pushes are on disk with the checkpoint', async () => {
    const { candidate, delivery } = await comeetHire();
    await server.close();
    await h.service.stop();
    await h.store.close();
    const reopened = await FileCheckpointStore.open(join(h.dataDir, 'checkpoint.json'));
    const restarted = new HireToOnboardService({
      ...h.clients,
      store: reopened,
      config: h.config,
      secrets: SANDBOX_SECRETS,
      writes: true,
      log: captureLog(),
    });
    server = await restarted.listen();
    h.sandboxes.comeet.webhooks.register(`${server.url}/webhooks/comeet`, SANDBOX_SECRETS.comeetWebhookSecret);
    const replay = await h.sandboxes.comeet.webhooks.send(delivery.method, delivery.body, delivery.signature);
    expect(replay.status).toBe(401);
    expect(h.createRequests()).toHaveLength(1);
    expect((await reopened.getHire(hireKey('comeet', candidate.uid)))?.state).toBe('created');
  });

  test('a replayed Feishu event writes back once', async () => {
    const { candidate } = await comeetHire();
    const { preHireId } = (await h.store.getHire(hireKey('comeet', candidate.uid)))!;
    await h.clients.feishu.preHires.withdrawOnboarding({ pre_hire_id: preHireId!, withdraw_reason: 'Declined' });
    await h.sandboxes.feishu.state.events.flush();
    await h.service.idle();
    expect(await h.store.writeBackStatus(hireKey('comeet', candidate.uid), 'withdrawn')).toBe('done');
    const [event] = h.sandboxes.feishu.state.events.deliveries.map((d) => d.payload);
    await h.sandboxes.feishu.state.events.push(event!); // Feishu may push an event again
    await h.service.idle();
    expect(h.sandboxes.feishu.state.events.deliveries.map((d) => d.status)).toEqual([200, 401]); // refused by its id

    const notes = h.sandboxes.comeet.server.requests.filter((r) => r.path === `/candidates/${candidate.uid}/notes`);
    expect(notes).toHaveLength(1);
    expect(JSON.parse(notes[0]!.body)).toMatchObject({
      created_by: { type: 'app', first_name: 'hire-to-onboard' },
      text: `Feishu CoreHR: onboarding withdrawn (pre-hire ${preHireId}).`,
    });
    expect(h.sandboxes.comeet.state.notes.map((n) => n.candidate_uid)).toEqual([candidate.uid]);
  });
});

describe('pushes that are not verified or not usable create nothing', () => {
  test('forged Comeet and Moka pushes are refused with 401', async () => {
    const { delivery } = await comeetHire();
    const before = h.createRequests().length;
    const forgedComeet = await h.sandboxes.comeet.webhooks.send(
      'POST',
      delivery.body.replace('"comeet_id":"', '"comeet_id":"X'),
      delivery.signature,
    );
    const applicationId = addMokaCandidate(h.sandboxes.moka, 'pending_checkin', 'accepted');
    const pushed = await h.sandboxes.moka.webhooks.pushCandidate(applicationId);
    const forgedMoka = await h.sandboxes.moka.webhooks.send(
      'pushCandidate',
      pushed.body.replace(String(applicationId), '1'),
      pushed.sign,
    );
    expect([forgedComeet.status, forgedMoka.status]).toEqual([401, 401]);
    await h.service.idle();
    expect(h.createRequests()).toHaveLength(before + 1); // only the genuine Moka push
    expect(await h.store.getHire(hireKey('moka', '1'))).toBeUndefined();
  });

  test('a Moka push with an unmapped department is answered non-2xx with what is missing, and not sent', async () => {
    const applicationId = addMokaCandidate(h.sandboxes.moka, 'pending_checkin', 'accepted', { departmentCode: 99 });
    const pushed = await h.sandboxes.moka.webhooks.pushCandidate(applicationId);
    expect(pushed.status).toBe(422);
    expect(JSON.parse(pushed.responseBody)).toEqual({
      code: 1,
      msg: 'Not imported into Feishu CoreHR: offer_info.department_id (from offer.departmentCode): no moka.departments entry for department code 99',
    });
    expect(h.createRequests()).toHaveLength(0);
    expect(await h.store.getHire(hireKey('moka', String(applicationId)))).toMatchObject({
      state: 'unmappable',
      gaps: [{ field: 'offer_info.department_id' }],
    });
  });
});
