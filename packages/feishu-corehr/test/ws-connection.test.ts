import { inspect } from 'node:util';
import { AbortError, InputValidationError } from '@hr/core';
import { captureLogger } from '@hr/core/testing';
import { MemorySeenStore } from '@hr/core/webhooks';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { FeishuCoreHRClient } from '../src/index.js';
import { type RunningFeishuSandbox, startFeishuSandbox } from '../src/testing.js';
import {
  type FeishuConnectionStateChange,
  type FeishuEvent,
  FeishuLongConnection,
  FeishuLongConnectionError,
  type FeishuLongConnectionOptions,
  connectFeishuEvents,
} from '../src/ws.js';
import { redactSocketUrl } from '../src/ws/endpoint.js';

const APP_SECRET = 'ws-app-secret-4c3b2a1f0e-never-logged';

let sandbox: RunningFeishuSandbox;
const open: FeishuLongConnection[] = [];

async function start(
  overrides: Partial<FeishuLongConnectionOptions> = {},
  sandboxOptions: Parameters<typeof startFeishuSandbox>[0] = {},
) {
  sandbox = await startFeishuSandbox({ appSecret: APP_SECRET, ...sandboxOptions });
  const events: FeishuEvent[] = [];
  const states: FeishuConnectionStateChange[] = [];
  const log = captureLogger();
  const connection = new FeishuLongConnection({
    appId: sandbox.appId,
    appSecret: sandbox.appSecret,
    baseUrl: sandbox.baseUrl,
    handler: (event) => {
      events.push(event);
    },
    onStateChange: (change) => states.push(change),
    logger: log.logger,
    logLevel: 'debug',
    seenStore: new MemorySeenStore(), // each test its own (the default is one per process)
    ...overrides,
  });
  open.push(connection);
  return { connection, events, states, log, server: sandbox.state.longConnection };
}

const push = (preHireId: string, fieldChanges = ['onboarding_date']) =>
  sandbox.state.events.pushV2('corehr.pre_hire.updated_v1', { pre_hire_id: preHireId, field_changes: fieldChanges });

