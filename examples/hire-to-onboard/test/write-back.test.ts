import { afterEach, expect, test } from 'vitest';
import { addMokaCandidate } from '../sandbox-demo.js';
import { hireKey } from '../sync/idempotency.js';
import { WriteBack } from '../sync/write-back.js';
import { type Harness, startHarness } from './harness.js';

let h: Harness | undefined;
afterEach(() => h?.close());

test('a completed Moka hire is logged (Moka has no candidate write) and recorded once', async () => {
  h = await startHarness();
  const applicationId = String(addMokaCandidate(h.sandboxes.moka, 'offer', 'accepted'));
  await h.service.pullMoka();
  const { preHireId } = (await h.store.getHire(hireKey('moka', applicationId)))!;

  expect(await h.service.writeBack.apply(preHireId!, 'completed')).toBe('logged');
  expect(await h.service.writeBack.apply(preHireId!, 'completed')).toBe('already');
  expect(h.log.text()).toContain(
    `[feishu] pre-hire ${preHireId} completed: moka:${applicationId} came from Moka, whose API has no candidate write; update Moka by hand`,
  );
  expect((await h.store.getHire(hireKey('moka', applicationId)))?.writtenBack).toEqual(['completed']);
  expect(h.sandboxes.comeet.server.requests).toEqual([]);
});

test('an outcome of a pre-hire this service did not create is left alone', async () => {
  h = await startHarness();
  expect(await h.service.writeBack.apply('7140964208476371', 'withdrawn')).toBe('not-ours');
  expect(h.sandboxes.comeet.server.requests).toEqual([]);
});

test('a completed Comeet hire is noted on the candidate’s profile by the app, once', async () => {
  h = await startHarness();
  const candidate = h.sandboxes.comeet.state.addCandidate(
    { position_uid: '11.11', first_name: 'Ada', last_name: 'Lovelace' },
    new Date(),
  );
  await h.store.putHire(hireKey('comeet', candidate.uid), {
    source: 'comeet',
    recordId: candidate.uid,
    outBizId: `hire-to-onboard:comeet:${candidate.uid}`,
    state: 'created',
    preHireId: '7401',
    updatedAt: new Date().toISOString(),
  });
  expect(await h.service.writeBack.apply('7401', 'completed')).toBe('written');
  expect(await h.service.writeBack.apply('7401', 'completed')).toBe('already');
  const requests = h.sandboxes.comeet.server.requests;
  expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([`POST /candidates/${candidate.uid}/notes`]);
  const body = JSON.parse(requests[0]!.body) as Record<string, unknown>;
  expect(body).toEqual({
    time_created: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
    created_by: { type: 'app', first_name: 'hire-to-onboard' },
    text: 'Feishu CoreHR: onboarding completed (pre-hire 7401).',
  });
  expect(h.sandboxes.comeet.state.notes.map((n) => n.candidate_uid)).toEqual([candidate.uid]);
  expect((await h.store.getHire(hireKey('comeet', candidate.uid)))?.writtenBack).toEqual(['completed']);
});

test('a read-only run says what note it would add to Comeet, and adds none', async () => {
  h = await startHarness();
  await h.store.putHire(hireKey('comeet', '11.A01'), {
    source: 'comeet',
    recordId: '11.A01',
    outBizId: 'hire-to-onboard:comeet:11.A01',
    state: 'created',
    preHireId: '7400',
    updatedAt: new Date().toISOString(),
  });
  const readOnly = new WriteBack({ store: h.store, comeet: h.clients.comeet, writes: false, log: h.log });
  expect(await readOnly.apply('7400', 'withdrawn')).toBe('dry-run');
  expect(h.log.text()).toContain('would add to Comeet candidate 11.A01 the note');
  expect(h.sandboxes.comeet.server.requests).toEqual([]);
});
