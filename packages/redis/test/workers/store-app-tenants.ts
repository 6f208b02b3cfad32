/**
 * One "process" of the store-app test (run with `node --conditions=source --import tsx`): a Feishu
 * CoreHR store-app client sharing its token store (app_ticket, app_access_token, each tenant's
 * tenant_access_token) through Redis with its siblings. It reports `ready`, waits for `go`, lists
 * the first page of pre-hires CALLS times for each tenant of TENANTS, all at once, reports what
 * happened and exits.
 */
import { FeishuCoreHRClient, HRError } from '@hr/feishu-corehr';
import { Redis } from 'ioredis';
import { RedisTokenStore } from '../../src/index.js';
import type { WorkerReport } from './pre-hire-lister.js';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`store-app-tenants: ${name} is not set`);
  return value;
};

const warnings: string[] = [];
const logger = { ...console, warn: (message: string) => warnings.push(message) };
const redis = new Redis(env('REDIS_URL'));
const client = new FeishuCoreHRClient({
  appType: 'store',
  appId: env('FEISHU_APP_ID'),
  appSecret: env('FEISHU_APP_SECRET'),
  baseUrl: env('FEISHU_URL'),
  tokenStore: new RedisTokenStore({ redis, keyPrefix: env('KEY_PREFIX'), logger }),
  maxRetries: 0,
  logger,
});

async function run(): Promise<WorkerReport> {
  const report: WorkerReport = { ok: 0, failures: [], warnings };
  const calls = env('TENANTS')
    .split(',')
    .flatMap((tenantKey) => Array.from({ length: Number(env('CALLS')) }, () => client.forTenant(tenantKey)));
  await Promise.all(
    calls.map(async (tenant) => {
      try {
        await tenant.preHires.list({ page_size: 1 });
        report.ok++;
      } catch (error) {
        const e = error as HRError & { status?: number; code?: unknown };
        report.failures.push(
          HRError.isInstance(error) ? `${e.status ?? '-'} ${String(e.code ?? '-')} ${e.message}` : String(error),
        );
      }
    }),
  );
  return report;
}

await redis.ping();
process.send!({ type: 'ready' });
process.once('message', async () => {
  const report = await run();
  redis.disconnect();
  process.send!({ type: 'done', report }, () => process.exit(0));
});
