import type { ChildProcess } from 'node:child_process';
import { startFeishuSandbox, type RunningFeishuSandbox } from '@hr/feishu-corehr/testing';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { WorkerReport } from './workers/pre-hire-lister.js';
import { forkWorker, message } from './support/fork.js';
import { describeWithRedis, redisUrl, uniquePrefix } from './support/redis.js';
import { peakInWindow } from '../src/testing.js';

const WORKERS = 4;
const CALLS_PER_WORKER = 150;
const LIMIT_PER_SECOND = 50;
const LIST_PATH = '/open-apis/corehr/v1/pre_hires';
const TOKEN_PATH = '/open-apis/auth/v3/tenant_access_token/internal';
const WORKER = new URL('./workers/pre-hire-lister.ts', import.meta.url);

describeWithRedis('four processes sharing one Redis', () => {
  let sandbox: RunningFeishuSandbox;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    sandbox = await startFeishuSandbox();
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill();
    await sandbox?.close();
  });

  test(`${WORKERS} × ${CALLS_PER_WORKER} pre-hire list calls: one token fetch, never more than ${LIMIT_PER_SECOND} requests in any second, no 429`, async () => {
    const env = {
      REDIS_URL: redisUrl,
      KEY_PREFIX: uniquePrefix(),
      FEISHU_URL: sandbox.baseUrl,
      FEISHU_APP_ID: sandbox.appId,
      FEISHU_APP_SECRET: sandbox.appSecret,
      LIMIT: `${LIMIT_PER_SECOND}/s`,
      CALLS: String(CALLS_PER_WORKER),
      CONCURRENCY: '20',
    };
    for (let i = 0; i < WORKERS; i++) children.push(forkWorker(WORKER, env));
    await Promise.all(children.map((child) => message(child, 'ready')));
    // Start together, so the token is missing in every process at once.
    const done = children.map((child) => message<WorkerReport>(child, 'done'));
    for (const child of children) child.send('go');
    const reports = await Promise.all(done);

    const requests = sandbox.server.requests;
    const lists = requests.filter((request) => request.path === LIST_PATH).map((request) => request.receivedAt);
    const peak = peakInWindow(lists, 1_000);
    const seconds = (Math.max(...lists) - Math.min(...lists)) / 1000;
    console.log(
      `[multi-process] ${lists.length} list calls in ${seconds.toFixed(1)} s, busiest second: ${peak}, token fetches: ${sandbox.state.tokenFetches}`,
    );

    expect(reports.flatMap((report) => report.failures)).toEqual([]);
    expect(reports.flatMap((report) => report.warnings)).toEqual([]);
    expect(reports.reduce((sum, report) => sum + report.ok, 0)).toBe(WORKERS * CALLS_PER_WORKER);
    expect(requests.filter((request) => request.path === TOKEN_PATH)).toHaveLength(1);
    expect(sandbox.state.tokenFetches).toBe(1);
    expect(lists).toHaveLength(WORKERS * CALLS_PER_WORKER);
    expect(peak).toBeLessThanOrEqual(LIMIT_PER_SECOND);
    // The shared budget is used, not wasted: 600 calls at 50/s take about 12 s.
    expect(seconds).toBeLessThan(16);
  }, 40_000);
});
