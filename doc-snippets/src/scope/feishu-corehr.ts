/** docs/feishu-corehr.md: the page's client, the names it imports, and what its snippets are handed. */
import { FeishuCoreHRClient } from '@hr/feishu-corehr';
import { Redis } from 'ioredis';
import type { DocSandboxes } from '../sandboxes.js';
import { keep, receiveOnePush } from './receive.js';

export { FeishuCoreHRClient } from '@hr/feishu-corehr';

/** The tenant the page's store-app snippet acts for (the sandbox installs the app there). */
export const DOC_TENANT_KEY = '73658811060f175d';

/** The client the page builds in its first snippet. */
export let feishu: FeishuCoreHRClient;
/** Your app's credentials. */
export let appId: string;
export let appSecret: string;
/** Your job's id, reused as the update's `client_token`. */
export let jobId: string;
/** A pre-hire of the account. */
export let id: string;
/** Your Redis client (on the run's throwaway redis-server). */
export let redis: Redis;
/** The event subscription's Encrypt Key and Verification Token. */
export let encryptKey: string;
export let verificationToken: string;
/** An encrypted, signed `app_ticket` push as your event endpoint receives it. */
export let rawBody: string;
export let headers: Record<string, string>;
/** Your service's log, its shutdown signal, and the sync an event triggers. */
export const log = { info: (...values: unknown[]) => void keep(...values) };
export let shutdown: AbortController;
export const sync = keep;
/** An event just received (its header names the tenant). */
export let event: { header: { tenant_key: string } };

export async function open(sandboxes: DocSandboxes): Promise<void> {
  const { feishu: sandbox } = sandboxes;
  appId = sandbox.appId;
  appSecret = sandbox.appSecret;
  feishu = new FeishuCoreHRClient({ appId, appSecret, baseUrl: sandbox.baseUrl });
  jobId = 'sync-job-2026-09-01';
  id = [...sandbox.state.preHires.keys()][0]!;
  redis = new Redis(sandboxes.redisUrl ?? 'redis://127.0.0.1:1', { lazyConnect: true, maxRetriesPerRequest: 0 });
  encryptKey = 'doc-encrypt-key';
  verificationToken = 'doc-verification-token';
  ({
    rawBody,
    req: { headers },
  } = await receiveOnePush(
    (url) => void (sandbox.state.events.subscription = { url, encryptKey, verificationToken }),
    async () => {
      await sandbox.state.pushAppTicket();
      await sandbox.state.events.flush();
    },
  ));
  event = { header: { tenant_key: DOC_TENANT_KEY } };
  shutdown = new AbortController();
}

export async function close(): Promise<void> {
  shutdown?.abort();
  redis?.disconnect();
}
