// Canned Moka candidate pages: 20 documented candidates per page, chained by the `next` cursor.
import { buildCandidate } from '@hr/moka/testing';
import type { CannedRoutes } from '../canned-server.js';

/** Candidates per page: Moka's maximum `limit`. */
export const PAGE_SIZE = 20;
/** Where the Moka API lives on the canned server. */
export const BASE_PATH = '/api-platform/v1';

/**
 * `GET /data/ehrApplications?stage=offer&limit=20[&next=…]`: `pages` pages of 20 full candidates
 * (Moka's documented example plus every documented section, as the sandbox builds them), the last
 * page without `next`.
 */
export function routes(options: { pages: number }): CannedRoutes {
  const data = JSON.stringify(Array.from({ length: PAGE_SIZE }, (_, i) => buildCandidate(47_200_001 + i)));
  return (url) => {
    if (url.pathname !== `${BASE_PATH}/data/ehrApplications` || url.searchParams.get('limit') !== String(PAGE_SIZE))
      return undefined;
    const page = Number(url.searchParams.get('next') ?? 0);
    const next = page + 1 < options.pages ? `,"next":"${page + 1}"` : '';
    return { body: `{"data":${data}${next}}` };
  };
}
