import { HttpResponse } from 'msw';
import { CATALOGUE_EXAMPLES } from '../generated/catalogue-examples.js';
import { COODESH_ROUTES } from '../routing/router.js';
import { objectId } from './fixtures.js';
import { nestError } from './nest-errors.js';
import { intParam, offsetOf, pageOf } from './paging.js';
import type { Route, RouteContext } from './router.js';
import { fields } from './routes/validation.js';
import type { CoodeshSandboxState } from './state.js';
import { readUpload } from './uploads.js';

/** What the sandbox knows of one operation the catalogue reconstructed (see `CATALOGUE_EXAMPLES`). */
export interface CatalogueExample {
  /** The route the sandbox serves it at: the reconstruction, or a stand-in under `/sandbox/` where the route was lost. */
  route: string;
  /** Status of a success (201 for a POST, as Coodesh answers). */
  status: number;
  /** `multipart` for the uploads: the body's fields and files arrive as the parts of a multipart/form-data body. */
  bodyType?: 'multipart';
  /** A request the SDK accepts: path parameters, the query or the body, required headers, the files of an upload. */
  request: {
    path?: Record<string, string | number>;
    query?: Record<string, unknown>;
    body?: unknown;
    headers?: Record<string, string>;
    /** The file of each file part (build it with `fileFrom(Buffer.from(content), { filename })`). */
    files?: Record<string, { filename: string; content: string }>;
  };
  /** The reference's response example; without one the sandbox answers an empty body. */
  response?: unknown;
  /** How the response pages: `page` (`docs`/`totalPages`) or `offset` (`payload`/`total`). */
  envelope?: 'page' | 'offset';
  /** Body and query fields and file parts the sandbox requires (answering NestJS's 400 when one is missing). */
  required?: { body?: string[]; query?: string[]; files?: string[] };
}

/**
 * The sandbox's routes for the operations whose route was lost (a method, a segment, or a clash with
 * another operation), by operation id: pass them as the client's `routes` to call those operations
 * against the sandbox. They are stand-ins under `/sandbox/`, not Coodesh's routes.
 */
export const SANDBOX_ROUTES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(COODESH_ROUTES)
    .filter(([, route]) => route.requiresRoute !== undefined)
    .map(([id]) => [id, CATALOGUE_EXAMPLES[id]!.route]),
);

/** How many items a listed operation holds in the sandbox (the example's first item and copies of it). */
export const CATALOGUE_LIST_SIZE = 3;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The `i`-th item of a sandbox list: the example's first item, then copies with their own ids. */
function listItem(first: unknown, i: number): unknown {
  if (i === 0 || !isRecord(first)) return first;
  const copy = { ...first };
  for (const key of ['_id', 'id', 'value']) if (typeof copy[key] === 'string') copy[key] = objectId('5a', i + 1);
  return copy;
}

/** NestJS's 400 for every required field left out. */
function missing(names: readonly string[] | undefined, present: (name: string) => boolean): string[] {
  return (names ?? []).filter((name) => !present(name)).map((name) => `${name} should not be empty`);
}

/**
 * Answers an upload: its parts checked as a NestJS upload endpoint checks them, recorded in
 * `state.uploads`, then the reference's example.
 */
async function answerUpload(
  id: string,
  example: CatalogueExample,
  { request, params }: RouteContext,
  state: CoodeshSandboxState,
): Promise<Response> {
  const upload = await readUpload(request, { fields: example.required?.body, files: example.required?.files ?? [] });
  if (upload instanceof Response) return upload;
  state.uploads.push({ operation: id, params, ...upload });
  return example.response === undefined
    ? new HttpResponse(null, { status: example.status })
    : HttpResponse.json(example.response, { status: example.status });
}

/** Answers one catalogued operation: checks the required fields, then the reference's example (paged when it pages). */
function answer(example: CatalogueExample, { query, body }: RouteContext): Response {
  const given = fields(body);
  const messages = [
    ...missing(example.required?.body, (name) => given[name] !== undefined && given[name] !== null),
    ...missing(example.required?.query, (name) => query.has(name)),
  ];
  if (messages.length > 0) return nestError(400, messages);
  const response = example.response;
  if (response === undefined) return new HttpResponse(null, { status: example.status });
  if (example.envelope === 'page' && isRecord(response) && Array.isArray(response.docs)) {
    const items = Array.from({ length: CATALOGUE_LIST_SIZE }, (_, i) => listItem((response.docs as unknown[])[0], i));
    const envelope = pageOf(
      items,
      intParam(query, 'page') ?? 1,
      intParam(query, 'pageSize') ?? intParam(query, 'limit') ?? 20,
    );
    return HttpResponse.json(envelope, { status: example.status });
  }
  if (example.envelope === 'offset' && Array.isArray(response) && isRecord(response[0])) {
    const first = response[0];
    const items = Array.from({ length: CATALOGUE_LIST_SIZE }, (_, i) => listItem((first.payload as unknown[])[0], i));
    const { total, ...envelope } = offsetOf(items, intParam(query, 'offset') ?? 0, intParam(query, 'limit') ?? 150);
    // The tests variant names the total `total_tests`; the envelope comes wrapped in an array, as documented.
    return HttpResponse.json([{ ...envelope, ['total_tests' in first ? 'total_tests' : 'total']: total }], {
      status: example.status,
    });
  }
  return HttpResponse.json(response, { status: example.status });
}

/**
 * The sandbox routes of the operations the catalogue reconstructed: each answers the reference's
 * response example (lists are paged over copies of their first item), after NestJS-style checks of
 * the required fields; the uploads read and check their multipart parts and record them in
 * `state.uploads`. Static segments are matched before `:params` (`/skills/export` before `/skills/:id`).
 */
export function catalogueRoutes(state: CoodeshSandboxState): Route[] {
  const paramCount = (path: string) => path.split(':').length;
  return Object.entries(CATALOGUE_EXAMPLES)
    .map(([id, example]): Route => {
      const [method, path] = example.route.split(' ') as [Route['method'], string];
      const handle: Route['handle'] =
        example.bodyType === 'multipart'
          ? (ctx) => answerUpload(id, example, ctx, state)
          : (ctx) => answer(example, ctx);
      return { method, path, handle };
    })
    .sort((a, b) => paramCount(a.path) - paramCount(b.path));
}
