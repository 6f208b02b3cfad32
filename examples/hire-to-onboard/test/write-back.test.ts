import { afterEach, expect, test } from 'vitest';
import { addMokaCandidate } from '../sandbox-demo.js';
import { hireKey } from '../sync/idempotency.js';
import { WriteBack } from '../sync/write-back.js';
import { type Harness, TEST_TIMINGS, startHarness } from './harness.js';

let h: Harness | undefined;
afterEach(() => h?.close());

test('a completed Moka hire is recorded, then logged (Moka has no candidate write), once', async () => {
  h = await startHarness();
  const applicationId = String(addMokaCandidate(h.sandboxes.moka, 'offer', 'accepted'));
  await h.service.pullMoka();
  const key = hireKey('moka', applicationId);
  const { preHireId } = (await h.store.getHire(key))!;

  expect(await h.service.writeBack.record(preHireId!, 'completed')).toEqual({ result: 'recorded', key });
  expect(await h.store.writeBackStatus(key, 'completed')).toBe('due');
  expect(await h.service.writeBack.record(preHireId!, 'completed')).toEqual({ result: 'already', key });
  expect(await h.service.writeBack.apply(key, 'completed')).toBe('logged');
  expect(await h.service.writeBack.apply(key, 'completed')).toBe('already');
  expect(h.log.text()).toContain(
    `[feishu] pre-hire ${preHireId} completed: moka:${applicationId} came from Moka, whose API has no candidate write; update Moka by hand`,
  );
  expect(await h.store.writeBackStatus(key, 'completed')).toBe('done');
  expect(await h.store.writeBacksDue()).toEqual([]);
  expect(h.sandboxes.comeet.server.requests).toEqual([]);
});

test('an outcome of a pre-hire this service did not create is left alone', async () => {
  h = await startHarness();
  expect(await h.service.writeBack.record('7140964208476371', 'withdrawn')).toEqual({ result: 'not-ours' });
  expect(await h.store.writeBacksDue()).toEqual([]);
  expect(h.sandboxes.comeet.server.requests).toEqual([]);
});

test('a completed Comeet hire is noted on the candidate’s profile by the app, once', async () => {
  h = await startHarness();
  const candidate = h.sandboxes.comeet.state.addCandidate(
    { position_uid: '11.11', first_name: 'Ada', last_name: 'Lovelace' },
    new Date(),
  );
  const key = hireKey('comeet', candidate.uid);
  await h.store.takeIn(
    key,
    {
      source: 'comeet',
      recordId: candidate.uid,
      outBizId: `hire-to-onboard:comeet:${candidate.uid}`,
      state: 'created',
      preHireId: '7401',
      updatedAt: new Date().toISOString(),
    },
    [],
  );
  expect(await h.service.writeBack.record('7401', 'completed')).toEqual({ result: 'recorded', key });
  expect(await h.service.writeBack.apply(key, 'completed')).toBe('written');
  expect(await h.service.writeBack.apply(key, 'completed')).toBe('already');
  const requests = h.sandboxes.comeet.server.requests;
  expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([`POST /candidates/${candidate.uid}/notes`]);
  const body = JSON.parse(requests[0]!.body) as Record<string, unknown>;
  expect(body).toEqual({
    time_created: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
    created_by: { type: 'app', first_name: 'hire-to-onboard' },
    text: 'Feishu CoreHR: onboarding completed (pre-hire 7401).',
  });
  expect(h.sandboxes.comeet.state.notes.map((n) => n.candidate_uid)).toEqual([candidate.uid]);
  expect(await h.store.writeBackStatus(key, 'completed')).toBe('done');
});

test('a read-only run says what it would write back, and records and adds nothing', async () => {
  h = await startHarness();
  const key = hireKey('comeet', '11.A01');
  await h.store.takeIn(
    key,
    {
      source: 'comeet',
      recordId: '11.A01',
      outBizId: 'hire-to-onboard:comeet:11.A01',
      state: 'created',
      preHireId: '7400',
      updatedAt: new Date().toISOString(),
    },
    [],
  );
  const readOnly = new WriteBack({
    store: h.store,
    comeet: h.clients.comeet,
    writes: false,
    log: h.log,
    leaseTtlMs: TEST_TIMINGS.leaseTtlMs,
  });
  expect(await readOnly.record('7400', 'withdrawn')).toEqual({ result: 'dry-run', key });
  expect(h.log.text()).toContain('would write it back to comeet:11.A01 (read-only run)');
  expect(await h.store.writeBackStatus(key, 'withdrawn')).toBeUndefined();
  expect(h.sandboxes.comeet.server.requests).toEqual([]);
});
