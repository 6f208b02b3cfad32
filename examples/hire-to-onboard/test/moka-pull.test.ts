import { afterEach, expect, test } from 'vitest';
import { addMokaCandidate } from '../sandbox-demo.js';
import { hireKey } from '../sync/idempotency.js';
import { type Harness, startHarness } from './harness.js';

let h: Harness | undefined;
afterEach(() => h?.close());

const mokaListings = (harness: Harness) =>
  harness.sandboxes.moka.server.requests.filter((r) => r.path.endsWith('/data/ehrApplications') && r.query.stage);

test('the pull pages from the saved cursor, logs progress per page, and a second pull creates nothing', async () => {
  h = await startHarness();
  const ids = Array.from({ length: 25 }, (_, i) =>
    String(addMokaCandidate(h!.sandboxes.moka, 'offer', i === 3 || i === 22 ? 'sent' : 'accepted')),
  );

  const first = await h.service.pullMoka();
  expect(first).toMatchObject({ pages: 3, candidates: 25, cursor: ids[24] });
  expect(first.outcomes).toMatchObject({ created: 23, waiting: 2 });
  expect(await h.store.getCursor('moka:offer')).toBe(ids[24]);
  expect(h.log.lines.filter((line) => line.startsWith('[moka] page'))).toEqual([
    `[moka] page 1: 20 candidate(s); this pull so far: 19 created, 1 waiting; cursor ${ids[19]}`,
    `[moka] page 2: 5 candidate(s); this pull so far: 23 created, 2 waiting; cursor ${ids[24]}`,
    `[moka] page 3: 0 candidate(s); this pull so far: 23 created, 2 waiting; cursor ${ids[24]}`,
  ]);

  // What the mapping left out is logged once for the pull, grouped, with how many hires it concerns.
  expect(h.log.lines).toContain(
    '[moka]   offer_info.onboarding_location_id (from offer.location) ×23: Moka writes the location as free text; Feishu wants a location ID',
  );

  const listingsBefore = mokaListings(h).length;
  const second = await h.service.pullMoka();
  expect(
    mokaListings(h)
      .slice(listingsBefore)
      .map((r) => r.query.next),
  ).toEqual([ids[24]]); // from the cursor
  expect(second.outcomes.created).toBe(0);
  expect(h.sandboxes.feishu.state.createsApplied).toBe(23);
});

test('a candidate whose offer was not accepted waits, and is created once its offer is accepted', async () => {
  h = await startHarness();
  const sent = String(addMokaCandidate(h.sandboxes.moka, 'offer', 'sent'));
  await h.service.pullMoka();
  expect(await h.store.getHire(hireKey('moka', sent))).toMatchObject({ state: 'waiting' });
  expect(h.sandboxes.feishu.state.createsApplied).toBe(0);

  const stored = h.sandboxes.moka.state.candidates.find((c) => String(c.record.applicationId) === sent)!;
  (stored.record['offer'] as Record<string, unknown>)['status'] = 'accepted';
  const summary = await h.service.pullMoka();

  expect(summary.outcomes.created).toBe(1);
  expect(await h.store.getHire(hireKey('moka', sent))).toMatchObject({ state: 'created' });
  const byId = h.sandboxes.moka.server.requests.filter((r) => r.query.applicationId);
  expect(byId.map((r) => r.query.applicationId)).toEqual([sent]);
});

test('an empty stage (Moka answers it with a server exception) is an empty pull, not a failure', async () => {
  h = await startHarness();
  const summary = await h.service.pullMoka();
  expect(summary).toMatchObject({ pages: 1, candidates: 0, cursor: undefined });
  expect(h.log.text()).toContain('[moka] the offer stage has no candidate yet');
});

test('a read-only pull says what it would create and saves no cursor', async () => {
  h = await startHarness({ writes: false });
  addMokaCandidate(h.sandboxes.moka, 'offer', 'accepted');
  const summary = await h.service.pullMoka();
  expect(summary.outcomes['dry-run']).toBe(1);
  expect(h.log.text()).toMatch(/would create a pre-hire \(out_biz_id hire-to-onboard:moka:\d+\)/);
  expect(h.log.text()).toContain('(not saved: read-only run)');
  expect(await h.store.getCursor('moka:offer')).toBeUndefined();
  expect(h.createRequests()).toEqual([]);
});
