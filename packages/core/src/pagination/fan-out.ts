import type { PaginationStyle } from '../contract/pagination-styles.js';

/**
 * Pages through each group of a query list in turn, with the operation's own style inside a group:
 * when a group has no more pages, the next query asks for the next group from its first page.
 * Used for lists the vendor caps per call (Feishu's 10 `pre_hire_ids`), so the caller sees one listing.
 */
export function acrossGroups(inner: PaginationStyle, param: string, groups: readonly unknown[][]): PaginationStyle {
  return {
    kind: inner.kind,
    itemsKey: inner.itemsKey,
    param: inner.param,
    read(data, query) {
      const info = inner.read(data, query);
      // Each next query names its group: later pages of a group are relative to the first group's query.
      if (info.nextQuery) return { items: info.items, nextQuery: { ...info.nextQuery, [param]: query[param] } };
      const current = groups.findIndex((group) => sameValues(group, query[param]));
      const next = groups[current + 1];
      // A new group starts from its first page: the inner style's cursor is cleared.
      return { items: info.items, nextQuery: next ? { [inner.param]: undefined, [param]: next } : null };
    },
  };
}

function sameValues(group: readonly unknown[], values: unknown): boolean {
  return (
    Array.isArray(values) && values.length === group.length && group.every((value, index) => values[index] === value)
  );
}
