import { http, type RequestHandler } from 'msw';
import { nestError, nestRouteNotFound } from './nest-errors.js';

/** What a sandbox route sees of a request. */
export interface RouteContext {
  /** The request as msw received it. */
  request: Request;
  /** `:name` path parameters, decoded. */
  params: Record<string, string>;
  /** The query string. */
  query: URLSearchParams;
  /** The JSON body (undefined when there is none, and for a multipart body: read `request.formData()`). */
  body: unknown;
}

/** One sandbox endpoint. */
export interface Route {
  /** HTTP method. */
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path with `:name` parameters, e.g. `/jobs/single/:slug`. */
  path: string;
  /** Whether the route needs a valid `x-api-key` (default true). */
  auth?: boolean;
  /** Answers a matched request. */
  handle(ctx: RouteContext): Response | Promise<Response>;
}

function compile(path: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = path.replace(/:([A-Za-z_]+)/g, (_m, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { regex: new RegExp(`^${source}/?$`), names };
}

async function readJson(request: Request): Promise<unknown> {
  // A multipart body is left unread for the route (the uploads read its parts).
  if (/^multipart\/form-data\b/i.test(request.headers.get('content-type') ?? '')) return undefined;
  const text = await request.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return Symbol.for('invalid-json');
  }
}

/**
 * Serves `routes` behind one msw handler that matches exact paths (any origin), checks the API key
 * and answers unknown routes the way NestJS does.
 */
export function routeHandler(
  routes: Route[],
  isValidKey: (key: string | null) => 'ok' | 'missing' | 'invalid',
): RequestHandler {
  const compiled = routes.map((route) => ({ route, ...compile(route.path) }));
  return http.all('*', async ({ request }) => {
    const url = new URL(request.url);
    for (const { route, regex, names } of compiled) {
      if (route.method !== request.method) continue;
      const match = regex.exec(url.pathname);
      if (!match) continue;
      if (route.auth !== false) {
        const verdict = isValidKey(request.headers.get('x-api-key'));
        // Without a credential the API answers a bare `{ message }`; with a wrong one, the NestJS body.
        if (verdict === 'missing') return Response.json({ message: 'Unauthorized' }, { status: 401 });
        if (verdict === 'invalid') return nestError(401, 'Invalid API key');
      }
      const body = await readJson(request);
      if (body === Symbol.for('invalid-json')) return nestError(400, 'Unexpected token in JSON body');
      const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
      return route.handle({ request, params, query: url.searchParams, body });
    }
    return nestRouteNotFound(request.method, url.pathname);
  });
}
