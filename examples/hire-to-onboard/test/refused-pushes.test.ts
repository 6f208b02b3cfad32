import { signHireWebhook } from '@hr/comeet/webhooks';
import { JwtAuth } from '@hr/core/internal';
import { encryptFeishuEvent, signFeishuEvent } from '@hr/feishu-corehr/events';
import { afterEach, describe, expect, test } from 'vitest';
import type { RunningServer } from '../http/server.js';
import { REFUSED } from '../http/routes.js';
import { SANDBOX_SECRETS, addMokaCandidate } from '../sandbox-demo.js';
import { HireToOnboardService } from '../service.js';
import { type Harness, TEST_TIMINGS, failingTakeIn, pushTo, startServingHarness, waitUntil } from './harness.js';

let h: Harness;
let server: RunningServer;

/** The service on the sandboxes, each sandbox pushing to it. */
async function start(overrides: Parameters<typeof startServingHarness>[0] = {}) {
  ({ h, server } = await startServingHarness(overrides));
}

afterEach(async () => {
  await server.close();
  await h.close();
});

/** POSTs (or another method) to the service and returns the status and the exact body bytes. */
async function send(path: string, body: string, headers: Record<string, string> = {}, method = 'POST') {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, body: await response.text() };
}

/** A push signed the way Feishu signs, over `body`, now. */
function feishuSigned(body: string, key = SANDBOX_SECRETS.feishuEvents.encryptKey) {
  const timestamp = String(Math.floor(Date.now() / 1000));
  return {
    'x-lark-request-timestamp': timestamp,
    'x-lark-request-nonce': 'n-1',
    'x-lark-signature': signFeishuEvent(timestamp, 'n-1', key, body),
  };
}

