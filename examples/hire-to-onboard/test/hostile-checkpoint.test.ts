import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { startRedisServer } from '@hr/redis/testing';
import { FileCheckpointStore } from '../checkpoint/file-store.js';
import { RedisCheckpointStore } from '../checkpoint/redis-store.js';
import { tempDir } from './harness.js';

/**
 * A checkpoint edited by hand, written by another program or damaged must be refused at open with
 * the problem and the place named: used as it is, a map that is an array or null silently drops
 * every write (the exactly-once bookkeeping is gone) or makes every write throw.
 */

const created = {
  source: 'moka',
  recordId: '1',
  outBizId: 'hire-to-onboard:moka:1',
  state: 'created',
  preHireId: '7400',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

const file = (overrides: Record<string, unknown>) =>
  JSON.stringify({ version: 1, hires: { 'moka:1': created }, cursors: {}, ...overrides });

describe('a malformed checkpoint file is refused at open, naming the problem and the file, and left unchanged', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  const path = () => join(dir.path, 'checkpoint.json');
  beforeEach(async () => {
    dir = await tempDir();
    return () => dir.cleanup();
  });

  const cases: [string, string, string][] = [
    ['hires is an array', file({ hires: [] }), 'hires: must be an object (a map), got an array'],
    ['hires is null', file({ hires: null }), 'hires: must be an object (a map), got null'],
    ['cursors is an array', file({ cursors: ['moka:offer'] }), 'cursors: must be an object (a map), got an array'],
    [
      'a cursor is a number',
      file({ cursors: { 'moka:offer': 3 } }),
      'cursors["moka:offer"]: must be a string, got a number',
    ],
    ['the whole file is null', 'null', 'the file must hold an object, got null'],
    ['the whole file is an array', '[]', 'the file must hold an object, got an array'],
    ['another version', file({ version: 2 }), 'version: must be 1, got 2'],
    ['an unknown top-level key', file({ hire: {} }), 'hire: is not a checkpoint key'],
    [
      'a record is a string',
      file({ hires: { 'moka:1': 'created' } }),
      'hires["moka:1"]: must be a hire record (an object), got a string',
    ],
    [
      'an unknown state',
      file({ hires: { 'moka:1': { ...created, state: 'done' } } }),
      'hires["moka:1"].state: must be one of received, pending, confirming, created, needs_review, unmappable, failed, waiting, got "done"',
    ],
    [
      'a field of the wrong type',
      file({ hires: { 'moka:1': { ...created, preHireId: 7400 } } }),
      'hires["moka:1"].preHireId: must be a non-empty string, got a number',
    ],
    [
      'a count that is a string',
      file({ hires: { 'moka:1': { ...created, sends: '2' } } }),
      'hires["moka:1"].sends: must be a non-negative integer, got a string',
    ],
    [
      'an unknown source',
      file({ hires: { 'moka:1': { ...created, source: 'workday' } } }),
      'hires["moka:1"].source: must be "moka" or "comeet", got "workday"',
    ],
    [
      'a created hire without its pre-hire',
      file({ hires: { 'moka:1': { ...created, preHireId: undefined } } }),
      'hires["moka:1"]: a created hire needs its preHireId',
    ],
    [
      'a pending hire without its body',
      file({ hires: { 'moka:1': { ...created, state: 'pending', preHireId: undefined } } }),
      'hires["moka:1"]: a pending hire needs its create body',
    ],
    [
      'a confirming hire without its pre-hire',
      file({
        hires: {
          'moka:1': { ...created, state: 'confirming', preHireId: undefined, body: { basic_info: {}, offer_info: {} } },
        },
      }),
      'hires["moka:1"]: a confirming hire needs its preHireId',
    ],
    [
      'a confirming hire without its body (the confirmation search compares it)',
      file({ hires: { 'moka:1': { ...created, state: 'confirming' } } }),
      'hires["moka:1"]: a confirming hire needs its create body',
    ],
    [
      'an unknown record field',
      file({ hires: { 'moka:1': { ...created, prehireId: '7400' } } }),
      'hires["moka:1"].prehireId: is not a field of a hire record',
    ],
    [
      'a write-back map that is an array',
      file({ writeBacks: [] }),
      'writeBacks: must be an object (a map), got an array',
    ],
    [
      'a write-back of an unknown status',
      file({ writeBacks: { 'moka:1 completed': 'sent' } }),
      'writeBacks["moka:1 completed"]: must be "due" or "done", got "sent"',
    ],
  ];

  test.each(cases)('%s', async (_, content, problem) => {
    await writeFile(path(), content);
    const error = (await FileCheckpointStore.open(path()).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toContain(`The checkpoint ${path()} is malformed: `);
    expect(error.message).toContain(problem);
    expect(error.message).toContain('Fix or move it, then restart (it was not changed)');
    expect(await readFile(path(), 'utf8')).toBe(content);
  });

  test('every problem is named, the first five in full', async () => {
    const bad = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`moka:${i}`, { ...created, state: 'x' }]));
    await writeFile(path(), file({ hires: bad }));
    await expect(FileCheckpointStore.open(path())).rejects.toThrow('(and 2 more)');
  });

  test.each([
    ['seen is an array', { version: 1, seen: [] }, 'seen: must be an object (a map), got an array'],
    ['seen is null', { version: 1, seen: null }, 'seen: must be an object (a map), got null'],
    [
      'an expiry that is a string',
      { version: 1, seen: { 'feishu:e1': 'soon' } },
      'seen["feishu:e1"]: must be an expiry time in ms, got a string',
    ],
  ])('a malformed seen-push file: %s', async (_, content, problem) => {
    await writeFile(join(dir.path, 'seen.json'), JSON.stringify(content));
    await expect(FileCheckpointStore.open(path())).rejects.toThrow(
      `The seen-push file ${join(dir.path, 'seen.json')} is malformed: ${problem}`,
    );
  });
});

