import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MemorySeenStore } from '@hr/core/webhooks';
import { type RunningFeishuSandbox, startFeishuSandbox } from '@hr/feishu-corehr/testing';
import { type FeishuConnectionState, FeishuLongConnection } from '@hr/feishu-corehr/ws';
import { prng } from './support/prng.js';

/**
 * `pnpm test:soak feishu-ws`: 10,000 CoreHR events over the long connection, from the sandbox's
 * server to `FeishuLongConnection`, with the connection cut (close frame or TCP reset, at random)
 * every 200–500 events, about one event in ten split across shuffled frames, slow handlers, and
 * handlers that fail once (Feishu's redelivery brings them back). Checks that every event's handler
 * succeeded exactly once after de-duplication by event id (`seenStore`), and that memory stays flat
 * (split events cut off by a disconnect are dropped after `partialEventTimeout` and sent again: `stats.dropped`);
 * writes the figures to `reliability/results/feishu-ws-soak.json` (`SOAK_EVENTS`, `SOAK_SEED`).
 */

const TOTAL_EVENTS = Number(process.env.SOAK_EVENTS ?? 10_000);
const seed = Number(process.env.SOAK_SEED ?? Date.now() % 1_000_000);
const random = prng(seed);
const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

let sandbox: RunningFeishuSandbox;
beforeAll(async () => {
  sandbox = await startFeishuSandbox({
    enforceRateLimits: false,
    longConnection: { partBytes: 1024, shuffleParts: true, redeliveryDelayMs: 20, maxRedeliveries: 10 },
  });
});
afterAll(async () => {
  await sandbox?.close();
});

const until = async (condition: () => boolean, what: string, timeoutMs = 60_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

/** Heap and RSS after a full collection, in MiB. */
function memory() {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { rssMiB: +(rss / 2 ** 20).toFixed(1), heapMiB: +(heapUsed / 2 ** 20).toFixed(1) };
}

it(`${TOTAL_EVENTS} events with random disconnects: none lost, none handled twice, memory flat`, async () => {
  expect((globalThis as { gc?: unknown }).gc, 'run with --expose-gc (pnpm test:soak)').toBeTypeOf('function');
  const server = sandbox.state.longConnection;
  const successes = new Map<string, number>();
  const failedOnce = new Set<string>();
  let handlerCalls = 0;
  const states: FeishuConnectionState[] = [];
  const connection = new FeishuLongConnection({
    appId: sandbox.appId,
    appSecret: sandbox.appSecret,
    baseUrl: sandbox.baseUrl,
    seenStore: new MemorySeenStore(),
    handlerTimeout: 2_000,
    logLevel: 'off',
    onStateChange: ({ state }) => states.push(state),
    handler: async (event) => {
      handlerCalls++;
      const id = event.id;
      const n = Number((event.event as { pre_hire_id: string }).pre_hire_id);
      if (n % 97 === 0) await new Promise((resolve) => setTimeout(resolve, 20)); // slow handlers
      if (n % 211 === 0 && !failedOnce.has(id)) {
        failedOnce.add(id);
        throw new Error('the database is busy'); // fails once, then Feishu's redelivery succeeds
      }
      successes.set(id, (successes.get(id) ?? 0) + 1);
    },
  });
  await connection.start();

  // Warm up (JIT, buffers), then take the starting figures.
  for (let i = 0; i < 200; i++) await push(-1 - i);
  await server.idle(60_000);
  successes.clear();
  const start = memory();
  const samples: number[] = [start.heapMiB];
  const began = Date.now();
  let disconnects = 0;
  let acks = 0;
  let nextCut = between(200, 500);
  const expected = new Set<string>();
  sandbox.state.events.listeners.add((payload) =>
    expected.add(String((payload.header as { event_id?: string } | undefined)?.event_id)),
  );

  async function push(n: number): Promise<void> {
    // About one event in ten carries a long field list, larger than a frame part: split.
    const fieldChanges =
      n % 10 === 3 ? Array.from({ length: 150 }, (_, i) => `custom_field_${i}`) : ['onboarding_date'];
    await sandbox.state.events.pushV2('corehr.pre_hire.updated_v1', {
      pre_hire_id: String(n),
      field_changes: fieldChanges,
    });
  }

  for (let n = 0; n < TOTAL_EVENTS; n++) {
    await push(n);
    if (n + 1 === nextCut) {
      disconnects += server.disconnect(random() < 0.5 ? 'close' : 'terminate');
      nextCut += between(200, 500);
    }
    // Keep a few hundred events in flight, so cuts land mid-stream.
    if (n % 50 === 49) await until(() => server.pending < 300, 'the queue to drain');
    if (n % 1_000 === 999) {
      acks += server.acks.length;
      server.acks.length = 0; // the sandbox's own record, not the client's memory
      samples.push(memory().heapMiB);
    }
  }
  await server.idle(120_000);
  await connection.close();
  const end = memory();
  const seconds = (Date.now() - began) / 1000;

  const lost = [...expected].filter((id) => !successes.has(id));
  const duplicated = [...successes].filter(([, count]) => count > 1);
  const figures = {
    events: TOTAL_EVENTS,
    seed,
    seconds: +seconds.toFixed(1),
    disconnects,
    reconnects: states.filter((s) => s === 'connected').length - 1,
    messagesSent: server.messagesSent,
    acknowledgements: acks + server.acks.length,
    redeliveries: server.messagesSent - TOTAL_EVENTS - 200,
    handlerCalls,
    handledOnce: successes.size,
    lost: lost.length,
    duplicated: duplicated.length,
    failedOnceThenRedelivered: failedOnce.size,
    stats: connection.stats,
    abandonedBySandbox: server.abandoned.length,
    memory: { start, end, heapSamplesMiB: samples },
    node: process.version,
  };
  mkdirSync(new URL('../results/', import.meta.url), { recursive: true });
  writeFileSync(new URL('../results/feishu-ws-soak.json', import.meta.url), `${JSON.stringify(figures, null, 2)}\n`);
  console.log(JSON.stringify(figures));

  expect(lost).toEqual([]);
  expect(duplicated).toEqual([]);
  expect(successes.size).toBe(TOTAL_EVENTS);
  expect(server.abandoned).toEqual([]);
  expect(disconnects).toBeGreaterThanOrEqual(Math.floor(TOTAL_EVENTS / 500) - 1);
  // Flat: the heap after GC grows by no more than the ids kept on purpose (10,000 in the seen-store
  // and in the soak's own sets and maps: a few MiB), however many events went through.
  expect(end.heapMiB - start.heapMiB).toBeLessThan(16);
});
