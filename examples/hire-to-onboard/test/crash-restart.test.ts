import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startRedisServer } from '@hr/redis/testing';
import { type Sandboxes, addMokaCandidate, startSandboxes } from '../sandbox-demo.js';
import { CRASH_AFTER_CREATE_ENV } from '../sync/fault-injection.js';
import { outBizIdFor } from '../sync/idempotency.js';
import { realEnv, runCli, tempDir } from './harness.js';

interface Checkpoint {
  hires: Record<string, { state: string; preHireId?: string; outBizId: string; body?: unknown }>;
  cursors: Record<string, string>;
}

let sandboxes: Sandboxes;
let dir: Awaited<ReturnType<typeof tempDir>>;

beforeEach(async () => {
  sandboxes = await startSandboxes();
  dir = await tempDir();
});

afterEach(async () => {
  await sandboxes.close();
  await dir.cleanup();
});

/** Where the child processes keep the checkpoint, and how the test reads it. */
interface CheckpointPlace {
  env(): Record<string, string>;
  read(): Promise<Checkpoint>;
}

const redisServer = await startRedisServer();
afterAll(async () => {
  if (!('error' in redisServer)) await redisServer.stop();
});

const places: [string, () => CheckpointPlace, boolean][] = [
  [
    'in the JSON file (the default)',
    () => ({
      env: () => ({}),
      read: async () => JSON.parse(await readFile(join(dir.path, 'checkpoint.json'), 'utf8')) as Checkpoint,
    }),
    true,
  ],
  [
    'in Redis (REDIS_URL)',
    () => ({
      env: () => ({ REDIS_URL: (redisServer as { url: string }).url }),
      read: async () => {
        const redis = new Redis((redisServer as { url: string }).url);
        try {
          const hires = await redis.hgetall('hire-to-onboard:hires');
          return {
            hires: Object.fromEntries(Object.entries(hires).map(([key, json]) => [key, JSON.parse(json)])),
            cursors: await redis.hgetall('hire-to-onboard:cursors'),
          } as Checkpoint;
        } finally {
          redis.disconnect();
        }
      },
    }),
    !('error' in redisServer),
  ],
];

describe.each(places)('with the checkpoint %s', (_, placeFor, available) => {
  beforeEach(async () => {
    if ('error' in redisServer) return;
    const redis = new Redis(redisServer.url);
    await redis.flushall();
    redis.disconnect();
  });

  test.skipIf(!available)(
    'killed between "created in Feishu" and "checkpoint saved", a restart creates nothing twice and repairs the checkpoint',
    async () => {
      const place = placeFor();
      const ids = [1, 2, 3].map(() => String(addMokaCandidate(sandboxes.moka, 'offer', 'accepted')));
      const env = { ...realEnv(sandboxes, dir.path), HR_LIVE: '1', ...place.env() };
      const readCheckpoint = place.read;
      const feishu = sandboxes.feishu.state;

      // 1. The first run dies right after Feishu created the second pre-hire.
      const crashed = await runCli('pull', { ...env, [CRASH_AFTER_CREATE_ENV]: '2' });
      expect(crashed.signal, crashed.stderr).toBe('SIGKILL');
      expect(crashed.stderr).toContain(`[fault] ${CRASH_AFTER_CREATE_ENV}=2`);
      expect(feishu.createsApplied).toBe(2);
      const afterCrash = await readCheckpoint();
      expect(afterCrash.hires[`moka:${ids[0]}`]).toMatchObject({ state: 'created' });
      // The crash window: Feishu holds the second pre-hire, the checkpoint only the intent.
      const orphan = feishu.outBizIds.get(outBizIdFor('moka', ids[1]!));
      expect(orphan).toBeDefined();
      expect(afterCrash.hires[`moka:${ids[1]}`]).toMatchObject({
        state: 'pending',
        outBizId: outBizIdFor('moka', ids[1]!),
      });
      expect(afterCrash.hires[`moka:${ids[1]}`]!.preHireId).toBeUndefined();
      expect(afterCrash.hires[`moka:${ids[2]}`]).toBeUndefined();
      expect(afterCrash.cursors).toEqual({}); // the page was not finished: its cursor was not saved

      // 2. The restart: same command, no fault.
      const restarted = await runCli('pull', env);
      expect(restarted.code, restarted.stderr).toBe(0);
      expect(restarted.stdout).toContain(
        `moka:${ids[1]}: checkpoint repaired: Feishu answered with pre-hire ${orphan}`,
      );

      // Exactly one pre-hire per hire in Feishu, the orphan adopted rather than duplicated.
      expect(feishu.createsApplied).toBe(3);
      expect(ids.map((id) => feishu.outBizIds.has(outBizIdFor('moka', id)))).toEqual([true, true, true]);
      const sent = sandboxes.feishu.server.requests
        .filter((r) => r.method === 'POST' && r.path === '/open-apis/corehr/v2/pre_hires')
        .map((r) => (JSON.parse(r.body) as { out_biz_id: string }).out_biz_id);
      // The orphan's create was sent again with the same out_biz_id (and answered with the same pre-hire).
      expect(sent).toEqual([ids[0], ids[1], ids[1], ids[2]].map((id) => outBizIdFor('moka', id!)));

      const repaired = await readCheckpoint();
      for (const id of ids) {
        const record = repaired.hires[`moka:${id}`]!;
        expect(record.state).toBe('created');
        expect(record.preHireId).toBe(feishu.outBizIds.get(record.outBizId));
        expect(record.body).toBeUndefined();
      }
      expect(repaired.hires[`moka:${ids[1]}`]!.preHireId).toBe(orphan);
      expect(repaired.cursors).toEqual({ 'moka:offer': ids[2] });
      expect((await readdir(dir.path)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    },
    90_000,
  );
});