const until = async (condition: () => boolean, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

afterEach(async () => {
  await Promise.all(open.splice(0).map((connection) => connection.close()));
  await sandbox?.close();
});

describe('FeishuLongConnection against the sandbox', () => {
  it('asks the endpoint with the app credentials, connects, and resolves start() once connected', async () => {
    const { connection, states, server } = await start();
    expect(connection.state).toBe('idle');
    await connection.start();
    expect(connection.state).toBe('connected');
    expect(states.map((s) => s.state)).toEqual(['connecting', 'connected']);
    const [request] = sandbox.server.requests.filter((r) => r.path === '/callback/ws/endpoint');
    expect(request?.method).toBe('POST');
    expect(JSON.parse(request!.body)).toEqual({ AppID: sandbox.appId, AppSecret: APP_SECRET });
    expect(request?.headers.locale).toBe('zh');
    expect(server.connections).toBe(1);
    await until(() => server.pings === 1); // one ping at once, then every PingInterval
    expect(connection.clientConfig).toEqual(server.clientConfig);
  });

  it("hands the lifecycle's events over typed, like parseFeishuEvent, and acknowledges each with 200 and biz_rt", async () => {
    const { connection, events, server } = await start();
    await connection.start();
    const feishu = new FeishuCoreHRClient({ appId: sandbox.appId, appSecret: APP_SECRET, baseUrl: sandbox.baseUrl });
    await feishu.preHires.patchV2('7140964208476371', {
      offer_info_update: { onboarding_date: '2026-09-01' },
      standard_update_fields: ['offer_info_update.onboarding_date'],
    });
    await feishu.preHires.withdrawOnboarding({ pre_hire_id: '7140964208476371', withdraw_reason: 'declined' });
    await sandbox.state.events.pushV2('corehr.employee.domain_event_v2', { anything: 1 });
    await server.idle();

    expect(events.map((e) => [e.kind, e.type])).toEqual([
      ['event', 'corehr.pre_hire.updated_v1'],
      ['event', 'corehr.pre_hire.onboarding_task_changed_v2'],
      ['unknown_event', 'corehr.employee.domain_event_v2'],
    ]);
    const [updated, changed] = events;
    if (updated?.kind !== 'event' || updated.type !== 'corehr.pre_hire.updated_v1')
      throw new Error('expected the update first');
    expect(updated.event).toEqual({ pre_hire_id: '7140964208476371', field_changes: ['onboarding_date'] });
    expect(updated.header.tenant_key).toBe('sandbox-tenant');
    if (changed?.kind !== 'event' || changed.type !== 'corehr.pre_hire.onboarding_task_changed_v2')
      throw new Error('expected the flow change');
    expect(changed.event.onboarding_flow_change?.after_status).toBe('withdrawn');
    expect(events[2]?.event).toEqual({ anything: 1 });

    expect(server.acks).toHaveLength(3);
    for (const ack of server.acks) {
      expect(ack.code).toBe(200);
      expect(ack.bizRt).toBeGreaterThanOrEqual(0);
      expect(ack.echoed).toBe(true); // 64-bit SeqID / LogID sent back unchanged
    }
    expect(connection.stats).toMatchObject({ received: 3, handled: 3, failed: 0, duplicates: 0 });
  });

  it('joins events split across frames, in seq order whatever order the parts arrive in', async () => {
    const { connection, events, server } = await start({}, { longConnection: { partBytes: 16, shuffleParts: true } });
    await connection.start();
    const long = Array.from({ length: 40 }, (_, i) => `field_${i}`);
    for (let i = 0; i < 5; i++) await push(`pre-hire-${i}`, long);
    await server.idle();
    expect(events.map((e) => (e.event as { pre_hire_id: string }).pre_hire_id).sort()).toEqual(
      [0, 1, 2, 3, 4].map((i) => `pre-hire-${i}`),
    );
    for (const event of events) expect((event.event as { field_changes: string[] }).field_changes).toEqual(long);
    expect(server.messagesSent).toBe(5);
  });

  it('acknowledges a throwing handler as failed, keeps the connection, and handles the redelivery', async () => {
    let calls = 0;
    const { connection, server } = await start({
      handler: () => {
        calls++;
        if (calls === 1) throw new Error('database down');
      },
    });
    await connection.start();
    await push('pre-hire-1');
    await server.idle();
    expect(server.acks.map((a) => a.code)).toEqual([500, 200]);
    expect(new Set(server.acks.map((a) => a.eventId)).size).toBe(1);
    expect(connection.state).toBe('connected');
    expect(connection.stats).toMatchObject({ received: 2, failed: 1, handled: 1 });
  });

  it('times out a hanging handler: failed acknowledgement, aborted signal, the connection goes on', async () => {
    const signals: AbortSignal[] = [];
    const { connection, server } = await start({
      handlerTimeout: 100,
      handler: (event, { signal }) => {
        signals.push(signal);
        if ((event.event as { pre_hire_id: string }).pre_hire_id === 'hangs' && signals.length === 1)
          return new Promise(() => {});
        return undefined;
      },
    });
    await connection.start();
    await push('hangs');
    await until(() => server.acks.length === 1);
    expect(server.acks[0]?.code).toBe(500);
    expect(signals[0]?.aborted).toBe(true);
    await push('next');
    await server.idle();
    expect(connection.stats).toMatchObject({ timedOut: 1, handled: 2 });
    expect(connection.state).toBe('connected');
  });

  it('skips re-deliveries of handled events through the seen-store, and joins a copy arriving while the original is handled', async () => {
    const seen = new MemorySeenStore();
    let calls = 0;
    const { connection, server } = await start({
      seenStore: seen,
      handler: async () => {
        calls++;
        await new Promise((resolve) => setTimeout(resolve, 50));
      },
    });
    await connection.start();
    const event = {
      schema: '2.0',
      header: { event_id: 'evt-fixed-1', event_type: 'corehr.pre_hire.updated_v1' },
      event: { pre_hire_id: '1' },
    };
    server.push(event);
    server.push(structuredClone(event)); // a copy arriving while the original is handled
    await server.idle();
    expect(seen.entries().map(([key]) => key)).toEqual(['feishu:evt-fixed-1']);
    server.push(structuredClone(event)); // Feishu pushes it again later
    await server.idle();
    expect(calls).toBe(1);
    expect(connection.stats.duplicates).toBe(2);
    expect(server.acks.map((a) => a.code)).toEqual([200, 200, 200]);
  });

  it('releases the claim of an event whose handler failed, so the re-delivery is handled', async () => {
    const seen = new MemorySeenStore();
    let calls = 0;
    const { connection, server } = await start({
      seenStore: seen,
      handler: () => {
        if (++calls === 1) throw new Error('the database is busy');
      },
    });
    await connection.start();
    await push('p1');
    await until(() => server.acks.length === 1);
    expect(server.acks[0]?.code).toBe(500);
    await server.idle();
    expect(calls).toBe(2);
    expect(seen.size).toBe(1);
    expect(server.acks.map((a) => a.code)).toEqual([500, 200]);
  });

  it('survives forced disconnects (close frame and TCP cut) without losing an event', async () => {
    const { connection, events, states, server } = await start();
    await connection.start();
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < 5; i++) await push(`r${round}-e${i}`);
      server.disconnect(round % 2 === 0 ? 'close' : 'terminate');
      await until(() => states.filter((s) => s.state === 'connected').length === round + 2);
    }
    await server.idle();
    const ids = new Set(events.map((e) => e.header.event_id));
    expect(ids.size).toBe(20);
    expect(states.filter((s) => s.state === 'reconnecting')).toHaveLength(4);
    expect(server.endpointCalls).toBe(5); // a fresh URL and ticket for every connection
  });

  it('reconnects with the policy the server announces in a pong, and pings at its interval', async () => {
    const { connection, server } = await start();
    await connection.start();
    server.setClientConfig({ PingInterval: 1, ReconnectInterval: 1, ReconnectNonce: 0, ReconnectCount: 2 });
    await until(() => connection.clientConfig.PingInterval === 1);
    await until(() => server.pings >= 2, 3_000);
    expect(connection.clientConfig).toEqual({
      PingInterval: 1,
      ReconnectCount: 2,
      ReconnectInterval: 1,
      ReconnectNonce: 0,
    });
  });

  it('retries a refused handshake worth retrying, and gives up after ReconnectCount attempts', async () => {
    const { connection, states, server } = await start(
      {},
      { longConnection: { clientConfig: { ReconnectCount: 2, ReconnectInterval: 1, ReconnectNonce: 0 } } },
    );
    server.refuseHandshakes({ status: 514, message: 'auth failed' });
    await connection.start(); // refused once, then connected
    expect(states.map((s) => s.state)).toEqual(['connecting', 'reconnecting', 'connected']);
    expect(states[1]?.error?.message).toContain('Handshake-Status 514');

    server.refuseHandshakes({ status: 514 }, { status: 514 }, { status: 514 });
    server.disconnect('terminate');
    await until(() => connection.state === 'failed');
    expect(FeishuLongConnectionError.isInstance(connection.error)).toBe(true);
    expect((connection.error as FeishuLongConnectionError).reason).toBe('reconnect_exhausted');
    expect(server.endpointCalls).toBe(4); // refused, connected, then the 2 reconnect attempts allowed
  });

  it('keeps asking while the endpoint answers "system busy", then reconnects', async () => {
    // Connected first, so the server's policy (no random wait, 1 s apart) is known, not the SDKs' defaults.
    const { connection, states, log } = await start();
    await connection.start();
    sandbox.server.use(
      http.post('*/callback/ws/endpoint', () => HttpResponse.json({ code: 1, msg: 'system busy' }), { once: true }),
    );
    sandbox.state.longConnection.disconnect('terminate');
    await until(() => states.filter((s) => s.state === 'connected').length === 2);
    expect(states.map((s) => s.state)).toEqual(['connecting', 'connected', 'reconnecting', 'connected']);
    expect(sandbox.server.requests.filter((r) => r.path === '/callback/ws/endpoint')).toHaveLength(3);
    expect(log.lines.some((line) => line.includes('the endpoint answered code 1 system busy'))).toBe(true);
  });

  it('gives up at once when the app is banned (403) or has too many connections (514 / 1000040350)', async () => {
    for (const refusal of [{ status: 403 }, { status: 514, authErrorCode: 1000040350 }]) {
      const { connection, server } = await start();
      server.refuseHandshakes(refusal);
      const error = await connection.start().catch((e: unknown) => e);
      expect(FeishuLongConnectionError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ reason: 'handshake_refused', code: refusal.status, retryable: false });
      expect(connection.state).toBe('failed');
      await connection.close();
      await sandbox.close();
    }
  });

  it('refuses the 51st connection of an app, as Feishu documents', async () => {
    const { connection } = await start();
    await connection.start();
    const another = () => {
      const extra = new FeishuLongConnection({
        appId: sandbox.appId,
        appSecret: APP_SECRET,
        baseUrl: sandbox.baseUrl,
        handler: () => {},
      });
      open.push(extra);
      return extra;
    };
    await Promise.all(Array.from({ length: 49 }, () => another().start()));
    expect(sandbox.state.longConnection.connections).toBe(50);
    const last = another();
    await expect(last.start()).rejects.toMatchObject({ reason: 'handshake_refused', code: 514 });
  });

  it('fails start() on wrong credentials without the secret in the error or the logs', async () => {
    const { log } = await start();
    const wrong = 'wrong-secret-0f9e8d7c6b5a';
    const connection = new FeishuLongConnection({
      appId: sandbox.appId,
      appSecret: wrong,
      baseUrl: sandbox.baseUrl,
      handler: () => {},
      logger: log.logger,
      logLevel: 'debug',
    });
    open.push(connection);
    const error = await connection.start().catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'endpoint_refused', code: 514, retryable: false });
    const everything = [inspect(error, { depth: 10 }), JSON.stringify(error), ...log.lines].join('\n');
    expect(everything).not.toContain(wrong);
    expect(connection.state).toBe('failed');
  });

  it('never logs or throws the app secret, the ticket or the access key of the socket URL', async () => {
    const { connection, log, server } = await start({ handlerTimeout: 50 });
    const secrets: string[] = [];
    const answer = server.endpointAnswer.bind(server);
    server.endpointAnswer = (body) => {
      const result = answer(body);
      const url = new URL((result.data as { URL: string }).URL);
      secrets.push(url.searchParams.get('ticket')!, url.searchParams.get('access_key')!);
      return result;
    };
    await connection.start();
    await push('p1');
    server.refuseHandshakes({ status: 500, message: 'boom' });
    server.disconnect('terminate');
    await until(() => connection.state === 'connected' && server.connections === 1);
    await server.idle();
    await connection.close();
    expect(secrets.length).toBeGreaterThanOrEqual(4);
    const everything = log.lines.join('\n');
    expect(everything).toContain('opening the socket');
    for (const secret of [APP_SECRET, ...secrets]) expect(everything).not.toContain(secret);
  });

  it('redacts every query value of the socket URL but device_id and service_id', () => {
    expect(
      redactSocketUrl(
        'wss://msg-frontier.feishu.cn/ws/v2?fpid=493&device_id=7&access_key=abc&service_id=33&ticket=xyz',
      ),
    ).toBe(
      'wss://msg-frontier.feishu.cn/ws/v2?fpid=%5BREDACTED%5D&device_id=7&access_key=%5BREDACTED%5D&service_id=33&ticket=%5BREDACTED%5D',
    );
    expect(redactSocketUrl('not a url ticket=xyz')).toBe('[REDACTED]');
  });

  it('close() waits for the handlers in flight, sends their acknowledgements, then closes cleanly', async () => {
    let finished = 0;
    const { connection, states, server } = await start({
      handler: async () => {
        await new Promise((resolve) => setTimeout(resolve, 200));
        finished++;
      },
    });
    await connection.start();
    await push('a');
    await push('b');
    await until(() => connection.stats.received === 2);
    await connection.close();
    expect(finished).toBe(2);
    expect(server.acks.map((a) => a.code)).toEqual([200, 200]);
    expect(connection.state).toBe('closed');
    expect(states.map((s) => s.state).slice(-2)).toEqual(['closing', 'closed']);
    await until(() => server.connections === 0);
  });

  it('stops when its AbortSignal aborts, and a start() after that rejects with AbortError', async () => {
    const controller = new AbortController();
    const { connection, server } = await start({ signal: controller.signal });
    await connection.start();
    controller.abort();
    await until(() => connection.state === 'closed');
    await until(() => server.connections === 0);

    const aborted = new FeishuLongConnection({
      appId: sandbox.appId,
      appSecret: APP_SECRET,
      baseUrl: sandbox.baseUrl,
      handler: () => {},
      signal: AbortSignal.abort(),
    });
    await expect(aborted.start()).rejects.toBeInstanceOf(AbortError);
    expect(sandbox.server.requests.filter((r) => r.path === '/callback/ws/endpoint')).toHaveLength(1);
  });

  it('close() during a reconnect wait ends the wait and rejects a pending start()', async () => {
    const { connection, server } = await start(
      {},
      { longConnection: { clientConfig: { ReconnectInterval: 60, ReconnectNonce: 0 } } },
    );
    server.refuseHandshakes({ status: 514 }, { status: 514 });
    const started = connection.start();
    await until(() => connection.state === 'reconnecting');
    await connection.close();
    await expect(started).rejects.toBeInstanceOf(AbortError);
    expect(connection.state).toBe('closed');
  });

  it('reopens the connection when no frame answers a ping within pongTimeout', async () => {
    const { connection, states, server } = await start({ pongTimeout: 150 });
    server.answerPings = false;
    await connection.start();
    await until(() => states.filter((s) => s.state === 'connected').length >= 2);
    expect(states.some((s) => s.state === 'reconnecting')).toBe(true);
    server.answerPings = true;
  });

  it('reads at most maxInFlight events at once and handles the rest after', async () => {
    let running = 0;
    let most = 0;
    const { connection, server } = await start({
      maxInFlight: 2,
      handler: async () => {
        most = Math.max(most, ++running);
        await new Promise((resolve) => setTimeout(resolve, 30));
        running--;
      },
    });
    await connection.start();
    for (let i = 0; i < 10; i++) await push(`p${i}`);
    await server.idle();
    expect(most).toBe(2);
    expect(connection.stats.handled).toBe(10);
  });

  it('refuses unknown and invalid options before anything is sent', async () => {
    sandbox = await startFeishuSandbox();
    const base = { appId: 'cli_x', appSecret: 's', handler: () => {} };
    expect(() => new FeishuLongConnection({ ...base, baseURL: 'http://x' } as never)).toThrow(/did you mean `baseUrl`/);
    expect(() => new FeishuLongConnection({ ...base, handlerTimeout: 0 })).toThrow(InputValidationError);
    expect(() => new FeishuLongConnection({ ...base, seenStore: {} as never })).toThrow(/seenStore/);
    expect(() => new FeishuLongConnection({ ...base, appSecret: '' })).toThrow(/appSecret/);
    expect(sandbox.server.requests).toHaveLength(0);
  });

  it('connectFeishuEvents() starts and resolves with the connection', async () => {
    sandbox = await startFeishuSandbox();
    const events: string[] = [];
    const connection = await connectFeishuEvents({
      appId: sandbox.appId,
      appSecret: sandbox.appSecret,
      baseUrl: sandbox.baseUrl,
      handler: (event) => void events.push(event.type),
    });
    open.push(connection);
    expect(connection.state).toBe('connected');
    await push('x');
    await sandbox.state.longConnection.idle();
    expect(events).toEqual(['corehr.pre_hire.updated_v1']);
  });
});
