import { InputValidationError, type ValidationIssue } from '@hr/core';
import { closestName, pathParameterNames } from '@hr/core/internal';
import { ROUTE_METHODS, type CoodeshRoute, type ParsedRoute } from './route.js';

const PLACEHOLDERS = /[{}?#]|\(unknown\)/;

function suggestion(id: string, known: readonly string[]): string {
  const closest = closestName(id, known, Math.max(3, id.length / 4));
  return closest ? ` (did you mean '${closest}'?)` : ' (see COODESH_ROUTES for the ids)';
}

const list = (names: readonly string[]) => (names.length > 0 ? names.map((n) => `:${n}`).join(', ') : 'none');

/** Parses and checks one supplied route; records what is wrong with it in `issues`. */
function parseRoute(
  id: string,
  spec: unknown,
  routes: Readonly<Record<string, CoodeshRoute>>,
  issues: ValidationIssue[],
): ParsedRoute | undefined {
  const path = `routes['${id}']`;
  const fail = (message: string, code: string) => void issues.push({ path, message, code });
  const route = Object.hasOwn(routes, id) ? routes[id] : undefined;
  if (!route) return fail(`is not a Coodesh operation id${suggestion(id, Object.keys(routes))}`, 'unknown_operation');
  const match = typeof spec === 'string' ? /^\s*(\S+)\s+(\S+)\s*$/.exec(spec) : null;
  if (!match)
    return fail(`must be "<METHOD> /path", e.g. "GET /careers" (got ${JSON.stringify(spec)})`, 'invalid_route');
  const method = match[1]!.toUpperCase();
  const routePath = match[2]!;
  if (!(ROUTE_METHODS as readonly string[]).includes(method))
    return fail(`method must be one of ${ROUTE_METHODS.join(', ')} (got "${match[1]}")`, 'invalid_method');
  if (!routePath.startsWith('/')) return fail(`path must start with "/" (got "${routePath}")`, 'invalid_path');
  if (PLACEHOLDERS.test(routePath)) {
    return fail(
      `path must be the real route: "{...}", "?", "#" and "(unknown)" are not allowed (query parameters go in the call) (got "${routePath}")`,
      'invalid_path',
    );
  }
  const given = pathParameterNames(routePath);
  const missing = route.params.filter((p) => !given.includes(p));
  const extra = given.filter((p) => !route.params.includes(p));
  if (missing.length > 0 || extra.length > 0 || new Set(given).size !== given.length) {
    return fail(
      `path parameters must be the operation's: ${list(route.params)} (got ${list(given)})`,
      'invalid_path_parameters',
    );
  }
  return { method: method as ParsedRoute['method'], path: routePath };
}

/**
 * The routes a client was given (`{ 'careerPaths.list': 'GET /careers' }`), checked against the
 * catalogue's `routes`: throws `InputValidationError` naming each bad one.
 */
export function parseSuppliedRoutes(
  supplied: Readonly<Record<string, unknown>> | undefined,
  routes: Readonly<Record<string, CoodeshRoute>>,
): ReadonlyMap<string, ParsedRoute> {
  const issues: ValidationIssue[] = [];
  const parsed = new Map<string, ParsedRoute>();
  for (const [id, spec] of Object.entries(supplied ?? {})) {
    const route = parseRoute(id, spec, routes, issues);
    if (route) parsed.set(id, route);
  }
  if (issues.length > 0) throw new InputValidationError(issues);
  return parsed;
}
