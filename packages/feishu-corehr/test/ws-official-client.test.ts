import * as Lark from '@larksuiteoapi/node-sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { FeishuCoreHRClient } from '../src/index.js';
import { type RunningFeishuSandbox, startFeishuSandbox } from '../src/testing.js';
import { FeishuLongConnection } from '../src/ws.js';

/**
 * The sandbox's long-connection server against Feishu's own Node client (`@larksuiteoapi/node-sdk`
 * `WSClient`, protobufjs frames, its own reconnect loop), pointed at loopback through its `domain`
 * option: if the official client receives and acknowledges the same events as ours, the sandbox
 * speaks the protocol as Feishu's client understands it.
 */

const TYPES = [
  'corehr.pre_hire.updated_v1',
  'corehr.pre_hire.onboarding_task_changed_v2',
  'corehr.employee.domain_event_v2',
] as const;

/** What a receiver saw: the event's id and what it says. */
interface Seen {
  eventId: string;
  summary: string;
}

interface Receiver {
  received: Seen[];
  reconnected: () => Promise<void>;
  close(): Promise<void>;
}

const summary = (type: string, body: Record<string, unknown>) =>
  `${type} ${String(body.pre_hire_id ?? body.note ?? '')} ${JSON.stringify(body.field_changes ?? body.onboarding_flow_change ?? '')}`;

const silentLarkLogger = { error() {}, warn() {}, info() {}, debug() {}, trace() {} };

async function official(sandbox: RunningFeishuSandbox, slow: (summary: string) => boolean): Promise<Receiver> {
  const received: Seen[] = [];
  let onReconnected: () => void = () => {};
  let ready!: () => void;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  const client = new Lark.WSClient({
    appId: sandbox.appId,
    appSecret: sandbox.appSecret,
    domain: sandbox.baseUrl, // loopback only
    logger: silentLarkLogger,
    onReady: () => ready(),
    onReconnected: () => onReconnected(),
  });
  const handle = async (type: string, data: Record<string, unknown>) => {
    const line = summary(type, data);
    if (slow(line)) await new Promise((resolve) => setTimeout(resolve, 400));
    received.push({ eventId: String(data.event_id), summary: line });
  };
  const dispatcher = new Lark.EventDispatcher({ logger: silentLarkLogger }).register(
    Object.fromEntries(TYPES.map((type) => [type, (data: Record<string, unknown>) => handle(type, data)])) as never,
  );
  void client.start({ eventDispatcher: dispatcher });
  await isReady;
  return {
    received,
    reconnected: () => new Promise<void>((resolve) => (onReconnected = resolve)),
    close: async () => client.close({ force: true }),
  };
}

async function ours(sandbox: RunningFeishuSandbox, slow: (summary: string) => boolean): Promise<Receiver> {
  const received: Seen[] = [];
  let onReconnected: () => void = () => {};
  const connection = new FeishuLongConnection({
    appId: sandbox.appId,
    appSecret: sandbox.appSecret,
    baseUrl: sandbox.baseUrl,
    handler: async (event) => {
      const line = summary(event.type, (event.event ?? {}) as Record<string, unknown>);
      if (slow(line)) await new Promise((resolve) => setTimeout(resolve, 400));
      received.push({ eventId: event.id, summary: line });
    },
    onStateChange: ({ state, previous }) => {
      if (state === 'connected' && previous === 'reconnecting') onReconnected();
    },
  });
  await connection.start();
  return {
    received,
    reconnected: () => new Promise<void>((resolve) => (onReconnected = resolve)),
    close: () => connection.close(),
  };
}

let sandbox: RunningFeishuSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

/**
 * The same script against either client: pre-hire lifecycle calls (each pushes its event), an event
 * large enough to be split into shuffled parts, an event type no package types, a slow handler and
 * a cut connection between two batches. Returns what the client received and what the sandbox saw.
 */
async function script(connect: typeof official) {
  sandbox = await startFeishuSandbox({ longConnection: { partBytes: 48, shuffleParts: true } });
  const server = sandbox.state.longConnection;
  const receiver = await connect(sandbox, (line) => line.includes('7140964208476372'));
  const feishu = new FeishuCoreHRClient({
    appId: sandbox.appId,
    appSecret: sandbox.appSecret,
    baseUrl: sandbox.baseUrl,
  });
  const datePatch = (date: string) => ({
    offer_info_update: { onboarding_date: date },
    standard_update_fields: ['offer_info_update.onboarding_date'],
  });

  await feishu.preHires.patchV2('7140964208476371', datePatch('2026-09-01'));
  await feishu.preHires.patchV2('7140964208476372', datePatch('2026-09-02'));
  await feishu.preHires.withdrawOnboarding({ pre_hire_id: '7140964208476371', withdraw_reason: 'declined' });
  await sandbox.state.events.pushV2('corehr.employee.domain_event_v2', { note: 'x'.repeat(2_000) });
  await server.idle();

  const reconnected = receiver.reconnected();
  server.disconnect('terminate');
  await reconnected;

  await feishu.preHires.restoreFlowInstance({ pre_hire_id: '7140964208476371' });
  await feishu.preHires.patchV2('7140964208476372', datePatch('2026-09-03'));
  await server.idle();
  await receiver.close();
  return { received: receiver.received, acks: [...server.acks], messagesSent: server.messagesSent };
}

describe('the sandbox speaks the long-connection protocol as the official client understands it', () => {
  it('the official WSClient and ours receive and acknowledge the same events, once each', async () => {
    const theirs = await script(official);
    const mine = await script(ours);

    expect(theirs.received.map((e) => e.summary).sort()).toEqual(mine.received.map((e) => e.summary).sort());
    expect(mine.received).toHaveLength(6);
    for (const run of [theirs, mine]) {
      expect(new Set(run.received.map((e) => e.eventId)).size).toBe(run.received.length);
      expect(run.acks.map((a) => a.code)).toEqual(Array(6).fill(200));
      expect(run.messagesSent).toBe(6);
      for (const ack of run.acks) expect(ack.bizRt).toEqual(expect.any(Number));
    }
    // Ours sends the 64-bit SeqID / LogID back unchanged and a non-negative biz_rt; the official
    // client reports biz_rt as start - end (negative) and passes LogID through a JS number.
    for (const ack of mine.acks) {
      expect(ack.echoed).toBe(true);
      expect(ack.bizRt).toBeGreaterThanOrEqual(0);
    }
  });

  it('pushes each event to one of the connected clients (cluster mode): both clients together receive each once', async () => {
    sandbox = await startFeishuSandbox({ longConnection: { partBytes: 40 } });
    const theirs = await official(sandbox, () => false);
    const mine = await ours(sandbox, () => false);
    expect(sandbox.state.longConnection.connections).toBe(2);
    for (let i = 0; i < 40; i++)
      await sandbox.state.events.pushV2('corehr.pre_hire.updated_v1', { pre_hire_id: `p${i}`, field_changes: ['x'] });
    await sandbox.state.longConnection.idle();
    const all = [...theirs.received, ...mine.received];
    expect(all).toHaveLength(40);
    expect(new Set(all.map((e) => e.summary)).size).toBe(40);
    expect(theirs.received.length).toBeGreaterThan(0);
    expect(mine.received.length).toBeGreaterThan(0);
    await theirs.close();
    await mine.close();
  });
});
