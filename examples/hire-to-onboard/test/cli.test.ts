import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { freePort } from '@hr/redis/testing';
import { SANDBOX_SECRETS, type Sandboxes, addMokaCandidate, startSandboxes } from '../sandbox-demo.js';
import { realEnv, runCli, tempDir } from './harness.js';

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

test('with vendor credentials and no HR_LIVE=1, `pull` only reads and says what it would write', async () => {
  addMokaCandidate(sandboxes.moka, 'offer', 'accepted');
  const run = await runCli('pull', realEnv(sandboxes, dir.path));

  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toContain('read-only (set HR_LIVE=1 or --live to write)');
  expect(run.stdout).toMatch(/would create a pre-hire \(out_biz_id hire-to-onboard:moka:\d+\) with basic_info\.name/);
  expect(run.stdout).toContain('(not saved: read-only run)');
  expect(sandboxes.feishu.server.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/pre_hires'))).toEqual(
    [],
  );
  expect(await readdir(dir.path)).toEqual([]); // no checkpoint, no cursor
  expect(run.stdout + run.stderr).not.toContain(sandboxes.feishu.appSecret);
}, 60_000);

test('against real vendors without a mapping configuration, it refuses to start and says what to set', async () => {
  const { HIRE_TO_ONBOARD_MAPPING: _unset, ...env } = realEnv(sandboxes, dir.path);
  const run = await runCli('pull', { ...env, HR_LIVE: '1' });
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('hire-to-onboard: Set HIRE_TO_ONBOARD_MAPPING to your mapping configuration');
  expect(sandboxes.feishu.server.requests).toEqual([]);
}, 60_000);

test('`serve` takes a signed Comeet hire on its port, and stops cleanly on SIGTERM', async () => {
  const port = await freePort();
  const env = {
    ...realEnv(sandboxes, dir.path),
    HR_LIVE: '1',
    HIRE_TO_ONBOARD_PORT: String(port),
    HIRE_TO_ONBOARD_PULL_INTERVAL: '0', // no pull loop: this test is about pushes
    COMEET_WEBHOOK_SECRET: SANDBOX_SECRETS.comeetWebhookSecret,
  };
  const candidate = sandboxes.comeet.state.addCandidate(
    { position_uid: '11.11', first_name: 'Bobby', last_name: 'Chauck' },
    new Date(),
  );
  let pushed: Promise<number> | undefined;
  const run = await runCli('serve', env, (stdout, child) => {
    if (pushed || !stdout.includes(`listening on http://127.0.0.1:${port}`)) return;
    sandboxes.comeet.webhooks.register(`http://127.0.0.1:${port}/webhooks/comeet`, SANDBOX_SECRETS.comeetWebhookSecret);
    pushed = sandboxes.comeet.webhooks.pushHire(candidate.uid, '2026-03-02').then((delivery) => {
      child.kill('SIGTERM');
      return delivery.status;
    });
  });

  expect(await pushed).toBe(200);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toContain('stopping...');
  expect(sandboxes.feishu.state.createsApplied).toBe(1);
  const checkpoint = JSON.parse(await readFile(join(dir.path, 'checkpoint.json'), 'utf8')) as {
    hires: Record<string, { state: string }>;
  };
  expect(checkpoint.hires[`comeet:${candidate.uid}`]?.state).toBe('created');
}, 60_000);
