import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startFeishuSandbox } from '@hr/feishu-corehr/testing';
import { peakInWindow, startRedisServer } from '@hr/redis/testing';
import { isEntryPoint } from '../shared/entry.js';

const WORKERS = 4;
const CALLS_PER_WORKER = 25;
const LIMIT_PER_SECOND = 25;

interface WorkerResult {
  ok: number;
  failed: number;
  ms: number;
}

/** Forks a worker process (TypeScript sources through tsx) and resolves with what it reports. */
function runWorker(env: Record<string, string>): Promise<WorkerResult> {
  const child = fork(fileURLToPath(new URL('./worker.ts', import.meta.url)), [], {
    execArgv: ['--conditions=source', '--import', 'tsx'],
    env: { ...process.env, ...env },
  });
  return new Promise((resolve, reject) => {
    child.once('message', (result) => resolve(result as WorkerResult));
    child.once('exit', (code) => reject(new Error(`worker exited with code ${code}`)));
  });
}

/** Forks the workers against the given Feishu and Redis and prints what each did. */
async function runWorkers(env: Record<string, string>): Promise<void> {
  const results = await Promise.all(Array.from({ length: WORKERS }, () => runWorker(env)));
  results.forEach((result, i) =>
    console.log(`  worker ${i + 1}: ${result.ok} ok, ${result.failed} failed in ${(result.ms / 1000).toFixed(1)} s`),
  );
  if (results.some((result) => result.failed > 0)) throw new Error('some calls failed');
}

/**
 * Four processes share one Redis: one tenant_access_token fetch for all of them, and one rate
 * limit (25 list calls per second here) across all of them. Runs against the Feishu sandbox and a
 * throwaway redis-server (skipping when no redis-server is installed), or against the real API and
 * your Redis when FEISHU_APP_ID, FEISHU_APP_SECRET and REDIS_URL are set.
 */
export async function runExamples(): Promise<void> {
  const { FEISHU_APP_ID, FEISHU_APP_SECRET, REDIS_URL } = process.env;
  const limits = { LIMIT: `${LIMIT_PER_SECOND}/s`, CALLS: String(CALLS_PER_WORKER) };
  if (FEISHU_APP_ID && FEISHU_APP_SECRET && REDIS_URL) {
    console.log(
      `scale-out: ${WORKERS} worker processes × ${CALLS_PER_WORKER} pre-hire list calls against Feishu, sharing your Redis`,
    );
    await runWorkers({
      REDIS_URL,
      FEISHU_URL: process.env.FEISHU_BASE_URL ?? 'https://open.feishu.cn',
      FEISHU_APP_ID,
      FEISHU_APP_SECRET,
      ...limits,
    });
    return;
  }
  const redis = await startRedisServer();
  if ('error' in redis) {
    console.log(`scale-out: skipping, no Redis to share (${redis.error})`);
    return;
  }
  const sandbox = await startFeishuSandbox();
  try {
    console.log(
      `scale-out: ${WORKERS} worker processes × ${CALLS_PER_WORKER} pre-hire list calls, sharing ${redis.url}, limit ${LIMIT_PER_SECOND}/s`,
    );
    await runWorkers({
      REDIS_URL: redis.url,
      FEISHU_URL: sandbox.baseUrl,
      FEISHU_APP_ID: sandbox.appId,
      FEISHU_APP_SECRET: sandbox.appSecret,
      ...limits,
    });
    const arrivals = sandbox.server.requests
      .filter((request) => request.path.endsWith('/pre_hires'))
      .map((request) => request.receivedAt);
    console.log(
      `  the sandbox saw ${arrivals.length} list calls; busiest second: ${peakInWindow(arrivals, 1_000)} (limit ${LIMIT_PER_SECOND})`,
    );
    console.log(`  tenant_access_token fetched ${sandbox.state.tokenFetches} time(s) for ${WORKERS} processes`);
  } finally {
    await sandbox.close();
    await redis.stop();
  }
}

if (isEntryPoint(import.meta.url)) await runExamples();
