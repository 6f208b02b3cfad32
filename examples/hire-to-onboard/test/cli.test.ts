import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { freePort } from '@hr/redis/testing';
import { SANDBOX_SECRETS, type Sandboxes, addMokaCandidate, startSandboxes } from '../sandbox-demo.js';
import { FeishuCoreHRClient } from '@hr/feishu-corehr';
import { realEnv, runCli, spawnCli, tempDir } from './harness.js';

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

test('`serve` takes a signed Comeet hire on its port, serves /healthz and /metrics, and stops cleanly on SIGTERM', async () => {
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
  const url = `http://127.0.0.1:${port}`;
  let pushed: Promise<{ status: number; health: number; metrics: string }> | undefined;
  const run = await runCli('serve', env, (stdout, child) => {
    if (pushed || !stdout.includes(`listening on ${url}`)) return;
    sandboxes.comeet.webhooks.register(`${url}/webhooks/comeet`, SANDBOX_SECRETS.comeetWebhookSecret);
    pushed = (async () => {
      const { status } = await sandboxes.comeet.webhooks.pushHire(candidate.uid, '2026-03-02');
      // The pre-hire is created after the answer: scrape until it is counted.
      let metrics = '';
      for (let i = 0; i < 100 && !metrics.includes('hire_to_onboard_hires_created_total{via="create"} 1'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        metrics = await (await fetch(`${url}/metrics`)).text();
      }
      const health = (await fetch(`${url}/healthz`)).status;
      child.kill('SIGTERM');
      return { status, health, metrics };
    })();
  });

  const { status, health, metrics } = (await pushed)!;
  expect(status).toBe(200);
  expect(health).toBe(200);
  expect(metrics).toContain('hire_to_onboard_hires_received_total{source="comeet"} 1');
  expect(metrics).toContain('hire_to_onboard_hires_created_total{via="create"} 1');
  // The CLI wires the checkpoint's writes to the latency histogram (received, pending, created at least).
  expect(Number(/hire_to_onboard_checkpoint_write_seconds_count (\d+)/.exec(metrics)?.[1])).toBeGreaterThanOrEqual(3);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toContain('stopping...');
  expect(sandboxes.feishu.state.createsApplied).toBe(1);
  const checkpoint = JSON.parse(await readFile(join(dir.path, 'checkpoint.json'), 'utf8')) as {
    hires: Record<string, { state: string }>;
  };
  expect(checkpoint.hires[`comeet:${candidate.uid}`]?.state).toBe('created');
}, 60_000);

test('`serve` with HIRE_TO_ONBOARD_FEISHU_EVENTS=long-connection takes Feishu events over the connection, no route needed', async () => {
  const env = {
    ...realEnv(sandboxes, dir.path),
    HR_LIVE: '1',
    HIRE_TO_ONBOARD_PORT: String(await freePort()),
    HIRE_TO_ONBOARD_FEISHU_EVENTS: 'long-connection', // and no FEISHU_ENCRYPT_KEY: the HTTP route is off
  };
  const id = addMokaCandidate(sandboxes.moka, 'offer', 'accepted'); // created by the pull at start
  const serve = spawnCli('serve', env);
  const printed = () => serve.output().stdout + serve.output().stderr;
  const until = async (what: () => boolean) => {
    for (let i = 0; !what(); i++) {
      if (i > 400) throw new Error(`not seen within 20 s; printed:\n${printed()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  try {
    await until(
      () => printed().includes('[feishu] long connection connected') && sandboxes.feishu.state.createsApplied === 1,
    );
    const [preHireId] = sandboxes.feishu.state.preHiresCreatedWith(`hire-to-onboard:moka:${id}`);
    const feishu = new FeishuCoreHRClient({
      appId: sandboxes.feishu.appId,
      appSecret: sandboxes.feishu.appSecret,
      baseUrl: sandboxes.feishu.baseUrl,
    });
    await feishu.preHires.withdrawOnboarding({ pre_hire_id: preHireId!, withdraw_reason: 'Declined' });
    await until(() => printed().includes(`pre-hire ${preHireId} withdrawn: moka:${id} came from Moka`));
  } finally {
    serve.child.kill('SIGTERM');
  }
  const run = await serve.exited;
  expect(run.code, run.stderr).toBe(0);
  expect(sandboxes.feishu.state.longConnection.acks.map((ack) => ack.code)).toEqual([200]);
  expect(run.stdout + run.stderr).not.toContain(sandboxes.feishu.appSecret);
}, 60_000);