describe('every refused push gets the same answer, whatever went wrong inside', () => {
  test('forged, undecryptable, stale, wrongly signed and replayed pushes on all three routes: one status, one body', async () => {
    await start();
    const { encryptKey } = SANDBOX_SECRETS.feishuEvents;
    const comeet = h.sandboxes.comeet.webhooks;
    const candidate = h.sandboxes.comeet.state.addCandidate(
      { position_uid: '11.11', first_name: 'Bobby', last_name: 'Chauck', email: 'bobby@example.com' },
      new Date(),
    );
    const hire = await comeet.pushHire(candidate.uid, '2026-03-02');
    const position = await comeet.pushPosition('created', '22.22');
    const applicationId = addMokaCandidate(h.sandboxes.moka, 'pending_checkin', 'accepted');
    const moka = await h.sandboxes.moka.webhooks.pushCandidate(applicationId);
    const mokaPath = new URL(moka.url).pathname + new URL(moka.url).search;
    expect([hire.status, position.status, moka.status]).toEqual([200, 200, 200]);

    const event = JSON.stringify({
      schema: '2.0',
      header: { event_id: 'e-1', event_type: 'x', token: 'nope' },
      event: {},
    });
    const encrypted = (plaintext: string) => JSON.stringify({ encrypt: encryptFeishuEvent(plaintext, encryptKey) });
    const badPadding = JSON.stringify({ encrypt: Buffer.alloc(32, 7).toString('base64') });
    const stale = encrypted(event);
    const staleHeaders = { ...feishuSigned(stale), 'x-lark-request-timestamp': '1000000000' };
    const replayedEvent = encrypted(
      JSON.stringify({
        schema: '2.0',
        header: { event_id: 'e-2', event_type: 'x', token: SANDBOX_SECRETS.feishuEvents.verificationToken },
        event: {},
      }),
    );
    expect((await send('/events/feishu', replayedEvent, feishuSigned(replayedEvent))).status).toBe(200);

    const refused = [
      await send('/webhooks/comeet', hire.body, { signature: hire.signature }), // replayed
      await send('/webhooks/comeet', hire.body.replace('Bobby', 'Mallory'), { signature: hire.signature }),
      await send('/webhooks/comeet', position.body, { authorization: position.authorization }, 'DELETE'), // replayed as a deletion
      await send(
        '/webhooks/comeet',
        position.body,
        {
          authorization: `Bearer ${await new JwtAuth({ secret: 'not-the-partner-secret', claims: { iss: 'x' } }).getToken()}`,
        },
        'PUT',
      ),
      await send('/webhooks/comeet', position.body, {}, 'PUT'),
      await send(mokaPath, moka.body), // replayed
      await send(mokaPath, moka.body.replace(String(applicationId), '1')),
      await send('/webhooks/moka', moka.body),
      await send('/events/feishu', badPadding), // unsigned, bad padding
      await send('/events/feishu', encrypted('not json')), // unsigned, not JSON inside
      await send('/events/feishu', badPadding, feishuSigned(badPadding, 'another-key')),
      await send('/events/feishu', encrypted(event), feishuSigned(encrypted(event))), // signed, wrong token inside
      await send('/events/feishu', stale, staleHeaders),
      await send('/events/feishu', 'not json', feishuSigned('not json')),
      await send('/events/feishu', replayedEvent, feishuSigned(replayedEvent)), // replayed
    ];
    expect(new Set(refused.map((answer) => JSON.stringify(answer)))).toEqual(
      new Set([JSON.stringify({ status: REFUSED.status, body: JSON.stringify(REFUSED.body) })]),
    );
    await h.service.idle();
    expect(h.createRequests()).toHaveLength(2); // the genuine Comeet hire and the genuine Moka push
    // The reasons stay in the service's own log.
    expect(h.log.text()).toMatch(/\[feishu\] push refused with 401: unauthenticated/);
    expect(h.log.text()).toMatch(/\[moka\] push refused with 401: replayed/);
  });

  test('a hire the checkpoint could not record is answered 503 and released: the sender can deliver it again', async () => {
    await start();
    const failOnce = failingTakeIn(h.store, 1);
    const service = new HireToOnboardService({
      ...h.clients,
      store: failOnce,
      config: h.config,
      secrets: SANDBOX_SECRETS,
      writes: true,
      log: h.log,
      timings: TEST_TIMINGS,
    });
    await server.close();
    server = await service.listen();
    pushTo(h, server);
    const candidate = h.sandboxes.comeet.state.addCandidate(
      { position_uid: '11.11', first_name: 'Bobby', last_name: 'Chauck', email: 'bobby@example.com' },
      new Date(),
    );
    const first = await h.sandboxes.comeet.webhooks.pushHire(candidate.uid, '2026-03-02');
    expect(first.status).toBe(503);
    const again = await h.sandboxes.comeet.webhooks.send('POST', first.body, first.signature);
    expect(again.status).toBe(200);
    await service.stop();
    expect(h.createRequests()).toHaveLength(1);
  });

  test('a push claimed by a process killed before recording it is taken on its next delivery', async () => {
    await start();
    // The first process claims the push in the shared seen-store, then dies while recording it.
    let recording = false;
    const neverRecorded = () => {
      recording = true;
      return new Promise<never>(() => {});
    };
    const dying = new HireToOnboardService({
      ...h.clients,
      store: failingTakeIn(h.store, Infinity, neverRecorded),
      config: h.config,
      secrets: SANDBOX_SECRETS,
      writes: true,
      log: h.log,
    });
    const dyingServer = await dying.listen();
    const candidate = h.sandboxes.comeet.state.addCandidate(
      { position_uid: '11.11', first_name: 'Bobby', last_name: 'Chauck', email: 'bobby@example.com' },
      new Date(),
    );
    const body = JSON.stringify({
      comeet_id: candidate.uid,
      first_name: 'Bobby',
      last_name: 'Chauck',
      email: 'bobby@example.com',
      start_date: '2026-03-02',
      position: { comeet_id: '11.11', department: 'R&D' },
    });
    const headers = {
      'content-type': 'application/json',
      signature: signHireWebhook(body, SANDBOX_SECRETS.comeetWebhookSecret),
    };
    const lost = fetch(`${dyingServer.url}/webhooks/comeet`, { method: 'POST', headers, body }).catch(() => undefined);
    await waitUntil(async () => recording); // recording starts once the push is claimed
    await dyingServer.close();
    await lost;

    // The sender delivers again, to another process: claimed before, but not recorded, so it is taken.
    const again = await send('/webhooks/comeet', body, { signature: headers.signature });
    expect(again.status).toBe(200);
    await h.service.idle();
    expect(await h.store.getHire(`comeet:${candidate.uid}`)).toMatchObject({ state: 'created' });
    expect(h.createRequests()).toHaveLength(1);
    // A third copy is a replay of a recorded hire: refused.
    expect((await send('/webhooks/comeet', body, { signature: headers.signature })).status).toBe(REFUSED.status);
  });

  test('with Feishu unreachable a hire is still taken (recorded), and created once Feishu answers', async () => {
    await start();
    h.sandboxes.feishu.state.failNextCreates('not-applied', 'not-applied');
    const candidate = h.sandboxes.comeet.state.addCandidate(
      { position_uid: '11.11', first_name: 'Bobby', last_name: 'Chauck', email: 'bobby@example.com' },
      new Date(),
    );
    const delivery = await h.sandboxes.comeet.webhooks.pushHire(candidate.uid, '2026-03-02');
    expect(delivery.status).toBe(200);
    expect(await h.store.getHire(`comeet:${candidate.uid}`)).toMatchObject({ body: expect.any(Object) });
    await h.service.idle();
    expect(await h.store.getHire(`comeet:${candidate.uid}`)).toMatchObject({ state: 'created', sends: 3 });
    expect(h.sandboxes.feishu.state.createsApplied).toBe(1);
  });
});
