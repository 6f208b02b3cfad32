/**
 * One "process" of the multi-process test (run with `node --conditions=source --import tsx`): a
 * Feishu CoreHR client sharing its token store and rate limiter through Redis with its siblings.
 * It reports `ready`, waits for `go`, lists the first page of pre-hires CALLS times with
 * CONCURRENCY calls at once, reports what happened and exits.
 */
import { FeishuCoreHRClient, HRError } from '@hr/feishu-corehr';
import { Redis } from 'ioredis';
import { RedisRateLimiter, RedisTokenStore } from '../../src/index.js';

/** What a worker reports to the parent when done. */
export interface WorkerReport {
  ok: number;
  /** `status code message` of each failed call. */
  failures: string[];
  /** Warnings the worker logged. */
  warnings: string[];
}

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`pre-hire-lister: ${name} is not set`);
  return value;
};

const warnings: string[] = [];
const logger = { ...console, warn: (message: string) => warnings.push(message) };
const redis = new Redis(env('REDIS_URL'));
const client = new FeishuCoreHRClient({
  appId: env('FEISHU_APP_ID'),
  appSecret: env('FEISHU_APP_SECRET'),
  baseUrl: env('FEISHU_URL'),
  tokenStore: new RedisTokenStore({ redis, keyPrefix: env('KEY_PREFIX'), logger }),
  rateLimit: {
    limiter: new RedisRateLimiter({ redis, keyPrefix: env('KEY_PREFIX'), logger }),
    limits: { 'preHires.list': [env('LIMIT')] },
  },
  maxRetries: 0, // a 429 must reach the caller, not be retried away
  logger,
});

async function run(): Promise<WorkerReport> {
  const report: WorkerReport = { ok: 0, failures: [], warnings };
  let remaining = Number(env('CALLS'));
  const loop = async () => {
    while (remaining-- > 0) {
      try {
        await client.preHires.list({ page_size: 10 });
        report.ok++;
      } catch (error) {
        const e = error as HRError & { status?: number; code?: unknown };
        report.failures.push(
          HRError.isInstance(error) ? `${e.status ?? '-'} ${String(e.code ?? '-')} ${e.message}` : String(error),
        );
      }
    }
  };
  await Promise.all(Array.from({ length: Number(env('CONCURRENCY')) }, loop));
  return report;
}

await redis.ping();
process.send!({ type: 'ready' });
process.once('message', async () => {
  const report = await run();
  redis.disconnect();
  process.send!({ type: 'done', report }, () => process.exit(0));
});
