import type { ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FeishuCoreHRClient } from '@hr/feishu-corehr';
import { parseFeishuEvent } from '@hr/feishu-corehr/events';
import { startFeishuSandbox, type RunningFeishuSandbox } from '@hr/feishu-corehr/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { RedisSeenStore, RedisTokenStore } from '../src/index.js';
import type { WorkerReport } from './workers/pre-hire-lister.js';
import { forkWorker, message } from './support/fork.js';
import { describeWithRedis, redisUrl, uniquePrefix } from './support/redis.js';

const WORKERS = 3;
const CALLS_PER_TENANT = 10;
const TENANTS = ['tenant-a', 'tenant-b'];
const LIST_PATH = '/open-apis/corehr/v1/pre_hires';
const EVENTS = { encryptKey: 'redis-test-encrypt-key', verificationToken: 'redis-test-verification-token' };
const WORKER = new URL('./workers/store-app-tenants.ts', import.meta.url);

describeWithRedis('a store app in three processes sharing one Redis', () => {
  let sandbox: RunningFeishuSandbox;
  let endpoint: Server;
  let redis: Redis;
  const children: ChildProcess[] = [];
  const keyPrefix = uniquePrefix();
  beforeAll(async () => {
    sandbox = await startFeishuSandbox({ tenantKeys: TENANTS, enforceRateLimits: false });
    // The app's event endpoint, in this process: it stores each pushed app_ticket in Redis for the workers.
    redis = new Redis(redisUrl);
    const receiver = new FeishuCoreHRClient({
      appType: 'store',
      appId: sandbox.appId,
      appSecret: sandbox.appSecret,
      baseUrl: sandbox.baseUrl,
      tokenStore: new RedisTokenStore({ redis, keyPrefix, logLevel: 'off' }),
    });
    const seenStore = new RedisSeenStore({ redis, keyPrefix: `${keyPrefix}seen:`, logLevel: 'off' });
    endpoint = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', async () => {
        // The app_ticket goes to `receiver` through the parser; the event ids are shared through Redis.
        await parseFeishuEvent(
          { rawBody: Buffer.concat(chunks), headers: req.headers },
          { ...EVENTS, appTicketClient: receiver, seenStore },
        );
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => endpoint.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/feishu/events`;
    sandbox.state.events.subscription = { url, ...EVENTS };
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill();
    await sandbox?.state.events.flush();
    await new Promise((resolve) => endpoint?.close(resolve));
    redis?.disconnect();
    await sandbox?.close();
  });

  test(`${WORKERS} cold processes × ${TENANTS.length} tenants × ${CALLS_PER_TENANT} calls: one resend, one app token, one token per tenant`, async () => {
    const env = {
      REDIS_URL: redisUrl,
      KEY_PREFIX: keyPrefix,
      FEISHU_URL: sandbox.baseUrl,
      FEISHU_APP_ID: sandbox.appId,
      FEISHU_APP_SECRET: sandbox.appSecret,
      TENANTS: TENANTS.join(','),
      CALLS: String(CALLS_PER_TENANT),
    };
    for (let i = 0; i < WORKERS; i++) children.push(forkWorker(WORKER, env));
    await Promise.all(children.map((child) => message(child, 'ready')));
    // Start together: no process has a ticket or a token.
    const done = children.map((child) => message<WorkerReport>(child, 'done'));
    for (const child of children) child.send('go');
    const reports = await Promise.all(done);

    expect(reports.flatMap((report) => report.failures)).toEqual([]);
    expect(reports.flatMap((report) => report.warnings)).toEqual([]);
    expect(reports.reduce((sum, report) => sum + report.ok, 0)).toBe(WORKERS * TENANTS.length * CALLS_PER_TENANT);
    const requests = sandbox.server.requests;
    expect(requests.filter((request) => request.path === '/open-apis/auth/v3/app_ticket/resend')).toHaveLength(1);
    expect(Object.fromEntries(sandbox.state.isvTokenFetches)).toEqual({
      app_access_token: 1,
      'tenant_access_token:tenant-a': 1,
      'tenant_access_token:tenant-b': 1,
    });
    // Every call carried its own tenant's one token.
    const tokensByTenant = new Map<string, Set<string>>();
    for (const request of requests.filter((r) => r.path === LIST_PATH)) {
      const token = (request.headers['authorization'] ?? '').replace(/^Bearer /, '');
      const tenant = sandbox.state.tenantOfToken.get(token) ?? 'unknown';
      tokensByTenant.set(tenant, (tokensByTenant.get(tenant) ?? new Set()).add(token));
    }
    expect([...tokensByTenant.keys()].sort()).toEqual(TENANTS);
    for (const tokens of tokensByTenant.values()) expect(tokens.size).toBe(1);
    // The keys in Redis: one per tenant, and the one app_ticket event accepted; none holding a secret in its name.
    const keys = (await redis.keys(`${keyPrefix}*`)).map((key) => key.slice(keyPrefix.length)).sort();
    const app = `feishu-corehr:${sandbox.baseUrl}:${sandbox.appId}`;
    expect(keys).toEqual([
      `${app}:app_access_token`,
      `${app}:app_ticket`,
      `${app}:tenant:tenant-a`,
      `${app}:tenant:tenant-b`,
      expect.stringMatching(/^seen:feishu:[0-9a-f-]{36}$/),
    ]);
  }, 40_000);
});
