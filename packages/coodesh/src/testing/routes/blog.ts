import { HttpResponse } from 'msw';
import { BLOG_CATEGORIES, BLOG_POSTS } from '../fixtures.js';
import { intParam } from '../paging.js';
import type { Route, RouteContext } from '../router.js';

/** Answers like the WordPress REST API: a bare array, totals in `X-WP-Total` / `X-WP-TotalPages`. */
function wordpressList<T extends { slug?: string | null }>(
  items: T[],
  text: (item: T) => string,
  { query }: RouteContext,
): Response {
  const search = query.get('search')?.toLowerCase();
  const slug = query.get('slug');
  const filtered = items.filter(
    (item) => (!search || text(item).toLowerCase().includes(search)) && (!slug || item.slug === slug),
  );
  const page = intParam(query, 'page') ?? 1;
  const perPage = intParam(query, 'per_page') ?? 10;
  const totalPages = Math.max(1, Math.ceil(filtered.length / perPage));
  if (page > totalPages) {
    return HttpResponse.json(
      {
        code: 'rest_post_invalid_page_number',
        message: 'The page number requested is larger than the number of pages available.',
        data: { status: 400 },
      },
      { status: 400 },
    );
  }
  return HttpResponse.json(filtered.slice((page - 1) * perPage, page * perPage), {
    headers: { 'x-wp-total': String(filtered.length), 'x-wp-totalpages': String(totalPages) },
  });
}

/** The WordPress blog routes served from the API host. */
export function blogRoutes(): Route[] {
  return [
    {
      method: 'GET',
      path: '/wp-json/wp/v2/posts',
      auth: false,
      handle: (ctx) => wordpressList(BLOG_POSTS, (p) => `${p.title?.rendered} ${p.content?.rendered}`, ctx),
    },
    {
      method: 'GET',
      path: '/wp-json/wp/v2/categories',
      auth: false,
      handle: (ctx) => wordpressList(BLOG_CATEGORIES, (c) => `${c.name} ${c.description}`, ctx),
    },
  ];
}
