import { afterEach, expect, test } from 'vitest';
import { hireKey, outBizIdFor } from '../sync/idempotency.js';
import { type Harness, realEnv, runCli, startHarness } from './harness.js';

let h: Harness | undefined;
afterEach(() => h?.close());

test('`review` lists a parked hire with its evidence; `resolve … adopt` says what it would do, then (HR_LIVE=1) does it', async () => {
  // Park a hire: its create was applied but the answer lost, and nothing unique identifies the person.
  h = await startHarness();
  h.sandboxes.feishu.state.failNextCreates('applied');
  await h.service.intake.take('comeet', '19E.98', {
    body: {
      basic_info: { name: { full_name: 'Ada Lovelace' } },
      offer_info: { onboarding_date: '2026-03-02', department_id: '7147562782945478177' },
    },
    missing: [],
    unmapped: [],
  });
  await h.service.idle();
  const key = hireKey('comeet', '19E.98');
  expect(await h.store.getHire(key)).toMatchObject({ state: 'needs_review' });
  const [orphan] = h.sandboxes.feishu.state.preHiresCreatedWith(outBizIdFor('comeet', '19E.98'));
  await h.service.stop();
  await h.store.close(); // the CLI opens the same checkpoint file
  const env = realEnv(h.sandboxes, h.dataDir);

  const listed = await runCli('review', env);
  expect(listed.code, listed.stderr).toBe(0);
  expect(listed.stdout + listed.stderr).toContain(`candidate pre-hire ${orphan}: same name`);
  expect(listed.stdout + listed.stderr).toContain(`resolve: index.ts resolve ${key} adopt ${orphan}`);

  const dry = await runCli(['resolve', key, 'adopt', orphan!], env);
  expect(dry.code, dry.stderr).toBe(0);
  expect(dry.stdout).toContain(`would resolve ${key} (adopt) (read-only run: set HR_LIVE=1 to write)`);

  const live = await runCli(['resolve', key, 'adopt', orphan!], { ...env, HR_LIVE: '1' });
  expect(live.code, live.stderr).toBe(0);
  expect(live.stdout).toContain(`${key} is now created (pre-hire ${orphan})`);
  const after = await runCli('review', env);
  expect(after.stdout).toContain('no hire is parked for review');
  expect(h.createRequests()).toHaveLength(1); // resolving sent no create
}, 60_000);
