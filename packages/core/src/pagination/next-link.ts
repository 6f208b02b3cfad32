import { PaginationError } from '../errors/client-errors.js';
import type { PaginationStyle } from './styles.js';

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
