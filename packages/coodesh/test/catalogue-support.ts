import { fileFrom, type FileUpload } from '@hr/core';
import { COODESH_ROUTES, type CoodeshClient, type CoodeshOperationId, type CoodeshRoute } from '../src/index.js';
import { CoodeshLostRoutes } from '../src/lost-routes.js';
import { CATALOGUE_EXAMPLES, type CatalogueExample } from '../src/testing.js';

const ROUTES: Readonly<Record<string, CoodeshRoute>> = COODESH_ROUTES;

/** The operations whose route the catalogue reconstructed (no public evidence), by catalogue group of their id. */
export function unconfirmedByResource(): [string, [CoodeshOperationId, CatalogueExample][]][] {
  const groups = new Map<string, [CoodeshOperationId, CatalogueExample][]>();
  for (const [id, route] of Object.entries(ROUTES)) {
    if (route.status !== 'unconfirmed') continue;
    const resource = id.split('.')[0]!;
    if (!groups.has(resource)) groups.set(resource, []);
    groups.get(resource)!.push([id as CoodeshOperationId, CATALOGUE_EXAMPLES[id]!]);
  }
  return [...groups.entries()];
}

/**
 * The arguments of a method, in the SDK's order: path parameters, then the query or body (an upload's
 * files in it, built with `fileFrom()`), then headers.
 */
export async function argumentsOf(id: string, example: CatalogueExample): Promise<unknown[]> {
  const { path, query, headers, files } = example.request;
  let body = example.request.body;
  if (files) body = { ...(body as object), ...(await uploadsOf(files)) };
  return [
    ...ROUTES[id]!.params.map((name) => path![name]),
    ...(body !== undefined ? [body] : query !== undefined ? [query] : []),
    ...(headers ? [headers] : []),
  ];
}

/** The files of an example's file parts, as `fileFrom()` builds them. */
async function uploadsOf(
  files: NonNullable<CatalogueExample['request']['files']>,
): Promise<Record<string, FileUpload>> {
  const entries = Object.entries(files).map(
    async ([name, { filename, content }]) => [name, await fileFrom(Buffer.from(content), { filename })] as const,
  );
  return Object.fromEntries(await Promise.all(entries));
}

/** The parts of a recorded multipart body: text parts as strings, file parts as their name and text. */
export async function partsOf(
  body: string,
  contentType: string | undefined,
): Promise<Record<string, string | { filename: string; content: string }>> {
  const form = await new Response(body, { headers: { 'content-type': contentType ?? '' } }).formData();
  const parts: Record<string, string | { filename: string; content: string }> = {};
  for (const [name, value] of form.entries())
    parts[name] = typeof value === 'string' ? value : { filename: value.name, content: await value.text() };
  return parts;
}

type Method = (...args: unknown[]) => PromiseLike<unknown>;

/** Where the method of an operation is: the client, or `CoodeshLostRoutes` when its route was lost. */
function methodOwner(client: CoodeshClient, id: string): Record<string, unknown> {
  return (ROUTES[id]!.requiresRoute ? new CoodeshLostRoutes(client) : client) as unknown as Record<string, unknown>;
}

/**
 * Calls the method of an operation (`careerPaths.tracks.create` → `client.careerPaths.tracks.create(...)`,
 * `careerPaths.archive` → `new CoodeshLostRoutes(client).careerPaths.archive(...)`).
 */
export function callOperation(client: CoodeshClient, id: string, args: unknown[]): PromiseLike<unknown> {
  const path = id.split('.');
  const name = path.pop()!;
  const owner = path.reduce<Record<string, unknown>>(
    (object, key) => object[key] as Record<string, unknown>,
    methodOwner(client, id),
  );
  if (typeof owner[name] !== 'function') throw new Error(`No method for operation ${id}`);
  return (owner[name] as Method).apply(owner, args);
}

/** The path a route template becomes with the example's path parameters. */
export function filledPath(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/:([A-Za-z_]+)/g, (_m, name: string) => encodeURIComponent(String(params[name])));
}

/** The query string values the SDK sends for an example query (arrays repeated, JSONLogic rules base64-encoded). */
export function sentQuery(query: Record<string, unknown> = {}): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) out[key] = value.length === 1 ? String(value[0]) : value.map(String);
    else if (typeof value === 'object' && value !== null)
      out[key] = Buffer.from(JSON.stringify(value)).toString('base64');
    else out[key] = String(value);
  }
  return out;
}
