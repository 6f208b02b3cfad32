import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startRedisServer } from '@hr/redis/testing';
import type { RepeatedOutBizId } from '@hr/feishu-corehr/testing';
import { type Sandboxes, addMokaCandidate, startSandboxes } from '../sandbox-demo.js';
import { CRASH_AFTER_CREATE_ENV } from '../sync/fault-injection.js';
import { outBizIdFor } from '../sync/idempotency.js';
import { realEnv, runCli, tempDir } from './harness.js';

interface Checkpoint {
  hires: Record<string, { state: string; preHireId?: string; outBizId: string; body?: unknown; via?: string }>;
  cursors: Record<string, string>;
}

let sandboxes: Sandboxes | undefined;
let dir: Awaited<ReturnType<typeof tempDir>> | undefined;

afterEach(async () => {
  await sandboxes?.close();
  await dir?.cleanup();
  sandboxes = undefined;
  dir = undefined;
});

/** Short timings for the child processes; Feishu's search lags 200 ms here, less than the 300 ms assumed. */
const TIMINGS = {
  HIRE_TO_ONBOARD_CREATE_WINDOW_MS: '1000',
  HIRE_TO_ONBOARD_LANDING_GRACE_MS: '1', // the sandbox applies a create before answering it
  HIRE_TO_ONBOARD_SEARCH_LAG_MS: '300',
  HIRE_TO_ONBOARD_LEASE_TTL_MS: '1000', // the killed process's leases lapse within a second
};
const BEHAVIOURS: RepeatedOutBizId[] = ['return-existing', 'refuse', 'duplicate'];

/** Where the child processes keep the checkpoint, and how the test reads it. */
interface CheckpointPlace {
  env(): Record<string, string>;
  read(): Promise<Checkpoint>;
}

const redisServer = await startRedisServer();
afterAll(async () => {
  if (!('error' in redisServer)) await redisServer.stop();
});

/** Where the checkpoint lives, and the behaviours tried there. */
const places: [string, () => CheckpointPlace, boolean, RepeatedOutBizId[]][] = [
  [
    'in the JSON file (the default)',
    () => ({
      env: () => ({}),
      read: async () => JSON.parse(await readFile(join(dir!.path, 'checkpoint.json'), 'utf8')) as Checkpoint,
    }),
    true,
    BEHAVIOURS,
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
    BEHAVIOURS,
  ],
];

describe.each(places)('with the checkpoint %s', (_, placeFor, available, behaviours) => {
  beforeEach(async () => {
    if ('error' in redisServer) return;
    const redis = new Redis(redisServer.url);
    await redis.flushall();
    redis.disconnect();
  });

  test.skipIf(!available).each(behaviours)(
    'Feishu answering a repeated out_biz_id with "%s": killed between "created in Feishu" and "checkpoint saved", a restart finds the pre-hire, sends nothing twice and repairs the checkpoint',
    async (repeatedOutBizId) => {
      const started = (sandboxes = await startSandboxes({ repeatedOutBizId, searchLagMs: 200 }));
      const data = (dir = await tempDir());
      const place = placeFor();
      const ids = [1, 2, 3].map(() => String(addMokaCandidate(started.moka, 'offer', 'accepted')));
      const env = { ...realEnv(started, data.path), HR_LIVE: '1', ...TIMINGS, ...place.env() };
      const readCheckpoint = place.read;
      const feishu = started.feishu.state;

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
        sends: 1,
      });
      expect(afterCrash.hires[`moka:${ids[1]}`]!.preHireId).toBeUndefined();
      expect(afterCrash.hires[`moka:${ids[2]}`]).toBeUndefined();
      expect(afterCrash.cursors).toEqual({}); // the page was not finished: its cursor was not saved

      // 2. The restart: same command, no fault.
      const restarted = await runCli('pull', env);
      expect(restarted.code, restarted.stderr).toBe(0);
      expect(restarted.stdout).toContain(
        `moka:${ids[1]}: found pre-hire ${orphan} in Feishu (same phone, email, name): checkpoint repaired, nothing sent again`,
      );

      // Exactly one pre-hire per hire in Feishu, the orphan found rather than created again.
      expect(feishu.createsApplied).toBe(3);
      for (const id of ids) expect(feishu.preHiresCreatedWith(outBizIdFor('moka', id))).toHaveLength(1);
      const sent = started.feishu.server.requests
        .filter((r) => r.method === 'POST' && r.path === '/open-apis/corehr/v2/pre_hires')
        .map((r) => (JSON.parse(r.body) as { out_biz_id: string }).out_biz_id);
      // The orphan's create was not sent again: whatever Feishu does with a repeat never came into play.
      expect(sent).toEqual(ids.map((id) => outBizIdFor('moka', id)));

      const repaired = await readCheckpoint();
      for (const id of ids) {
        const record = repaired.hires[`moka:${id}`]!;
        expect(record.state).toBe('created');
        expect(record.preHireId).toBe(feishu.outBizIds.get(record.outBizId));
        expect(record.body).toBeUndefined();
      }
      expect(repaired.hires[`moka:${ids[1]}`]).toMatchObject({ preHireId: orphan, via: 'lookup' });
      expect(repaired.cursors).toEqual({ 'moka:offer': ids[2] });
      expect((await readdir(data.path)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    },
    90_000,
  );
});
