import { defineOperation, lazySchema, type HttpMethod, type Operation } from '@hr/core/internal';
import { z } from 'zod';
import { COODESH_OPERATIONS } from '../generated/operations.js';
import type { OperationEntry } from './operation-entry.js';
import type { CoodeshOperationId } from './operation-types.js';
import type { CoodeshRoute, ParsedRoute } from './route.js';
import { parseSuppliedRoutes } from './supplied-routes.js';
import { UnconfirmedRouteError } from './unconfirmed-route-error.js';

const TABLE: Readonly<Record<string, OperationEntry>> = COODESH_OPERATIONS;

/** The route of every operation of the Coodesh reference, by operation id (from the operation table). */
export const COODESH_ROUTES: Readonly<Record<CoodeshOperationId, CoodeshRoute>> = Object.fromEntries(
  Object.entries(TABLE).map(([id, entry]) => [id, entry.route]),
) as Record<CoodeshOperationId, CoodeshRoute>;

/** The schema of an operation's `:name` path parameters: non-empty strings, or integers where the catalogue says so. */
function pathParamsSchema(names: readonly string[], numbers: readonly string[] = []) {
  return lazySchema(() =>
    z.strictObject(
      Object.fromEntries(names.map((name) => [name, numbers.includes(name) ? z.number().int() : z.string().min(1)])),
    ),
  );
}

/** The operation `id` sent to `route`: its table entry with that method and path (which decides idempotency). */
function defineAt(id: string, entry: OperationEntry, route: { method: HttpMethod; path: string }): Operation {
  const { params } = entry.route;
  return defineOperation({
    id,
    method: route.method,
    path: route.path,
    pathParams: params.length > 0 ? pathParamsSchema(params, entry.numericParams) : undefined,
    query: entry.query,
    body: entry.body,
    bodyType: entry.bodyType,
    headers: entry.headers,
    response: entry.response,
    paginate: entry.paginate,
    arrayFormat: entry.arrayFormat,
    auth: entry.auth,
  });
}

/**
 * Decides where each operation goes: a route you supplied wins; operations whose route the
 * reference confirms (or whose prefix is supported) go to it; unconfirmed ones only with
 * `allowUnconfirmedRoutes`, and those whose route could not be reconstructed only with a supplied one.
 * Each operation is defined once per client, on its first call.
 */
export class CoodeshRouter {
  readonly #supplied: ReadonlyMap<string, ParsedRoute>;
  readonly #allowUnconfirmed: boolean;
  readonly #operations = new Map<string, Operation>();

  /** Checks every supplied route; throws `InputValidationError` naming each bad one. */
  constructor(routes: Readonly<Record<string, unknown>> | undefined, allowUnconfirmed = false) {
    this.#supplied = parseSuppliedRoutes(routes, COODESH_ROUTES);
    this.#allowUnconfirmed = allowUnconfirmed;
  }

  /** The operation as this client sends it; throws `UnconfirmedRouteError` when its route may not be used. */
  operation(id: CoodeshOperationId): Operation {
    let operation = this.#operations.get(id);
    if (!operation) {
      operation = defineAt(id, TABLE[id]!, this.#route(id));
      this.#operations.set(id, operation);
    }
    return operation;
  }

  #route(id: CoodeshOperationId): { method: HttpMethod; path: string } {
    const supplied = this.#supplied.get(id);
    if (supplied) return supplied;
    const { route } = TABLE[id]!;
    const usable = route.status !== 'unconfirmed' || (this.#allowUnconfirmed && !route.requiresRoute);
    if (!usable || !route.method) throw new UnconfirmedRouteError(id, route);
    return { method: route.method, path: route.path };
  }
}
