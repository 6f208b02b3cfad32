import { defineOperation, InputValidationError, type Operation, type ValidationIssue } from '@hr/core';
import { pathParameterNames } from '@hr/core/internal';
import { ROUTE_METHODS, type CoodeshRoute, type ParsedRoute } from './route.js';
import { COODESH_ROUTES } from './routes.js';
import { UnconfirmedRouteError } from './unconfirmed-route-error.js';

const ROUTES: Readonly<Record<string, CoodeshRoute>> = COODESH_ROUTES;
const PLACEHOLDERS = /[{}?#]|\(unknown\)/;

/** Edit distance, for suggesting the operation id a typo meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

function suggestion(id: string): string {
  const [closest] = Object.keys(ROUTES)
    .map((known) => [known, distance(id.toLowerCase(), known.toLowerCase())] as const)
    .sort((a, b) => a[1] - b[1]);
  return closest && closest[1] <= Math.max(3, id.length / 4)
    ? ` (did you mean '${closest[0]}'?)`
    : ' (see COODESH_ROUTES for the ids)';
}

const list = (names: readonly string[]) => (names.length > 0 ? names.map((n) => `:${n}`).join(', ') : 'none');

/** Parses and checks one supplied route; records what is wrong with it in `issues`. */
function parseSuppliedRoute(id: string, spec: unknown, issues: ValidationIssue[]): ParsedRoute | undefined {
  const path = `routes['${id}']`;
  const fail = (message: string, code: string) => void issues.push({ path, message, code });
  const route = ROUTES[id];
  if (!route) return fail(`is not a Coodesh operation id${suggestion(id)}`, 'unknown_operation');
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
 * Decides where each operation goes: a route you supplied wins; operations whose route the
 * reference confirms (or whose prefix is supported) go to it; unconfirmed ones only with
 * `allowUnconfirmedRoutes`, and those whose route could not be reconstructed only with a supplied one.
 */
export class CoodeshRouter {
  readonly #supplied: ReadonlyMap<string, ParsedRoute>;
  readonly #allowUnconfirmed: boolean;

  /** Checks every supplied route; throws `InputValidationError` naming each bad one. */
  constructor(routes: Readonly<Record<string, unknown>> | undefined, allowUnconfirmed = false) {
    const issues: ValidationIssue[] = [];
    const supplied = new Map<string, ParsedRoute>();
    for (const [id, spec] of Object.entries(routes ?? {})) {
      const parsed = parseSuppliedRoute(id, spec, issues);
      if (parsed) supplied.set(id, parsed);
    }
    if (issues.length > 0) throw new InputValidationError(issues);
    this.#supplied = supplied;
    this.#allowUnconfirmed = allowUnconfirmed;
  }

  /** The operation as it will be sent; throws `UnconfirmedRouteError` when it may not be sent. */
  resolve<Op extends Operation>(operation: Op): Op {
    const supplied = this.#supplied.get(operation.id);
    // Operations are data: rerouting is a copy with the new method and path (and the idempotency of that method).
    if (supplied)
      return { ...operation, ...supplied, idempotent: defineOperation({ id: operation.id, ...supplied }).idempotent };
    const route = ROUTES[operation.id];
    if (!route || route.status !== 'unconfirmed') return operation;
    if (route.requiresRoute || !this.#allowUnconfirmed) throw new UnconfirmedRouteError(operation.id, route);
    return operation;
  }
}
