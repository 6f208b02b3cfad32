import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { startRedisServer } from '@hr/redis/testing';
import { FileCheckpointStore } from '../checkpoint/file-store.js';
import { RedisCheckpointStore } from '../checkpoint/redis-store.js';
import type { CheckpointStore, HireCheckpoint } from '../checkpoint/types.js';
import { tempDir } from './harness.js';

const record = (recordId: string, extra: Partial<HireCheckpoint> = {}): HireCheckpoint => ({
  source: 'moka',
  recordId,
  outBizId: `hire-to-onboard:moka:${recordId}`,
  state: 'pending',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...extra,
});

/** What every checkpoint store must do, whatever it keeps its data in. */
function contract(open: () => Promise<CheckpointStore>, reopen: () => Promise<CheckpointStore>) {
  test('a put is read back, found by its pre-hire, filtered by state, and survives a reopen', async () => {
    const store = await open();
    await store.putHire('moka:1', record('1'));
    await store.putHire('moka:1', record('1', { state: 'created', preHireId: '7400' }));
    await store.putHire('moka:2', record('2', { state: 'waiting' }));
    await store.putCursor('moka:offer', '2');
    await store.close();

    const again = await reopen();
    expect(await again.getHire('moka:1')).toEqual(record('1', { state: 'created', preHireId: '7400' }));
    expect(await again.findByPreHireId('7400')).toEqual([
      'moka:1',
      record('1', { state: 'created', preHireId: '7400' }),
    ]);
    expect(await again.findByPreHireId('7401')).toBeUndefined();
    expect((await again.hiresIn(['waiting', 'pending'])).map(([key]) => key)).toEqual(['moka:2']);
    expect(await again.getCursor('moka:offer')).toBe('2');
    expect(await again.getCursor('moka:all')).toBeUndefined();
    await again.close();
  });

  test('a push it accepted is refused after a reopen; a released one is accepted again', async () => {
    const store = await open();
    expect(await store.seen.claim('moka:push-1', 60_000)).toBe(true);
    expect(await store.seen.claim('moka:push-2', 60_000)).toBe(true);
    await store.seen.release('moka:push-2');
    await store.close();
    const again = await reopen();
    expect(await again.seen.claim('moka:push-1', 60_000)).toBe(false);
    expect(await again.seen.claim('moka:push-2', 60_000)).toBe(true);
    await again.close();
  });

  test('a record handed out is a copy: changing it changes nothing stored', async () => {
    const store = await open();
    await store.putHire('moka:3', record('3', { writtenBack: [] }));
    (await store.getHire('moka:3'))!.writtenBack!.push('withdrawn');
    expect((await store.getHire('moka:3'))!.writtenBack).toEqual([]);
    await store.close();
  });
}

describe('FileCheckpointStore', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  const path = () => join(dir.path, 'checkpoint.json');
  beforeEach(async () => (dir = await tempDir()));
  afterEach(() => dir.cleanup());

  contract(
    () => FileCheckpointStore.open(path()),
    () => FileCheckpointStore.open(path()),
  );

  test('many puts at once: each written whole (temp file + rename), none lost, no temporary file left', async () => {
    const store = await FileCheckpointStore.open(path());
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.putHire(`moka:${i}`, record(String(i)))));
    await store.close();
    expect(await readdir(dir.path)).toEqual(['checkpoint.json']);
    const reopened = await FileCheckpointStore.open(path());
    expect(await reopened.hiresIn(['pending'])).toHaveLength(50);
  });

  test('temporary files left by a killed process are removed at open; other files are left alone', async () => {
    const store = await FileCheckpointStore.open(path());
    await store.putHire('moka:1', record('1'));
    await writeFile(join(dir.path, '.checkpoint.json.0123456789ab.tmp'), '{"half":');
    await writeFile(join(dir.path, 'notes.txt'), 'mine');
    const reopened = await FileCheckpointStore.open(path());
    expect((await readdir(dir.path)).sort()).toEqual(['checkpoint.json', 'notes.txt']);
    expect(await reopened.getHire('moka:1')).toEqual(record('1'));
  });

  test('the accepted pushes live in seen.json beside the checkpoint, an unreadable one is refused', async () => {
    const store = await FileCheckpointStore.open(path());
    await store.seen.claim('feishu:e1', 60_000);
    expect(JSON.parse(await readFile(join(dir.path, 'seen.json'), 'utf8'))).toEqual({
      version: 1,
      seen: { 'feishu:e1': expect.any(Number) },
    });
    await writeFile(join(dir.path, 'seen.json'), '{"version":1,"seen":{"k":"x"}}');
    await expect(FileCheckpointStore.open(path())).rejects.toThrow('is not a version 1 hire-to-onboard seen-push file');
  });

  test('a file it cannot read is refused, never overwritten', async () => {
    await writeFile(path(), '{"version":1,"hires":{');
    await expect(FileCheckpointStore.open(path())).rejects.toThrow(
      /The checkpoint .*checkpoint\.json is not JSON .*: fix or move it, then restart/,
    );
    await writeFile(path(), '{"hires":{}}');
    await expect(FileCheckpointStore.open(path())).rejects.toThrow('is not a version 1 hire-to-onboard checkpoint');
  });
});

describe('RedisCheckpointStore', async () => {
  const server = await startRedisServer();
  const available = !('error' in server);
  let redis: Redis;
  let prefix = '';
  beforeAll(() => void (available && (redis = new Redis((server as { url: string }).url))));
  afterAll(async () => {
    if (!available) return;
    redis.disconnect();
    await (server as { stop(): Promise<void> }).stop();
  });
  beforeEach(() => void (prefix = `test-${Math.random().toString(36).slice(2)}:`));

  describe.skipIf(!available)('against a throwaway redis-server', () => {
    contract(
      async () => new RedisCheckpointStore(redis, { keyPrefix: prefix }),
      async () => new RedisCheckpointStore(redis, { keyPrefix: prefix }),
    );

    test('its keys are three hashes under the prefix, and one expiring key per accepted push', async () => {
      const store = new RedisCheckpointStore(redis, { keyPrefix: prefix });
      await store.putHire('moka:1', record('1', { state: 'created', preHireId: '7400' }));
      await store.putCursor('moka:offer', '1');
      await store.seen.claim('moka:push-1', 60_000);
      expect((await redis.keys(`${prefix}*`)).sort()).toEqual([
        `${prefix}cursors`,
        `${prefix}hires`,
        `${prefix}pre-hires`,
        `${prefix}seen:moka:push-1`,
      ]);
      expect(await redis.pttl(`${prefix}seen:moka:push-1`)).toBeGreaterThan(50_000);
    });
  });
});
