/**
 * The items of a listing, page after page. An item of a page already in hand is handed out at once
 * (a resolved promise) instead of passing through an async generator step per item, which on a fast
 * listing cost as much as the rest of the client per item. It behaves as the generator did: calls
 * made while a page is being fetched wait for it, in order; after a failure or the end it is done;
 * `return()` (a `break` out of `for await`) stops the listing.
 */
export class PageItems<TItem> implements AsyncIterableIterator<TItem> {
  readonly #pages: AsyncGenerator<{ items: TItem[] }, void, undefined>;
  #items: TItem[] = [];
  #index = 0;
  #done = false;
  /** The page being fetched: calls made meanwhile wait for it. */
  #fetching: Promise<unknown> | undefined;

  constructor(pages: AsyncGenerator<{ items: TItem[] }, void, undefined>) {
    this.#pages = pages;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<TItem, undefined>> {
    if (this.#fetching) return this.#fetching.then(this.#retry, this.#retry);
    if (this.#index < this.#items.length) return Promise.resolve({ done: false, value: this.#items[this.#index++]! });
    if (this.#done) return Promise.resolve({ done: true, value: undefined });
    const fetching = this.#nextPage();
    this.#fetching = fetching;
    return fetching;
  }

  readonly #retry = () => this.next();

  async #nextPage(): Promise<IteratorResult<TItem, undefined>> {
    try {
      for (;;) {
        const page = await this.#pages.next();
        if (page.done) {
          this.#done = true;
          return { done: true, value: undefined };
        }
        if (page.value.items.length > 0) {
          this.#items = page.value.items;
          this.#index = 1;
          return { done: false, value: page.value.items[0]! };
        }
      }
    } catch (error) {
      this.#done = true;
      throw error;
    } finally {
      this.#fetching = undefined;
    }
  }

  async return(): Promise<IteratorResult<TItem, undefined>> {
    this.#done = true;
    this.#items = [];
    await this.#pages.return();
    return { done: true, value: undefined };
  }
}
