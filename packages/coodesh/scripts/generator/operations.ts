import type { CatalogueOperation, CatalogueParam } from './catalogue.js';
import { describeParam } from './describe.js';
import { OPERATIONS, PART_ONE, RESOURCES, type HandOperation, type ManifestOperation } from './manifest.js';
import { isRecord, LIST_PARAMS, type ModelRegistry } from './models.js';
import { kebab, pascal } from '../../../../scripts/codegen/text.js';
import type { TypeRef } from './types.js';

/** An operation's route as the route table records it. */
export interface RouteInfo {
  n: number;
  duplicates: number[];
  /** HTTP method; undefined when the reference lost it. */
  method: string | undefined;
  /** Full path, or `(unknown)`. */
  path: string;
  params: string[];
  status: CatalogueOperation['routeStatus'];
  confidence: string;
  methodConfidence: string;
  /** Why the route cannot be sent without one the user supplies. */
  requiresRoute?: string;
  /** The route the sandbox serves the operation at (a stand-in where the route cannot be sent). */
  sandbox: string;
}

/** What a generated method takes and returns. */
export interface OperationShape {
  pathParams: { name: string; type: 'string' | 'number' }[];
  input?: { kind: 'query' | 'body' | 'ids'; model: string; optional: boolean };
  headers?: { model: string; names: string[] };
  /** The data type; for paging, the item type. */
  response?: TypeRef;
  /** The docs of the operation's own query parameters (a shared query model may document them more generally). */
  paramDocs?: Record<string, string>;
  /** `page`/`offset`: listed with `paginate`; `docs`: a page envelope without paging metadata. */
  envelope?: 'page' | 'offset' | 'docs';
}

/** One SDK operation: its id, the catalogue entry, its route and (for generated ones) its shape. */
export interface OperationSpec {
  id: string;
  /** Client property (`careerPaths`). */
  resource: string;
  /** Sub-resource property (`tracks`), if any. */
  child?: string;
  /** Method name. */
  method: string;
  cat: CatalogueOperation;
  /** Generated operations (and those whose method is hand-written but whose models are generated). */
  entry?: ManifestOperation;
  /** Part-1 operations: hand-written method and models. */
  hand?: HandOperation;
  route: RouteInfo;
  shape?: OperationShape;
}

const PLACEHOLDER = /\{[a-z]+\}/;

/** The content type of the catalogue's upload bodies (sent as `bodyType: 'multipart'`). */
export const MULTIPART = 'multipart/form-data';

function splitId(id: string): { resource: string; child?: string; method: string } {
  const parts = id.split('.');
  if (parts.length === 3) return { resource: parts[0]!, child: parts[1]!, method: parts[2]! };
  if (parts.length === 2) return { resource: parts[0]!, method: parts[1]! };
  throw new Error(`Bad operation id ${id}`);
}

