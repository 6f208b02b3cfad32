/**
 * One process of the scale-out example: a Feishu CoreHR client whose token and rate limit live in
 * a Redis shared with its sibling processes. Lists the first page of pre-hires CALLS times and
 * reports to the parent.
 */
import { FeishuCoreHRClient } from '@hr/feishu-corehr';
import { RedisRateLimiter, RedisTokenStore } from '@hr/redis';
import { Redis } from 'ioredis';

if (!process.send) {
  console.error('worker.ts is one of the processes scale-out/index.ts forks: run examples/scale-out/index.ts instead.');
  process.exit(1);
}

const { REDIS_URL, FEISHU_URL, FEISHU_APP_ID, FEISHU_APP_SECRET, LIMIT, CALLS } = process.env;

const redis = new Redis(REDIS_URL!);
const feishu = new FeishuCoreHRClient({
  appId: FEISHU_APP_ID!,
  appSecret: FEISHU_APP_SECRET!,
  baseUrl: FEISHU_URL,
  // The token: fetched by one process, used by all.
  tokenStore: new RedisTokenStore({ redis }),
  // The limit: one budget for every process using this app.
  rateLimit: {
    limiter: new RedisRateLimiter({ redis, keyPrefix: `hr:ratelimit:${FEISHU_APP_ID}:` }),
    limits: { 'preHires.list': [LIMIT!] },
  },
});

let ok = 0;
let failed = 0;
const started = Date.now();
await Promise.all(
  Array.from({ length: 5 }, async () => {
    for (let left = Number(CALLS) / 5; left > 0; left--) {
      try {
        await feishu.preHires.list({ page_size: 10 });
        ok++;
      } catch (error) {
        failed++;
        console.error(`  worker ${process.pid}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }),
);
redis.disconnect();
process.send!({ ok, failed, ms: Date.now() - started }, () => process.exit(0));
