import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { type Sandboxes, addMokaCandidate, startSandboxes } from '../sandbox-demo.js';
import { CRASH_AFTER_CREATE_ENV } from '../sync/fault-injection.js';
import { outBizIdFor } from '../sync/idempotency.js';
import { realEnv, runCli, tempDir } from './harness.js';

interface CheckpointFile {
  hires: Record<string, { state: string; preHireId?: string; outBizId: string; body?: unknown }>;
  cursors: Record<string, string>;
}

let sandboxes: Sandboxes;
let dir: Awaited<ReturnType<typeof tempDir>>;

beforeEach(async () => {
  sandboxes = await startSandboxes();
  dir = await tempDir();
});

afterEach(async () => {
  await sandboxes.close();
  await dir.cleanup();
});

test('killed between "created in Feishu" and "checkpoint saved", a restart creates nothing twice and repairs the checkpoint', async () => {
  const ids = [1, 2, 3].map(() => String(addMokaCandidate(sandboxes.moka, 'offer', 'accepted')));
  const env = { ...realEnv(sandboxes, dir.path), HR_LIVE: '1' };
  const checkpointPath = join(dir.path, 'checkpoint.json');
  const readCheckpoint = async () => JSON.parse(await readFile(checkpointPath, 'utf8')) as CheckpointFile;
  const feishu = sandboxes.feishu.state;

  // 1. The first run dies right after Feishu created the second pre-hire.
  const crashed = await runCli('pull', { ...env, [CRASH_AFTER_CREATE_ENV]: '2' });
  expect(crashed.signal, crashed.stderr).toBe('SIGKILL');
  expect(crashed.stderr).toContain(`[fault] ${CRASH_AFTER_CREATE_ENV}=2`);
  expect(feishu.createsApplied).toBe(2);
  const afterCrash = await readCheckpoint();
  expect(afterCrash.hires[`moka:${ids[0]}`]).toMatchObject({ state: 'created' });
  // The crash window: Feishu holds the second pre-hire, the checkpoint only the intent.
  const orphan = feishu.outBizIds.get(outBizIdFor('moka', ids[1]!));
  expect(orphan).toBeDefined();
  expect(afterCrash.hires[`moka:${ids[1]}`]).toMatchObject({
    state: 'pending',
    outBizId: outBizIdFor('moka', ids[1]!),
  });
  expect(afterCrash.hires[`moka:${ids[1]}`]!.preHireId).toBeUndefined();
  expect(afterCrash.hires[`moka:${ids[2]}`]).toBeUndefined();
  expect(afterCrash.cursors).toEqual({}); // the page was not finished: its cursor was not saved

  // 2. The restart: same command, no fault.
  const restarted = await runCli('pull', env);
  expect(restarted.code, restarted.stderr).toBe(0);
  expect(restarted.stdout).toContain(`moka:${ids[1]}: checkpoint repaired: Feishu answered with pre-hire ${orphan}`);

  // Exactly one pre-hire per hire in Feishu, the orphan adopted rather than duplicated.
  expect(feishu.createsApplied).toBe(3);
  expect(ids.map((id) => feishu.outBizIds.has(outBizIdFor('moka', id)))).toEqual([true, true, true]);
  const sent = sandboxes.feishu.server.requests
    .filter((r) => r.method === 'POST' && r.path === '/open-apis/corehr/v2/pre_hires')
    .map((r) => (JSON.parse(r.body) as { out_biz_id: string }).out_biz_id);
  // The orphan's create was sent again with the same out_biz_id (and answered with the same pre-hire).
  expect(sent).toEqual([ids[0], ids[1], ids[1], ids[2]].map((id) => outBizIdFor('moka', id!)));

  const repaired = await readCheckpoint();
  for (const id of ids) {
    const record = repaired.hires[`moka:${id}`]!;
    expect(record.state).toBe('created');
    expect(record.preHireId).toBe(feishu.outBizIds.get(record.outBizId));
    expect(record.body).toBeUndefined();
  }
  expect(repaired.hires[`moka:${ids[1]}`]!.preHireId).toBe(orphan);
  expect(repaired.cursors).toEqual({ 'moka:offer': ids[2] });
  expect((await readdir(dir.path)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
}, 90_000);
