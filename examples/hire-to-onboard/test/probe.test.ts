import { afterEach, expect, test } from 'vitest';
import type { RepeatedOutBizId } from '@hr/feishu-corehr/testing';
import { type Sandboxes, startSandboxes } from '../sandbox-demo.js';
import { realEnv, runCli, tempDir } from './harness.js';

let sandboxes: Sandboxes | undefined;
let dir: Awaited<ReturnType<typeof tempDir>> | undefined;
afterEach(async () => {
  await sandboxes?.close();
  await dir?.cleanup();
  sandboxes = dir = undefined;
});

const creates = (s: Sandboxes) =>
  s.feishu.server.requests.filter((r) => r.method === 'POST' && r.path === '/open-apis/corehr/v2/pre_hires');

test('`probe` without HR_LIVE=1 only reads: one search, and what it would create', async () => {
  sandboxes = await startSandboxes();
  dir = await tempDir();
  const run = await runCli('probe', realEnv(sandboxes, dir.path));
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toContain('[probe] search answers');
  expect(run.stdout).toContain('(read-only run: set HR_LIVE=1 to write)');
  // The token, then one search: nothing created, nothing deleted.
  const paths = sandboxes.feishu.server.requests.map((r) => `${r.method} ${r.path}`);
  expect(paths.filter((path) => !path.includes('/auth/'))).toEqual(['POST /open-apis/corehr/v2/pre_hires/search']);
}, 60_000);

test.each<[RepeatedOutBizId, string]>([
  ['return-existing', 'the same create again: return-existing'],
  ['refuse', 'the same create again: refuse (code 1160001'],
  ['duplicate', 'the same create again: duplicate'],
])(
  '`probe` with HR_LIVE=1 tells a tenant whose Feishu answers a repeated out_biz_id with "%s", times the lookup, and deletes its pre-hires',
  async (repeatedOutBizId, told) => {
    sandboxes = await startSandboxes({ repeatedOutBizId, searchLagMs: 300 });
    dir = await tempDir();
    const run = await runCli('probe', { ...realEnv(sandboxes, dir.path), HR_LIVE: '1' });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(told);
    const lag = Number(/the lookup found \d+ (\d+) ms after the create answered/.exec(run.stdout)?.[1]);
    expect(lag).toBeGreaterThanOrEqual(300); // the sandbox's search lag, measured
    expect(creates(sandboxes)).toHaveLength(2);
    const made = sandboxes.feishu.state.preHiresCreatedWith(
      (JSON.parse(creates(sandboxes)[0]!.body) as { out_biz_id: string }).out_biz_id,
    );
    expect(made).toHaveLength(repeatedOutBizId === 'duplicate' ? 2 : 1);
    for (const id of made) expect(run.stdout).toContain(`[probe] deleted probe pre-hire ${id}`);
    expect(sandboxes.feishu.server.requests.filter((r) => r.method === 'DELETE')).toHaveLength(made.length);
    expect(run.stdout + run.stderr).not.toContain(sandboxes.feishu.appSecret);
  },
  60_000,
);