/** The route of an operation from the catalogue (stated, confirmed, corrected or reconstructed). */
function routeOf(op: CatalogueOperation): Omit<RouteInfo, 'duplicates' | 'requiresRoute' | 'sandbox'> {
  const method = op.method ?? op.methodGuess ?? undefined;
  const path = op.pathGuess ?? '(unknown)';
  const fromPath = [...path.matchAll(/:([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!);
  const params = path === '(unknown)' ? op.pathParams.map((p) => p.name) : fromPath;
  const declared = op.pathParams
    .map((p) => p.name)
    .sort()
    .join(',');
  if (path !== '(unknown)' && [...params].sort().join(',') !== declared)
    throw new Error(`n ${op.n}: path ${path} does not hold the parameters ${declared}`);
  return {
    n: op.n,
    method,
    path,
    params,
    status: op.routeStatus,
    confidence: op.confidence,
    methodConfidence: op.methodConfidence,
  };
}

/** Builds every operation (duplicates folded into their original), with routes checked for collisions. */
export function buildOperations(catalogue: CatalogueOperation[]): OperationSpec[] {
  const specs: OperationSpec[] = [];
  const byN = new Map<number, OperationSpec>();
  const sendable = new Map<string, number>();
  for (const op of catalogue) {
    if (op.duplicateOf !== undefined) {
      byN.get(op.duplicateOf)!.route.duplicates.push(op.n);
      continue;
    }
    const entry = OPERATIONS[op.n];
    const hand = PART_ONE[op.n];
    const id = hand?.id ?? entry?.id;
    if (!id) throw new Error(`Catalogue n ${op.n} has no operation id in the manifest`);
    const route: RouteInfo = { ...routeOf(op), duplicates: [], sandbox: '' };
    const key = `${route.method} ${route.path.replace(/:[A-Za-z_]+/g, ':')}`;
    if (op.routeStatus === 'unconfirmed') {
      if (!route.method && route.path === '(unknown)')
        route.requiresRoute = 'the reference lost its HTTP method and its path';
      else if (!route.method) route.requiresRoute = 'the reference lost its HTTP method';
      else if (route.path === '(unknown)') route.requiresRoute = 'the reference lost its path';
      else if (PLACEHOLDER.test(route.path))
        route.requiresRoute = `a segment of its path was lost (${PLACEHOLDER.exec(route.path)![0]})`;
      else if (sendable.has(key))
        route.requiresRoute = `its reconstruction is the same route as catalogue n ${sendable.get(key)}'s, so one of the two is wrong`;
    }
    if (!route.requiresRoute && route.method) sendable.set(key, op.n);
    route.sandbox = route.requiresRoute ? standIn(id, route, op) : `${route.method} ${route.path}`;
    const spec: OperationSpec = { id, ...splitId(id), cat: op, ...(entry && { entry }), ...(hand && { hand }), route };
    specs.push(spec);
    byN.set(op.n, spec);
  }
  const ids = new Set<string>();
  for (const spec of specs) {
    if (ids.has(spec.id)) throw new Error(`Operation id ${spec.id} is used twice`);
    ids.add(spec.id);
  }
  return specs;
}

/** The sandbox's stand-in for a route that cannot be sent as reconstructed: `/sandbox/<resource>/<method>/:params`. */
function standIn(id: string, route: RouteInfo, op: CatalogueOperation): string {
  const method = route.method ?? (op.body ? 'POST' : 'GET');
  return `${method} /sandbox/${id.split('.').map(kebab).join('/')}${route.params.map((p) => `/:${p}`).join('')}`;
}

/** The class and noun of an operation's resource (or sub-resource). */
function resourceOf(spec: OperationSpec): { file: string; className: string; noun: string } {
  const resource = RESOURCES[spec.resource];
  if (!resource) throw new Error(`No resource spec for ${spec.resource}`);
  if (!spec.child) return resource;
  const child = resource.children?.[spec.child];
  if (!child) throw new Error(`No sub-resource spec for ${spec.resource}.${spec.child}`);
  return { file: resource.file, className: child.className, noun: child.noun };
}

/** Declares the models of a generated operation and records what its method takes and returns. */
export function shapeOperation(spec: OperationSpec, registry: ModelRegistry): OperationShape {
  const { cat: op, entry } = spec;
  const { file, noun } = resourceOf(spec);
  const base = `${noun}${pascal(spec.method)}`;
  const shape: OperationShape = {
    pathParams: spec.route.params.map((name) => ({
      name,
      type: op.pathParams.find((p) => p.name === name)?.type === 'number' ? 'number' : 'string',
    })),
  };
  if (op.body) {
    if (op.body.schema === 'array of string') {
      shape.input = { kind: 'ids', model: 'IdList', optional: false };
    } else {
      const name = entry?.body ?? `${base}Body`;
      const multipart = op.body.contentType === MULTIPART;
      if (multipart && !entry?.upload)
        throw new Error(`n ${op.n} is multipart: name its file part (upload) in the manifest`);
      const upload = multipart ? entry!.upload : undefined;
      const model = registry.body(op.body.fields, op.requestExample, name, spec.id, file, noun, upload);
      shape.input = {
        kind: 'body',
        model,
        optional: op.body.fields.every((f) => !f.required || f.default !== undefined),
      };
    }
  }
  const query = queryOf(op);
  if (query) {
    const model = registry.params(
      query.own,
      entry?.query ?? `${base}Query`,
      'Query of',
      spec.id,
      file,
      query.listParams,
    );
    shape.input = { kind: 'query', model, optional: query.own.every((p) => !p.required) };
    shape.paramDocs = Object.fromEntries(query.own.map((p) => [p.name, describeParam(p)]));
  }
  const headers = op.headerParams.filter((h) => h.name.toLowerCase() !== 'x-api-key');
  if (headers.length > 0) {
    const rows = headers.map((h) => ({ ...h, name: h.name.toLowerCase() }));
    shape.headers = {
      model: registry.params(rows, `${base}Headers`, 'Headers required by', spec.id, file),
      names: rows.map((h) => h.name),
    };
  }
  const example = op.responseExample;
  if (example !== null && example !== undefined) {
    const name = entry?.response ?? `${base}Result`;
    const named = entry?.response !== undefined;
    if (op.pagination === 'page' && isRecord(example)) {
      shape.envelope = 'page';
      shape.response = registry.response((example.docs as unknown[])[0], name, file, named);
    } else if (op.pagination === 'offset' && Array.isArray(example)) {
      shape.envelope = 'offset';
      shape.response = registry.response(
        ((example[0] as Record<string, unknown>).payload as unknown[])[0],
        name,
        file,
        named,
      );
    } else if (isRecord(example) && Array.isArray(example.docs)) {
      shape.envelope = 'docs';
      shape.response = registry.response(example.docs[0], name, file, named);
    } else {
      shape.response = registry.response(example, name, file, named);
    }
  }
  return shape;
}

/** The query of an operation: its own parameters and the shared list parameters it takes. */
function queryOf(op: CatalogueOperation): { own: CatalogueParam[]; listParams?: string[] | 'all' } | undefined {
  const names = new Set(op.queryParams.map((p) => p.name));
  const own = op.queryParams.filter((p) => !(LIST_PARAMS as readonly string[]).includes(p.name) || p.required);
  const list = LIST_PARAMS.filter(
    (p) => names.has(p) && !op.queryParams.find((q) => q.name === p)!.required,
  ) as string[];
  // A page envelope is walked with `page`: take it (and its size) even where the table lost them.
  if (op.pagination === 'page') for (const p of ['page', 'pageSize']) if (!list.includes(p)) list.push(p);
  if (own.length === 0 && list.length === 0) return undefined;
  const listParams =
    list.length === LIST_PARAMS.length
      ? 'all'
      : list.length > 0
        ? LIST_PARAMS.filter((p) => list.includes(p))
        : undefined;
  return { own, ...(listParams && { listParams }) };
}
