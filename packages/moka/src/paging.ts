import { type PaginationStyle, nextCursor } from '@hr/core/internal';

/**
 * Moka's `/v1/data/*` feeds page by a `next` cursor that replaces the first request's window: the
 * first request carries `fromTime` (and its filters), every later one `next` alone (with `limit`).
 * A page without `next` is the last ("响应里没有 next 表示拉完了"). The listed `dropped` parameters are
 * left out of every request after the first.
 */
export function windowThenCursor(dropped: readonly string[]): PaginationStyle<'data'> {
  const base = nextCursor({ items: 'data', cursor: 'next', param: 'next' });
  const unset = Object.fromEntries(dropped.map((name) => [name, undefined]));
  return {
    ...base,
    read(data, query) {
      const info = base.read(data, query);
      return info.nextQuery ? { ...info, nextQuery: { ...unset, ...info.nextQuery } } : info;
    },
  };
}
