import type { FeishuCoreHRClient } from '@hr/feishu-corehr';
import { type FeishuEvent, FeishuLongConnection } from '@hr/feishu-corehr/ws';
import { runWhenEntryPoint } from '../shared/entry.js';
import { liveFlagSet } from '../shared/live.js';
import { type Connection, connect } from './connect.js';

/**
 * Receives CoreHR events over Feishu's long connection: the app opens a WebSocket to Feishu, so it
 * needs no public URL (custom apps only). Against the sandbox: a hire date change and a withdrawn
 * onboarding arrive as typed events (the withdrawal split across frames), the connection is cut and
 * comes back by itself, and `close()` waits for the handler. Against the real API it only says what
 * it would do: Feishu pushes each event to one of an app's connections, so listening here would take
 * events away from your own receivers; with --live / HR_LIVE=1 it listens for FEISHU_LISTEN_SECONDS
 * (default 3) and prints what arrives.
 */
export async function longConnection(connection: Connection): Promise<void> {
  if (!connection.sandbox) return listenToFeishu();
  const { sandbox, client } = connection;
  const arrived = waiter();
  const feishuEvents = new FeishuLongConnection({
    appId: sandbox.appId,
    appSecret: sandbox.appSecret,
    baseUrl: sandbox.baseUrl,
    // Handled event ids go to this process's seen-store (re-deliveries are skipped); several processes
    // share one with `seenStore: new RedisSeenStore(...)` from @hr/redis.
    onStateChange: ({ previous, state }) => console.log(`  connection: ${previous} → ${state}`),
    handler: async (event) => {
      console.log(`  event ${event.id}: ${describe(event)}`);
      if (event.kind === 'event' && event.type === 'corehr.pre_hire.updated_v1') await printPreHire(client, event);
      arrived.one();
    },
  });
  await feishuEvents.start();
  try {
    await changeHireDate(client, '7140964208476372', '2026-10-05');
    await arrived.count(1);

    const server = sandbox.state.longConnection;
    server.partBytes = 64; // the sandbox now splits messages into 64-byte frames, as Feishu may
    const framesBefore = server.framesSent;
    await client.preHires.withdrawOnboarding({
      pre_hire_id: '7140964208476372',
      withdraw_reason: 'declined the offer',
    });
    await arrived.count(2);
    console.log(`  (that event came in ${server.framesSent - framesBefore} frames, joined by message_id)`);

    server.disconnect('terminate'); // the network drops: the client reconnects with the server's policy
    await client.preHires.restoreFlowInstance({ pre_hire_id: '7140964208476372' });
    await arrived.count(3);
  } finally {
    await feishuEvents.close();
  }
  console.log(`  closed cleanly: ${JSON.stringify(feishuEvents.stats)}`);
}

/** The real API: read-only by default (no connection), a short listen with --live / HR_LIVE=1. */
async function listenToFeishu(): Promise<void> {
  const { FEISHU_APP_ID: appId, FEISHU_APP_SECRET: appSecret, FEISHU_BASE_URL, FEISHU_DOMAIN } = process.env;
  if (!liveFlagSet()) {
    console.log(
      "  [read-only] would open a long connection and print events: Feishu pushes each event to one of the app's connections, so it would take events from your receivers (--live / HR_LIVE=1 to listen)",
    );
    return;
  }
  const seconds = Number(process.env.FEISHU_LISTEN_SECONDS ?? 3);
  const feishuEvents = new FeishuLongConnection({
    appId: appId!,
    appSecret: appSecret!,
    baseUrl: FEISHU_BASE_URL,
    domain: FEISHU_DOMAIN === 'lark' ? 'lark' : 'feishu',
    onStateChange: ({ previous, state }) => console.log(`  connection: ${previous} → ${state}`),
    handler: (event) => console.log(`  event ${event.id}: ${describe(event)}`),
  });
  await feishuEvents.start();
  console.log(`  listening for ${seconds} s`);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  await feishuEvents.close();
}

function describe(event: FeishuEvent): string {
  if (event.kind === 'unknown_event') return `${event.type} (not typed by this package: raw)`;
  switch (event.type) {
    case 'corehr.pre_hire.updated_v1':
      return `pre-hire ${event.event.pre_hire_id} changed ${JSON.stringify(event.event.field_changes)}`;
    case 'corehr.pre_hire.onboarding_task_changed_v2':
      return `pre-hire ${event.event.pre_hire_id} onboarding flow ${event.event.onboarding_flow_change?.after_status ?? 'tasks changed'}`;
    default:
      return event.type;
  }
}

async function changeHireDate(client: FeishuCoreHRClient, preHireId: string, date: string): Promise<void> {
  await client.preHires.patchV2(preHireId, {
    offer_info_update: { onboarding_date: date },
    standard_update_fields: ['offer_info_update.onboarding_date'],
  });
}

async function printPreHire(client: FeishuCoreHRClient, event: FeishuEvent & { kind: 'event' }): Promise<void> {
  const id = (event.event as { pre_hire_id?: string | null }).pre_hire_id;
  if (!id) return;
  const page = await client.preHires.query({ pre_hire_ids: [id], fields: ['onboarding_info'] });
  console.log(`    fetched ${id}: starts ${page.items?.[0]?.onboarding_info?.onboarding_date}`);
}

/** Counts handled events and lets the example wait for the n-th one. */
function waiter() {
  let seen = 0;
  const waiting = new Map<number, () => void>();
  return {
    one() {
      seen++;
      waiting.get(seen)?.();
    },
    count(n: number) {
      return seen >= n ? Promise.resolve() : new Promise<void>((resolve) => waiting.set(n, resolve));
    },
  };
}

await runWhenEntryPoint(import.meta.url, connect, longConnection);
