import { describe, expect, test } from 'vitest';
import { MemorySeenStore, claimPush, contentId, defaultSeenStore } from '../src/webhooks.js';

describe('MemorySeenStore', () => {
  test('a key is new once, refused while remembered, new again after its TTL or a release', async () => {
    let now = 1_000;
    const store = new MemorySeenStore({ now: () => now });
    expect(await store.claim('feishu:e1', 60_000)).toBe(true);
    expect(await store.claim('feishu:e1', 60_000)).toBe(false);
    expect(await store.claim('feishu:e2', 60_000)).toBe(true);
    now += 60_000;
    expect(await store.claim('feishu:e1', 60_000)).toBe(true);
    await store.release('feishu:e2');
    expect(await store.claim('feishu:e2', 60_000)).toBe(true);
  });

  test('of many concurrent claims of one key, exactly one wins', async () => {
    const store = new MemorySeenStore();
    const results = await Promise.all(Array.from({ length: 50 }, () => store.claim('moka:1', 1_000)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  test('stays within maxEntries, forgetting the oldest claims first, and drops expired keys as it goes', async () => {
    let now = 0;
    const store = new MemorySeenStore({ maxEntries: 3, now: () => now });
    for (const key of ['a', 'b', 'c', 'd']) await store.claim(key, 10_000);
    expect(store.size).toBe(3);
    expect(await store.claim('a', 10_000)).toBe(true); // forgotten: the oldest
    expect(await store.claim('d', 10_000)).toBe(false);
    now = 20_000;
    await store.claim('e', 10_000);
    expect(store.size).toBe(1);
  });

  test('its entries can be saved and restored: a restored store refuses what the first one claimed', async () => {
    let now = 0;
    const store = new MemorySeenStore({ now: () => now });
    await store.claim('old', 1_000);
    await store.claim('new', 10_000);
    now = 2_000;
    expect(store.entries()).toEqual([['new', 10_000]]);
    const restored = new MemorySeenStore({ now: () => now, entries: [['old', 1_000], ...store.entries()] });
    expect(await restored.claim('new', 10_000)).toBe(false);
    expect(await restored.claim('old', 10_000)).toBe(true);
    expect(
      new MemorySeenStore({
        maxEntries: 1,
        entries: [
          ['a', Infinity],
          ['b', Infinity],
        ],
      }).entries(),
    ).toEqual([['b', Infinity]]);
  });

  test('refuses a bad TTL and a bad bound', async () => {
    await expect(new MemorySeenStore().claim('k', 0)).rejects.toThrow(/ttlMs/);
    await expect(new MemorySeenStore().claim('k', Number.NaN)).rejects.toThrow(/ttlMs/);
    expect(() => new MemorySeenStore({ maxEntries: 0 })).toThrow(/maxEntries/);
  });
});

describe('claimPush', () => {
  test('claims in the given store, in the process store by default, and not at all when turned off', async () => {
    const store = new MemorySeenStore();
    const first = await claimPush({ seenStore: store }, 'moka:9', 1_000);
    expect(first).toMatchObject({ replayed: false, seenKey: 'moka:9' });
    const again = await claimPush({ seenStore: store }, 'moka:9', 1_000);
    expect(again).toMatchObject({ replayed: true, seenKey: 'moka:9' });
    await again.release(); // a replay's release leaves the first claim alone
    expect(await store.claim('moka:9', 1_000)).toBe(false);
    await first.release();
    expect(await store.claim('moka:9', 1_000)).toBe(true);
    const key = `test:${Math.random()}`;
    expect((await claimPush({}, key, 1_000)).replayed).toBe(false);
    expect(await defaultSeenStore().claim(key, 1_000)).toBe(false);
    expect(await claimPush({ seenStore: false }, 'moka:9', 1_000)).toMatchObject({
      replayed: false,
      seenKey: undefined,
    });
    await expect(claimPush({ seenStore: store, seenTtlMs: -1 }, 'moka:10', 1_000)).rejects.toThrow(/ttlMs/);
  });

  test('contentId is stable for the same content and differs for other content', () => {
    expect(contentId('{"a":1}')).toBe(contentId(new TextEncoder().encode('{"a":1}')));
    expect(contentId('{"a":1}')).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(contentId('{"a":2}')).not.toBe(contentId('{"a":1}'));
  });
});
