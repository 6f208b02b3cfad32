import { PaginationError } from '../errors/client-errors.js';

type Data = Record<string, unknown>;

/** What a style reads from one page. */
export interface PageInfo {
  /** The page's items. */
  items: unknown[];
  /** Query changes that fetch the next page, or null at the end. */
  nextQuery: Record<string, unknown> | null;
}

/** The pages after the first, when the total is known. */
export interface LaterPages {
  /** How many pages follow the first. */
  count: number;
  /** The query changes of the later page at `index` (0 is the second page). */
  query(index: number): Record<string, unknown>;
}

/** How a list endpoint pages. The keys name top-level fields of the response data. */
export interface PaginationStyle<K extends string = string> {
  /** Which style this is. */
  readonly kind: 'nextCursor' | 'pageToken' | 'pageNumber' | 'offsetLimit' | 'nextLink';
  /** The field holding the page's items. */
  readonly itemsKey: K;
  /** The query parameter that selects a later page (a cursor, a page number, an offset). */
  readonly param: string;
  /** Reads the items and the next request from a page. */
  read(data: Data, query: Record<string, unknown>): PageInfo;
  /**
   * When the total is known from the first page: how many pages follow and the query of each, so
   * they can be fetched ahead with bounded concurrency. Undefined when the style cannot know. The
   * count comes from the server: nothing is allocated per page up front.
   */
  remaining?(data: Data, query: Record<string, unknown>): LaterPages | undefined;
}

function itemsOf(data: Data, key: string): unknown[] {
  const items = data[key];
  if (items === undefined || items === null) return [];
  if (!Array.isArray(items)) throw new PaginationError(`Expected "${key}" to be a list of items, got ${typeof items}`);
  return items;
}

function present(value: unknown): value is string | number {
  return (typeof value === 'string' && value !== '') || typeof value === 'number';
}

/**
 * A `next` cursor returned beside the items and sent back as a query parameter (Moka). A missing
 * cursor ends the listing; with `stopOnEmptyPage` an empty page does too (for endpoints that always
 * return a cursor, such as an ascending incremental pull). Pass a function of the page's query when
 * that depends on the request (e.g. only when `order=ASC`).
 */
export function nextCursor<const K extends string = 'data'>(
  options: {
    items?: K;
    cursor?: string;
    param?: string;
    stopOnEmptyPage?: boolean | ((query: Record<string, unknown>) => boolean);
  } = {},
): PaginationStyle<K> {
  const itemsKey = (options.items ?? 'data') as K;
  const cursorKey = options.cursor ?? 'next';
  const param = options.param ?? cursorKey;
  return {
    kind: 'nextCursor',
    itemsKey,
    param,
    read(data, query) {
      const items = itemsOf(data, itemsKey);
      const cursor = data[cursorKey];
      const stopOnEmpty =
        typeof options.stopOnEmptyPage === 'function'
          ? options.stopOnEmptyPage(query)
          : options.stopOnEmptyPage === true;
      const end = !present(cursor) || (stopOnEmpty && items.length === 0);
      return { items, nextQuery: end ? null : { [param]: String(cursor) } };
    },
  };
}

/**
 * `page_token` + `has_more` (Feishu). Empty pages are passed through while `has_more` is true; a
 * `has_more` without a token is an error, never a silent stop.
 */
export function pageToken<const K extends string = 'items'>(
  options: { items?: K; token?: string; hasMore?: string; param?: string } = {},
): PaginationStyle<K> {
  const itemsKey = (options.items ?? 'items') as K;
  const tokenKey = options.token ?? 'page_token';
  const hasMoreKey = options.hasMore ?? 'has_more';
  const param = options.param ?? tokenKey;
  return {
    kind: 'pageToken',
    itemsKey,
    param,
    read(data) {
      const items = itemsOf(data, itemsKey);
      if (data[hasMoreKey] !== true) return { items, nextQuery: null };
      const token = data[tokenKey];
      if (!present(token))
        throw new PaginationError(
          `The page says "${hasMoreKey}" but carries no "${tokenKey}": cannot continue without skipping`,
        );
      return { items, nextQuery: { [param]: String(token) } };
    },
  };
}