describe('a malformed checkpoint in Redis is refused at open (and at read), naming the key', async () => {
  const server = await startRedisServer();
  const available = !('error' in server);
  let redis: Redis;
  const prefix = 'hostile:';
  beforeAll(() => void (available && (redis = new Redis((server as { url: string }).url))));
  afterAll(async () => {
    if (!available) return;
    redis.disconnect();
    await (server as { stop(): Promise<void> }).stop();
  });
  beforeEach(async () => void (available && (await redis.flushall())));

  const open = () => RedisCheckpointStore.open(redis, { keyPrefix: prefix });
  const refusal = (problem: string) => `The checkpoint in Redis keys ${prefix}* is malformed: ${problem}`;

  test.skipIf(!available)('the hires key is a list, not a hash', async () => {
    await redis.rpush(`${prefix}hires`, 'moka:1');
    await expect(open()).rejects.toThrow(refusal(`${prefix}hires: must be a Redis hash, got a list`));
  });

  test.skipIf(!available)('the open set is a string', async () => {
    await redis.set(`${prefix}open`, 'moka:1');
    await expect(open()).rejects.toThrow(refusal(`${prefix}open: must be a Redis set, got a string`));
  });

  test.skipIf(!available)('a record that is not JSON, or of an unknown state', async () => {
    await redis.hset(`${prefix}hires`, 'moka:1', '{"state":', 'moka:2', JSON.stringify({ ...created, state: 'gone' }));
    const error = (await open().catch((e: unknown) => e)) as Error;
    expect(error.message).toContain(`${prefix}hires["moka:1"]: is not JSON`);
    expect(error.message).toContain(`${prefix}hires["moka:2"].state: must be one of`);
  });

  test.skipIf(!available)('a write-back or a fencing counter that is not one', async () => {
    await redis.hset(`${prefix}write-backs`, 'moka:1 hired', 'due');
    await redis.hset(`${prefix}fences`, 'moka:1', 'seven');
    const error = (await open().catch((e: unknown) => e)) as Error;
    expect(error.message).toContain(`${prefix}write-backs["moka:1 hired"]: the key must be "<hire key> <outcome>"`);
    expect(error.message).toContain(`${prefix}fences["moka:1"]: must be a fencing counter (digits), got "seven"`);
  });

  test.skipIf(!available)('a record damaged after open is refused when read, never used', async () => {
    const store = await open();
    await store.takeIn('moka:1', { ...created, state: 'waiting', preHireId: undefined } as never, []);
    await redis.hset(`${prefix}hires`, 'moka:1', JSON.stringify({ ...created, state: 'waiting', sends: -1 }));
    await expect(store.getHire('moka:1')).rejects.toThrow(
      refusal(`${prefix}hires["moka:1"].sends: must be a non-negative integer, got a number`),
    );
    await expect(store.hiresIn(['waiting'])).rejects.toThrow(`${prefix}hires["moka:1"].sends`);
  });
});
