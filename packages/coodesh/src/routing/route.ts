import type { HttpMethod } from '@hr/core/internal';

/** How well public evidence supports an operation's route (the catalogue's `routeStatus`). */
export type RouteStatus = 'confirmed' | 'prefix-supported' | 'corrected' | 'unconfirmed';

/** The catalogue's confidence in a route: `stated` (written in the reference), `high`, `medium`, `low`. */
export type RouteConfidence = 'stated' | 'high' | 'medium' | 'low';

/** One operation's route, as the catalogue of the Coodesh reference gives or reconstructs it. */
export interface CoodeshRoute {
  /** The operation's number in the catalogue. */
  readonly n: number;
  /** Catalogue numbers documented as duplicates of this operation (the same endpoint listed again). */
  readonly duplicates?: readonly number[];
  /** HTTP method; absent where the reference lost it and nothing supports a guess. */
  readonly method?: HttpMethod;
  /**
   * Full path with `:name` parameters. `{action}`, `{resource}`, `{variant}`, `{provider}` mark a lost
   * segment; `(unknown)` a path that cannot be proposed.
   */
  readonly path: string;
  /** Names of the path parameters. */
  readonly params: readonly string[];
  /** What public evidence says about the route. */
  readonly status: RouteStatus;
  /** Confidence in the reconstructed method and path. */
  readonly confidence: RouteConfidence;
  /** Confidence in the method alone. */
  readonly methodConfidence: RouteConfidence;
  /** Why the route cannot be sent without one you supply (a lost method or segment, a clash with another operation). */
  readonly requiresRoute?: string;
}

/** Methods a supplied route may use. */
export const ROUTE_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** A route you supply for an operation: `'<METHOD> /path/with/:params'`, e.g. `'GET /careers'`. */
export type RouteSpec = `${(typeof ROUTE_METHODS)[number]} /${string}`;

/** A supplied route, parsed. */
export interface ParsedRoute {
  /** The HTTP method. */
  method: (typeof ROUTE_METHODS)[number];
  /** The path, starting with `/`. */
  path: string;
}

/** The catalogue's route of an operation as text, e.g. `GET /careers`, or `? /careers/:id/{action}` when the method was lost. */
export function describeRoute(route: Pick<CoodeshRoute, 'method' | 'path'>): string {
  return `${route.method ?? '?'} ${route.path}`;
}
