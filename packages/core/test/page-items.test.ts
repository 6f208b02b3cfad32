import { describe, expect, it } from 'vitest';
import { PageItems } from '../src/pagination/page-items.js';

async function* pagesOf(pages: number[][], failAfter?: number): AsyncGenerator<{ items: number[] }, void, undefined> {
  for (const [index, items] of pages.entries()) {
    if (index === failAfter) throw new Error('page fetch failed');
    await new Promise((resolve) => setTimeout(resolve, 1));
    yield { items };
  }
}

describe('PageItems (a listing iterated item by item)', () => {
  it('hands out every item in order, skipping empty pages, even when next() is called before a page arrives', async () => {
    const items = new PageItems(pagesOf([[1, 2], [], [3], [4, 5]]));
    // Six calls at once: the ones made while a page is on its way wait for it, in order.
    const results = await Promise.all(Array.from({ length: 7 }, () => items.next()));
    expect(results.map((r) => (r.done ? 'done' : r.value))).toEqual([1, 2, 3, 4, 5, 'done', 'done']);
  });

  it('rejects the call waiting on a page that failed, then is done', async () => {
    const items = new PageItems(pagesOf([[1], [2]], 1));
    expect(await items.next()).toEqual({ done: false, value: 1 });
    await expect(items.next()).rejects.toThrow('page fetch failed');
    expect(await items.next()).toEqual({ done: true, value: undefined });
  });

  it('return() ends the listing: the page source is closed and no further item comes', async () => {
    let closed = false;
    async function* source() {
      try {
        yield { items: [1, 2] };
        yield { items: [3] };
      } finally {
        closed = true;
      }
    }
    const items = new PageItems(source());
    expect(await items.next()).toEqual({ done: false, value: 1 });
    expect(await items.return()).toEqual({ done: true, value: undefined });
    expect(closed).toBe(true);
    expect(await items.next()).toEqual({ done: true, value: undefined });
  });
});
