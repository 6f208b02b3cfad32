import { HttpResponse } from 'msw';
import type { ComeetSandboxState } from './state.js';

/** A whole number from the query, or `fallback` when absent or not a positive whole number. */
function positive(value: string | null, fallback: number): number {
  const number = Number(value);
  return value !== null && Number.isInteger(number) && number > 0 ? number : fallback;
}

/**
 * Answers a list the way the sandbox's `listShape` says: `paged` (production clients' reading), a page
 * of `limit` items as `{ [key]: [...], next_page }` with `next_page` the absolute URL of the next page
 * (the request's own parameters and the sandbox's `page` cursor) until the last page, where it is null;
 * or `array`, every item in one bare array.
 */
export function listAnswer(request: Request, state: ComeetSandboxState, key: string, items: unknown[]): Response {
  if (state.listShape === 'array') return HttpResponse.json(items);
  const url = new URL(request.url);
  const limit = positive(url.searchParams.get('limit'), state.defaultPageSize);
  const page = positive(url.searchParams.get('page'), 1);
  const start = (page - 1) * limit;
  const next = new URL(url);
  next.searchParams.set('page', String(page + 1));
  return HttpResponse.json({
    [key]: items.slice(start, start + limit),
    next_page: start + limit < items.length ? next.href : null,
  });
}
