import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { startRedisServer } from '@hr/redis/testing';
import { FileCheckpointStore } from '../checkpoint/file-store.js';
import { type Lease, LeaseLostError } from '../checkpoint/lease.js';
import { RedisCheckpointStore } from '../checkpoint/redis-store.js';
import { type CheckpointStore, type HireCheckpoint, REOPENABLE_STATES } from '../checkpoint/types.js';
import { tempDir } from './harness.js';

const record = (recordId: string, extra: Partial<HireCheckpoint> = {}): HireCheckpoint => ({
  source: 'moka',
  recordId,
  outBizId: `hire-to-onboard:moka:${recordId}`,
  state: 'received',
  body: { basic_info: { name: { full_name: 'Ada' } }, offer_info: { onboarding_date: '2026-03-02' } },
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...extra,
});

/** Writes `value` to `key` under a fresh lease, and gives the lease back. */
async function put(store: CheckpointStore, key: string, value: HireCheckpoint): Promise<void> {
  const lease = (await store.lease(key, 5_000))!;
  try {
    await store.putHire(key, value, lease);
  } finally {
    await lease.release();
  }
}

/** What every checkpoint store must do, whatever it keeps its data in. */
function contract(open: () => Promise<CheckpointStore>, reopen: () => Promise<CheckpointStore>) {
  test('a put is read back, found by its pre-hire, filtered by state, listed when open, and survives a reopen', async () => {
    const store = await open();
    await store.takeIn('moka:1', record('1'), REOPENABLE_STATES);
    await put(store, 'moka:1', record('1', { state: 'created', preHireId: '7400', body: undefined }));
    await store.takeIn('moka:2', record('2', { state: 'waiting', body: undefined }), []);
    await store.takeIn('moka:3', record('3'), REOPENABLE_STATES);
    await store.putCursor('moka:offer', '2');
    await store.close();

    const again = await reopen();
    const created = record('1', { state: 'created', preHireId: '7400', body: undefined });
    expect(await again.getHire('moka:1')).toEqual(created);
    expect(await again.findByPreHireId('7400')).toEqual(['moka:1', created]);
    expect(await again.findByPreHireId('7401')).toBeUndefined();
    expect((await again.hiresIn(['waiting', 'pending'])).map(([key]) => key)).toEqual(['moka:2']);
    expect(await again.openHires()).toEqual(['moka:3']);
    expect(await again.getCursor('moka:offer')).toBe('2');
    expect(await again.getCursor('moka:all')).toBeUndefined();
    await again.close();
  });

  test('taking a hire in keeps a record that is further along, and replaces one that may be retried', async () => {
    const store = await open();
    expect(await store.takeIn('moka:1', record('1'), REOPENABLE_STATES)).toMatchObject({ taken: true });
    await put(store, 'moka:1', record('1', { state: 'pending', sends: 1 }));
    const kept = await store.takeIn('moka:1', record('1'), REOPENABLE_STATES);
    expect(kept).toEqual({ taken: false, record: record('1', { state: 'pending', sends: 1 }) });
    await put(store, 'moka:1', record('1', { state: 'failed', body: undefined, error: '1161029' }));
    expect(await store.takeIn('moka:1', record('1'), REOPENABLE_STATES)).toMatchObject({ taken: true });
    expect(await store.getHire('moka:1')).toEqual(record('1'));
    await store.close();
  });

  test('one lease per hire at a time, and a writer whose lease was taken over is refused (fencing)', async () => {
    const store = await open();
    await store.takeIn('moka:1', record('1'), REOPENABLE_STATES);
    const first = (await store.lease('moka:1', 5_000))!;
    expect(await store.lease('moka:1', 5_000)).toBeUndefined();
    expect((await store.lease('moka:2', 5_000))?.token).toBe(1);
    await first.release();
    expect(first.signal.aborted).toBe(true);
    const second = (await store.lease('moka:1', 5_000))!;
    expect(second.token).toBe(first.token + 1);
    await expect(store.putHire('moka:1', record('1', { state: 'pending' }), first)).rejects.toThrow(LeaseLostError);
    await expect(store.markWrittenBack('moka:1', 'withdrawn', first)).rejects.toThrow(LeaseLostError);
    await store.putHire('moka:1', record('1', { state: 'pending' }), second);
    expect(await store.getHire('moka:1')).toMatchObject({ state: 'pending' });
    await store.close();
  });

  test('write-backs: recorded due once, listed until done, done under the lease', async () => {
    const store = await open();
    expect(await store.markWriteBackDue('comeet:9', 'withdrawn')).toBeUndefined();
    expect(await store.markWriteBackDue('comeet:9', 'withdrawn')).toBe('due');
    expect(await store.writeBacksDue()).toEqual([['comeet:9', 'withdrawn']]);
    const lease = (await store.lease('comeet:9', 5_000)) as Lease;
    await store.markWrittenBack('comeet:9', 'withdrawn', lease);
    await lease.release();
    expect(await store.writeBackStatus('comeet:9', 'withdrawn')).toBe('done');
    expect(await store.markWriteBackDue('comeet:9', 'withdrawn')).toBe('done');
    expect(await store.writeBacksDue()).toEqual([]);
    await store.close();
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
    await store.takeIn('moka:3', record('3', { gaps: [] }), []);
    (await store.getHire('moka:3'))!.gaps!.push({ field: 'x', source: 'y', reason: 'z' });
    expect((await store.getHire('moka:3'))!.gaps).toEqual([]);
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

  test('many writes at once: each written whole (temp file + rename), none lost, no temporary file left', async () => {
    const writes: number[] = [];
    const store = await FileCheckpointStore.open(path(), { onWrite: (seconds) => writes.push(seconds) });
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.takeIn(`moka:${i}`, record(String(i)), [])));
    await store.close();
    expect(writes).toHaveLength(50);
    expect(await readdir(dir.path)).toEqual(['checkpoint.json']);
    const reopened = await FileCheckpointStore.open(path());
    expect(await reopened.hiresIn(['received'])).toHaveLength(50);
  });

  test('temporary files left by a killed process are removed at open; other files are left alone', async () => {
    const store = await FileCheckpointStore.open(path());
    await store.takeIn('moka:1', record('1'), []);
    await writeFile(join(dir.path, '.checkpoint.json.0123456789ab.tmp'), '{"half":');
    await writeFile(join(dir.path, 'notes.txt'), 'mine');
    const reopened = await FileCheckpointStore.open(path());
    expect((await readdir(dir.path)).sort()).toEqual(['checkpoint.json', 'notes.txt']);
    expect(await reopened.getHire('moka:1')).toEqual(record('1'));
  });

  test('the accepted pushes live in seen.json beside the checkpoint', async () => {
    const store = await FileCheckpointStore.open(path());
    await store.seen.claim('feishu:e1', 60_000);
    expect(JSON.parse(await readFile(join(dir.path, 'seen.json'), 'utf8'))).toEqual({
      version: 1,
      seen: { 'feishu:e1': expect.any(Number) },
    });
  });

  test('a file it cannot read is refused, never overwritten', async () => {
    await writeFile(path(), '{"version":1,"hires":{');
    await expect(FileCheckpointStore.open(path())).rejects.toThrow(
      /The checkpoint .*checkpoint\.json is not JSON .*: fix or move it, then restart/,
    );
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
      () => RedisCheckpointStore.open(redis, { keyPrefix: prefix }),
      () => RedisCheckpointStore.open(redis, { keyPrefix: prefix }),
    );

    test('its keys: hashes and a set under the prefix, one expiring key per lease held and per accepted push', async () => {
      const store = await RedisCheckpointStore.open(redis, { keyPrefix: prefix });
      await store.takeIn('moka:1', record('1'), []);
      const lease = (await store.lease('moka:1', 5_000))!;
      await store.putHire('moka:1', record('1', { state: 'created', preHireId: '7400', body: undefined }), lease);
      await store.markWriteBackDue('moka:1', 'completed');
      await store.putCursor('moka:offer', '1');
      await store.seen.claim('moka:push-1', 60_000);
      expect((await redis.keys(`${prefix}*`)).sort()).toEqual([
        `${prefix}cursors`,
        `${prefix}fences`,
        `${prefix}hires`,
        `${prefix}lease:moka:1`,
        `${prefix}pre-hires`,
        `${prefix}seen:moka:push-1`,
        `${prefix}write-backs`,
      ]);
      expect(await redis.pttl(`${prefix}lease:moka:1`)).toBeGreaterThan(3_000);
      expect(await redis.pttl(`${prefix}seen:moka:push-1`)).toBeGreaterThan(50_000);
      await lease.release();
      expect(await redis.exists(`${prefix}lease:moka:1`)).toBe(0);
    });

    test('a lease is renewed while held; one that expired and was taken over is lost, its signal aborted', async () => {
      const store = await RedisCheckpointStore.open(redis, { keyPrefix: prefix });
      await store.takeIn('moka:1', record('1'), []);
      const held = (await store.lease('moka:1', 300))!;
      await new Promise((resolve) => setTimeout(resolve, 700)); // renewed every 100 ms
      expect(await store.lease('moka:1', 300)).toBeUndefined();
      expect(held.signal.aborted).toBe(false);

      // A holder that stopped renewing (a paused process): its lease expires, another process takes it.
      // The key is removed rather than given 1 ms to live, so the holder's own renewal cannot win the race.
      await redis.del(`${prefix}lease:moka:1`);
      const next = (await store.lease('moka:1', 5_000))!;
      expect(next.token).toBe(held.token + 1);
      await new Promise((resolve) => setTimeout(resolve, 200)); // the old holder's next renewal is refused
      expect(held.signal.aborted).toBe(true);
      await expect(store.putHire('moka:1', record('1', { state: 'pending' }), held)).rejects.toThrow(LeaseLostError);
      await store.close();
    });
  });
});
