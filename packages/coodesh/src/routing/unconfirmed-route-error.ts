import { HRError } from '@hr/core';
import { describeRoute, type CoodeshRoute, type RouteConfidence } from './route.js';

/** The route example of the error message: the reconstruction with its lost parts spelled as placeholders. */
function routeTemplate(route: CoodeshRoute): string {
  const method = route.method ?? '<METHOD>';
  const path =
    route.path === '(unknown)'
      ? `/<path>${route.params.map((p) => `/:${p}`).join('')}`
      : route.path.replace(/\{(\w+)\}/g, '<$1>');
  return `${method} ${path}`;
}

/**
 * An operation whose route the Coodesh reference does not confirm was called without a route you
 * supplied and without `allowUnconfirmedRoutes`, or its route could not be reconstructed at all.
 * Nothing was sent. The message names the operation, the reconstructed route and how to proceed.
 */
export class UnconfirmedRouteError extends HRError {
  static override readonly brand: string = '@hr/coodesh/UnconfirmedRouteError';
  /** The operation id, e.g. `careerPaths.list`. */
  readonly operation: string;
  /** The operation's number in the catalogue. */
  readonly n: number;
  /** The reconstructed route, e.g. `GET /careers` or `? /careers/:id/{action}`. */
  readonly reconstructed: string;
  /** The catalogue's confidence in the reconstruction. */
  readonly confidence: RouteConfidence;
  /** Why only a supplied route will do (`allowUnconfirmedRoutes` does not cover it), when that is the case. */
  readonly requiresRoute: string | undefined;

  constructor(operation: string, route: CoodeshRoute) {
    const reconstructed = describeRoute(route);
    const supply = `new CoodeshClient({ routes: { '${operation}': '${routeTemplate(route)}' } })`;
    super(
      route.requiresRoute
        ? `${operation} (catalogue n ${route.n}) was not sent: its route cannot be reconstructed (\`${reconstructed}\`: ${route.requiresRoute}). ` +
            `Pass the route you know: ${supply}. allowUnconfirmedRoutes does not cover it.`
        : `${operation} (catalogue n ${route.n}) was not sent: its route is unconfirmed, reconstructed from the Coodesh reference as ` +
            `\`${reconstructed}\` (confidence ${route.confidence}). Pass the route you know: ${supply}, ` +
            'or opt in to the reconstructed routes with allowUnconfirmedRoutes: true.',
    );
    this.operation = operation;
    this.n = route.n;
    this.reconstructed = reconstructed;
    this.confidence = route.confidence;
    this.requiresRoute = route.requiresRoute;
  }
}
