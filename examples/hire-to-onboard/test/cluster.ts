import { signHireWebhook } from '@hr/comeet/webhooks';
import type { RunningFeishuSandbox } from '@hr/feishu-corehr/testing';
import { signMokaWebhook } from '@hr/moka/webhooks';
import { buildCandidate } from '@hr/moka/testing';
import { freePort } from '@hr/redis/testing';
import { SANDBOX_MAPPING_PATH } from '../config/settings.js';
import { SANDBOX_SECRETS } from '../sandbox-demo.js';
import { type CliProcess, spawnCli } from './harness.js';

/** One `index.ts serve` process of a cluster sharing one Redis. */
export interface ServiceProcess {
  /** Where it listens. */
  url: string;
  /** The process. */
  process: CliProcess;
}

/** The environment of a cluster's `serve` processes on the Feishu sandbox and one Redis (short timings). */
export function clusterEnv(feishu: RunningFeishuSandbox, redisUrl: string, dataDir: string): Record<string, string> {
  return {
    FEISHU_APP_ID: feishu.appId,
    FEISHU_APP_SECRET: feishu.appSecret,
    FEISHU_BASE_URL: feishu.baseUrl,
    REDIS_URL: redisUrl,
    HR_LIVE: '1',
    HIRE_TO_ONBOARD_MAPPING: SANDBOX_MAPPING_PATH,
    HIRE_TO_ONBOARD_DATA_DIR: dataDir,
    COMEET_WEBHOOK_SECRET: SANDBOX_SECRETS.comeetWebhookSecret,
    MOKA_WEBHOOK_SIGNING_KEY: SANDBOX_SECRETS.mokaSigningKey,
    HIRE_TO_ONBOARD_PULL_INTERVAL: '0',
    HIRE_TO_ONBOARD_SWEEP_INTERVAL_MS: '500',
    HIRE_TO_ONBOARD_CREATE_WINDOW_MS: '5000',
    HIRE_TO_ONBOARD_LANDING_GRACE_MS: '1000',
    HIRE_TO_ONBOARD_SEARCH_LAG_MS: '500',
    HIRE_TO_ONBOARD_LEASE_TTL_MS: '1500',
  };
}

/** Starts `index.ts serve` on a free port; resolves once it listens. */
export async function startServiceProcess(env: Record<string, string>): Promise<ServiceProcess> {
  const port = await freePort();
  let listening: (() => void) | undefined;
  const ready = new Promise<void>((resolve) => (listening = resolve));
  const process = spawnCli('serve', { ...env, HIRE_TO_ONBOARD_PORT: String(port) }, (stdout) => {
    // Looked for until seen only: the log grows with every hire.
    if (listening && stdout.includes(`listening on http://127.0.0.1:${port}`)) {
      listening();
      listening = undefined;
    }
  });
  await Promise.race([
    ready,
    process.exited.then((run) => {
      throw new Error(`serve exited (${run.code ?? run.signal}) before listening: ${run.stderr}`);
    }),
  ]);
  return { url: `http://127.0.0.1:${port}`, process };
}

/** One push as the ATS sends it: a path with its query, the signed body and headers. */
export interface Delivery {
  /** The hire's checkpoint key. */
  key: string;
  /** `/webhooks/comeet` or `/webhooks/moka?sign=…`. */
  path: string;
  /** The raw body. */
  body: string;
  /** The headers (Comeet's signature). */
  headers: Record<string, string>;
}

/** A date `days` after 2026-03-02 (hires spread over many onboarding dates, as in life). */
const onboardingDate = (days: number) => new Date(Date.UTC(2026, 2, 2 + days)).toISOString().slice(0, 10);

/**
 * The pushes of `count` hires: four in five Comeet hire webhooks (one in ten of them without an
 * email, so nothing unique identifies the person), one in five Moka `pushCandidate` pushes (phone
 * and email). `copy(i)` gives a delivery of hire `i`: Comeet re-sends the same signed body, Moka a
 * new push id for the same application.
 */
export function hireFeed(count: number): { keys: string[]; copy(index: number): Delivery } {
  const keys: string[] = [];
  const make: (() => Delivery)[] = [];
  for (let i = 0; i < count; i++) {
    const date = onboardingDate(i % 40);
    if (i % 5 === 4) {
      const applicationId = 48_000_000 + i;
      const record = buildCandidate(applicationId, { name: `Candidate ${i}` });
      record['offer'] = { ...(record['offer'] as object), status: 'accepted', checkinDate: `${date}T01:00:00.000Z` };
      keys.push(`moka:${applicationId}`);
      let pushes = 0;
      make.push(() => {
        const body = JSON.stringify({
          id: `push-${applicationId}-${pushes++}`,
          event: 'pushCandidate',
          triggeredAt: Math.floor(Date.now() / 1000),
          data: { ...record, operator: { name: '报表_HR', email: 'hr@example.com' } },
        });
        const sign = encodeURIComponent(signMokaWebhook(body, SANDBOX_SECRETS.mokaSigningKey));
        return { key: `moka:${applicationId}`, path: `/webhooks/moka?sign=${sign}`, body, headers: {} };
      });
    } else {
      const id = `C${i}`;
      const body = JSON.stringify({
        comeet_id: id,
        first_name: 'Hire',
        last_name: `Number ${i}`,
        ...(i % 10 === 3 ? {} : { email: `hire${i}@example.com` }),
        start_date: date,
        position: { comeet_id: '11.11', name: 'Automation QA', department: i % 2 ? 'R&D' : 'Sales' },
      });
      const signature = signHireWebhook(body, SANDBOX_SECRETS.comeetWebhookSecret);
      keys.push(`comeet:${id}`);
      make.push(() => ({ key: `comeet:${id}`, path: '/webhooks/comeet', body, headers: { signature } }));
    }
  }
  return { keys, copy: (index) => make[index]!() };
}

/** How a delivery ended: the last status (0: no process answered). */
export interface DeliveryResult {
  status: number;
  attempts: number;
}

/**
 * Sends a delivery the way an ATS does behind a load balancer: to `pick()`, again to another pick
 * after a connection failure or a 5xx (a killed process), up to 20 times. 2xx (taken) and 401
 * (refused as a replay: another copy was taken) end it.
 */
export async function deliver(delivery: Delivery, pick: () => string): Promise<DeliveryResult> {
  let status = 0;
  for (let attempt = 1; attempt <= 20; attempt++) {
    try {
      const response = await fetch(`${pick()}${delivery.path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...delivery.headers },
        body: delivery.body,
        signal: AbortSignal.timeout(10_000),
      });
      status = response.status;
      await response.arrayBuffer();
      if (status < 500) return { status, attempts: attempt };
    } catch {
      status = 0;
    }
    await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
  }
  return { status, attempts: 20 };
}
