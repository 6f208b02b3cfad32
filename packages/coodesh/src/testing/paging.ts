/** Reads a positive integer query parameter (undefined when absent or not a number). */
export function intParam(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  const value = Number(raw);
  return Number.isInteger(value) ? value : undefined;
}

/** Slices `items` into the mongoose-paginate `page` envelope. */
export function pageOf<T>(items: readonly T[], page: number, limit: number) {
  // `limit=0` asks for the totals alone (mongoose-paginate's convention): one page, no docs.
  const totalPages = limit === 0 ? 1 : Math.max(1, Math.ceil(items.length / limit));
  const start = (page - 1) * limit;
  return {
    docs: items.slice(start, start + limit),
    totalDocs: items.length,
    limit,
    page,
    totalPages,
    pagingCounter: start + 1,
    hasPrevPage: page > 1,
    hasNextPage: page < totalPages,
    prevPage: page > 1 ? page - 1 : null,
    nextPage: page < totalPages ? page + 1 : null,
  };
}

/** Slices `items` into the ATS `offset` envelope. */
export function offsetOf<T>(items: readonly T[], offset: number, limit: number) {
  return { limit, offset, total: items.length, payload: items.slice(offset, offset + limit) };
}
