import { whenAborted } from '../async/abort.js';
import type { ResponseInfo } from '../call/types.js';
import type { LaterPages, PaginationStyle } from '../contract/pagination-styles.js';
import { AbortError, PaginationError } from '../errors/client-errors.js';
import { PageItems } from './page-items.js';

/** One page of a listing. */
export interface Page<TPage, TItem> {
  /** The items of this page. */
  items: TItem[];
  /** The whole (validated) page data, e.g. with totals. */
  data: TPage;
  /** Whether another page follows. */
  hasNextPage: boolean;
  /** The query changes that fetch the next page (a cursor to save, for instance), or null at the end. */
  nextQuery: Record<string, unknown> | null;
  /** Status, headers and request id of the response. */
  response: ResponseInfo;
}

/** Fetches one page given the query changes for it (none for the first page). */
export type PageFetcher<TPage> = (
  queryPatch: Record<string, unknown>,
  signal: AbortSignal | undefined,
) => Promise<{ data: TPage; response: ResponseInfo }>;

/** Options of a listing. */
export interface PagingOptions {
  /** Fetch up to this many later pages at once when the total is known (pages are still yielded in order). */
  prefetch?: number | undefined;
  /** Stop with an error rather than fetch more than this many pages (default 100 000). */
  maxPages?: number | undefined;
  /** Aborts the listing. */
  signal?: AbortSignal | undefined;
}

const DEFAULT_MAX_PAGES = 100_000;

/** The style of a listing that failed before its first page: never read. */
const REJECTED_STYLE: PaginationStyle = {
  kind: 'pageToken',
  itemsKey: 'items',
  param: 'page_token',
  read: () => ({ items: [], nextQuery: null }),
};

/**
 * The result of a list call: `await` it for the first page, `for await` over it for every item
 * across pages, or iterate `pages()`. Breaking out of a loop stops fetching. The first page is
 * fetched once, however the result is consumed.
 */
export class PagePromise<TPage, TItem> implements PromiseLike<Page<TPage, TItem>>, AsyncIterable<TItem> {
  readonly #fetch: PageFetcher<TPage>;
  readonly #style: PaginationStyle;
  readonly #baseQuery: Record<string, unknown>;
  readonly #options: PagingOptions;
  #first: Promise<Page<TPage, TItem>> | undefined;

  constructor(
    fetch: PageFetcher<TPage>,
    style: PaginationStyle,
    baseQuery: Record<string, unknown>,
    options: PagingOptions = {},
  ) {
    this.#fetch = fetch;
    this.#style = style;
    this.#baseQuery = baseQuery;
    this.#options = options;
  }

  /**
   * Starts a listing built by `start`; anything `start` throws becomes the rejection of the first
   * page (and of iteration) instead of a synchronous throw.
   */
  static defer<TPage, TItem>(start: () => PagePromise<TPage, TItem>): PagePromise<TPage, TItem> {
    try {
      return start();
    } catch (error) {
      return new PagePromise<TPage, TItem>(() => Promise.reject(error), REJECTED_STYLE, {});
    }
  }

  /** Resolves with the first page. */
  then<R1 = Page<TPage, TItem>, R2 = never>(
    onfulfilled?: ((value: Page<TPage, TItem>) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#firstPage().then(onfulfilled, onrejected);
  }

  /** Handles a failure of the first page. */
  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<Page<TPage, TItem> | R> {
    return this.#firstPage().catch(onrejected);
  }

  /** Runs after the first page settled. */
  finally(onfinally?: (() => void) | null): Promise<Page<TPage, TItem>> {
    return this.#firstPage().finally(onfinally);
  }

  /** Every item of every page, in order. */
  [Symbol.asyncIterator](): AsyncIterableIterator<TItem> {
    return new PageItems(this.pages());
  }

  /** Collects every item (mind memory on large listings: prefer `for await`). */
  async toArray(): Promise<TItem[]> {
    const all: TItem[] = [];
    for await (const item of this) all.push(item);
    return all;
  }

  /** Every page, in order. */
  async *pages(): AsyncGenerator<Page<TPage, TItem>, void, undefined> {
    const first = await this.#firstPage();
    yield first;
    if (!first.hasNextPage) return;
    const prefetch = Math.max(1, Math.floor(this.#options.prefetch ?? 1));
    const later =
      prefetch > 1 ? this.#style.remaining?.(first.data as Record<string, unknown>, this.#baseQuery) : undefined;
    if (later) yield* this.#prefetched(later, prefetch);
    else yield* this.#sequential(first);
  }

  #firstPage(): Promise<Page<TPage, TItem>> {
    this.#first ??= this.#load({}, this.#options.signal);
    return this.#first;
  }

  async #load(patch: Record<string, unknown>, signal: AbortSignal | undefined): Promise<Page<TPage, TItem>> {
    const { data, response } = await this.#fetch(patch, signal);
    const info = this.#style.read(data as Record<string, unknown>, { ...this.#baseQuery, ...patch });
    return {
      items: info.items as TItem[],
      data,
      hasNextPage: info.nextQuery !== null,
      nextQuery: info.nextQuery,
      response,
    };
  }

  async *#sequential(first: Page<TPage, TItem>): AsyncGenerator<Page<TPage, TItem>> {
    const maxPages = this.#options.maxPages ?? DEFAULT_MAX_PAGES;
    const seen = new Set<string>();
    let page = first;
    for (let count = 1; page.nextQuery; count++) {
      const key = JSON.stringify(page.nextQuery);
      // The cursor itself stays out of the message: a server can echo a credential into it.
      if (seen.has(key))
        throw new PaginationError(
          `The vendor returned the same cursor twice (after page ${count}): stopping instead of looping`,
        );
      seen.add(key);
      if (count >= maxPages)
        throw new PaginationError(`Listing exceeded maxPages (${maxPages}) without reaching the end`);
      page = await this.#load(page.nextQuery, this.#options.signal);
      yield page;
    }
  }

  /** Fetches the known later pages `concurrency` at a time and yields them in order. */
  async *#prefetched(later: LaterPages, concurrency: number): AsyncGenerator<Page<TPage, TItem>> {
    const maxPages = this.#options.maxPages ?? DEFAULT_MAX_PAGES;
    // Checked before anything is built: the count is the server's word.
    if (!(later.count + 1 <= maxPages)) {
      throw new PaginationError(`The vendor announced ${later.count + 1} pages, more than maxPages (${maxPages})`);
    }
    // Early exit (break, error) aborts the pages still in flight.
    const controller = new AbortController();
    const outer = this.#options.signal;
    const stopWaiting = outer ? whenAborted(outer, () => controller.abort(outer.reason)) : undefined;
    const inflight: Promise<Page<TPage, TItem>>[] = [];
    let next = 0;
    const launch = () => {
      const promise = this.#load(later.query(next++), controller.signal);
      promise.catch(() => undefined); // handled when awaited in order; avoids unhandled-rejection noise
      inflight.push(promise);
    };
    try {
      while (next < later.count && inflight.length < concurrency) launch();
      while (inflight.length > 0) {
        const page = await inflight.shift()!;
        if (next < later.count) launch();
        yield page;
      }
    } finally {
      stopWaiting?.();
      if (inflight.length > 0) controller.abort(new AbortError('Listing stopped early'));
    }
  }
}