/** `page` + `totalPages` (Coodesh): later pages are known up front and may be prefetched. */
export function pageNumber<const K extends string = 'docs'>(
  options: { items?: K; page?: string; totalPages?: string; param?: string; hasNextPage?: string } = {},
): PaginationStyle<K> {
  const itemsKey = (options.items ?? 'docs') as K;
  const pageKey = options.page ?? 'page';
  const totalKey = options.totalPages ?? 'totalPages';
  const hasNextKey = options.hasNextPage ?? 'hasNextPage';
  const param = options.param ?? pageKey;
  const current = (data: Data, query: Record<string, unknown>) => Number(data[pageKey] ?? query[param] ?? 1);
  return {
    kind: 'pageNumber',
    itemsKey,
    param,
    read(data, query) {
      const items = itemsOf(data, itemsKey);
      const page = current(data, query);
      const total = data[totalKey];
      const more = typeof total === 'number' ? page < total : data[hasNextKey] === true;
      return { items, nextQuery: more ? { [param]: page + 1 } : null };
    },
    remaining(data, query) {
      const total = data[totalKey];
      const first = current(data, query);
      if (typeof total !== 'number' || !Number.isFinite(total) || !Number.isFinite(first)) return undefined;
      return { count: Math.max(0, Math.floor(total) - first), query: (index) => ({ [param]: first + 1 + index }) };
    },
  };
}

/** `offset` + `total` + `limit` (Coodesh ATS): later offsets are known up front and may be prefetched. */
export function offsetLimit<const K extends string = 'payload'>(
  options: { items?: K; offset?: string; total?: string; limit?: string; param?: string } = {},
): PaginationStyle<K> {
  const itemsKey = (options.items ?? 'payload') as K;
  const offsetKey = options.offset ?? 'offset';
  const totalKey = options.total ?? 'total';
  const limitKey = options.limit ?? 'limit';
  const param = options.param ?? offsetKey;
  const offsetOf = (data: Data, query: Record<string, unknown>) => Number(data[offsetKey] ?? query[param] ?? 0);
  return {
    kind: 'offsetLimit',
    itemsKey,
    param,
    read(data, query) {
      const items = itemsOf(data, itemsKey);
      const next = offsetOf(data, query) + items.length;
      const total = Number(data[totalKey]);
      // An empty page can never advance the offset: stop rather than loop.
      const more = items.length > 0 && Number.isFinite(total) && next < total;
      return { items, nextQuery: more ? { [param]: next } : null };
    },
    remaining(data, query) {
      const total = Number(data[totalKey]);
      const limit = Number(data[limitKey] ?? itemsOf(data, itemsKey).length);
      const first = offsetOf(data, query);
      if (!Number.isFinite(total) || !Number.isFinite(first) || !(limit > 0)) return undefined;
      const count = Math.max(0, Math.ceil((total - first - limit) / limit));
      return { count, query: (index) => ({ [param]: first + limit * (index + 1) }) };
    },
  };
}

/** Whether a next-page value reads as a link: an absolute http(s) URL, a path, or a bare query. */
function isLink(value: string): boolean {
  return /^https?:\/\//i.test(value) || value.startsWith('/') || value.startsWith('?');
}

/** The query parameters of a link, a repeated parameter as a list. */
function queryOf(link: string): Record<string, string | string[]> {
  const params = new URL(link, 'http://next-page.invalid').searchParams;
  const query: Record<string, string | string[]> = {};
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    query[name] = values.length === 1 ? values[0]! : values;
  }
  return query;
}

/**
 * A link to the next page returned beside the items (Comeet's `next_page`), followed until it is
 * empty or missing. The next page is asked with the link's query parameters, and only those (every
 * parameter of the previous request is dropped unless the link repeats it), on the operation's own
 * path and base URL: a link naming another host never receives the client's credentials.
 *
 * A page that is a bare list (an API that answers without paging) is the whole listing. A next-page
 * value that is not a link (an absolute URL, a path or a query) is an error, never a silent stop.
 */
export function nextLink<const K extends string>(options: { items: K; link?: string }): PaginationStyle<K> {
  const itemsKey = options.items;
  const linkKey = options.link ?? 'next_page';
  return {
    kind: 'nextLink',
    itemsKey,
    param: linkKey,
    read(data, query) {
      if (Array.isArray(data)) return { items: data, nextQuery: null };
      const items = data[itemsKey] ?? [];
      if (!Array.isArray(items))
        throw new PaginationError(`Expected "${itemsKey}" to be a list of items, got ${typeof items}`);
      const link = data[linkKey];
      if (link === undefined || link === null || link === '') return { items, nextQuery: null };
      // The value itself stays out of the messages: a server can echo a credential into it.
      if (typeof link !== 'string' || !isLink(link))
        throw new PaginationError(
          `The page's "${linkKey}" is not a link to the next page (an absolute URL, a path or a query): cannot continue without skipping`,
        );
      const cleared = Object.fromEntries(Object.keys(query).map((name) => [name, undefined]));
      return { items, nextQuery: { ...cleared, ...queryOf(link) } };
    },
  };
}
