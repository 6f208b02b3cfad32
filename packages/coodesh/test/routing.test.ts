import { inspect } from 'node:util';
import { HRError, InputValidationError } from '@hr/core';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { COODESH_ROUTES, CoodeshClient, UnconfirmedRouteError, type CoodeshClientOptions } from '../src/index.js';
import { describeRoute } from '../src/internal.js';
import { CoodeshLostRoutes } from '../src/lost-routes.js';
import { nestError } from '../src/testing.js';
import { argumentsOf, callOperation, unconfirmedByResource } from './catalogue-support.js';
import { useSandbox } from './helpers.js';

/** Calls without letting a synchronous throw escape: a throw fails the test, a rejection is returned. */
async function rejectionOf(call: () => PromiseLike<unknown>): Promise<unknown> {
  let pending: PromiseLike<unknown>;
  try {
    pending = call();
  } catch (error) {
    return expect.fail(`threw synchronously instead of rejecting: ${String(error)}`);
  }
  return Promise.resolve(pending).then(
    () => expect.fail('expected a rejection'),
    (error: unknown) => error,
  );
}

/** The issues of the InputValidationError building a client with `routes` throws. */
function routeIssues(routes: Record<string, unknown>): { path: string; message: string }[] {
  try {
    new CoodeshClient({ apiKey: 'k', routes } as CoodeshClientOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(InputValidationError);
    return [...(error as InputValidationError).issues];
  }
  return expect.fail('expected the client to refuse the routes');
}

describe.each(unconfirmedByResource())(
  'unconfirmed routes are never requested without opt-in: %s',
  (_resource, operations) => {
    const h = useSandbox();

    it.each(operations)('%s rejects with UnconfirmedRouteError and sends nothing', async (id, example) => {
      const args = await argumentsOf(id, example);
      const error = await rejectionOf(() => callOperation(h.client(), id, args));
      expect(error).toBeInstanceOf(UnconfirmedRouteError);
      const route = COODESH_ROUTES[id];
      expect(error).toMatchObject({
        operation: id,
        n: route.n,
        reconstructed: describeRoute(route),
        confidence: route.confidence,
      });
      expect((error as Error).message).toContain(id);
      expect((error as Error).message).toContain(describeRoute(route));
      expect((error as Error).message).toContain(`routes: { '${id}':`);
      expect(h.server.requests).toHaveLength(0);
    });
  },
);

describe('routes that cannot be reconstructed need a supplied route even with allowUnconfirmedRoutes', () => {
  const h = useSandbox();
  const lost = Object.entries(COODESH_ROUTES).filter(([, route]) => route.requiresRoute !== undefined);

  it('covers the lost methods, segments, paths and clashing reconstructions', () => {
    const count: Record<string, number> = {};
    for (const [, route] of lost) {
      const reason = route.requiresRoute!.replace(/ \(.*| n \d+.*/, '');
      count[reason] = (count[reason] ?? 0) + 1;
    }
    expect(count).toEqual({
      'the reference lost its HTTP method': 33,
      'the reference lost its HTTP method and its path': 7,
      'the reference lost its path': 2,
      'a segment of its path was lost': 13,
      'its reconstruction is the same route as catalogue': 4,
    });
    expect(COODESH_ROUTES['attempts.listForAssessment'].requiresRoute).toContain('catalogue n 107');
    expect(COODESH_ROUTES['certificates.download'].requiresRoute).toContain('catalogue n 132');
  });

  it.each(lost.map(([id]) => [id]))('%s', async (id) => {
    const example = (await import('../src/testing.js')).CATALOGUE_EXAMPLES[id]!;
    const args = await argumentsOf(id, example);
    const error = await rejectionOf(() => callOperation(h.client({ allowUnconfirmedRoutes: true }), id, args));
    expect(error).toBeInstanceOf(UnconfirmedRouteError);
    expect((error as UnconfirmedRouteError).requiresRoute).toBeTruthy();
    expect((error as Error).message).toContain('allowUnconfirmedRoutes does not cover it');
    expect(h.server.requests).toHaveLength(0);
  });
});

describe('the error tells what to do', () => {
  const h = useSandbox();

  it('names the operation, the reconstructed route and both ways forward', async () => {
    const error = (await rejectionOf(() => h.client().careerPaths.list())) as UnconfirmedRouteError;
    expect(error.message).toBe(
      'careerPaths.list (catalogue n 33) was not sent: its route is unconfirmed, reconstructed from the Coodesh reference as `GET /careers` ' +
        "(confidence low). Pass the route you know: new CoodeshClient({ routes: { 'careerPaths.list': 'GET /careers' } }), " +
        'or opt in to the reconstructed routes with allowUnconfirmedRoutes: true.',
    );
    expect(UnconfirmedRouteError.isInstance(error)).toBe(true);
    expect(HRError.isInstance(error)).toBe(true);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      name: 'UnconfirmedRouteError',
      operation: 'careerPaths.list',
      n: 33,
    });
  });

  it('spells the lost parts of a route as placeholders to fill', async () => {
    const archive = (await rejectionOf(() =>
      new CoodeshLostRoutes(h.client({ allowUnconfirmedRoutes: true })).careerPaths.archive('c-1'),
    )) as UnconfirmedRouteError;
    expect(archive.message).toContain("'careerPaths.archive': '<METHOD> /careers/:id/<action>'");
    expect(archive.reconstructed).toBe('? /careers/:id/{action}');
    const unknown = (await rejectionOf(() =>
      new CoodeshLostRoutes(h.client()).misc.operation260('x'),
    )) as UnconfirmedRouteError;
    expect(unknown.message).toContain("'misc.operation260': '<METHOD> /<path>/:id'");
  });

  it('rejects listings when they are consumed, for await included', async () => {
    const listing = h.client().teams.list();
    await expect(listing).rejects.toBeInstanceOf(UnconfirmedRouteError);
    await expect(
      (async () => {
        for await (const team of h.client().teams.list()) expect.fail(`unexpected ${String(team)}`);
      })(),
    ).rejects.toBeInstanceOf(UnconfirmedRouteError);
    expect(h.server.requests).toHaveLength(0);
  });

  it('leaves the operations with a supported route alone', async () => {
    const client = h.client();
    await client.jobs.list();
    await client.fields.jobs();
    expect(h.server.requests.map((r) => r.path)).toEqual(['/v2/jobs', '/fields/jobs']);
  });
});

describe('supplied routes', () => {
  const h = useSandbox();

  it('are used for the operation, with its path parameters filled and encoded', async () => {
    h.server.use(
      http.get('*/v1/career-paths', () =>
        HttpResponse.json({ docs: [{ _id: 'c1', name: 'Engineering' }], page: 1, totalPages: 1 }),
      ),
      http.patch('*/careers/:id/archive', () => HttpResponse.json({ archived: true })),
    );
    const client = h.client({
      routes: { 'careerPaths.list': 'GET /v1/career-paths', 'careerPaths.archive': 'PATCH /careers/:id/archive' },
    });
    const paths = await client.careerPaths.list({ search: 'eng' }).toArray();
    expect(paths).toEqual([{ _id: 'c1', name: 'Engineering' }]);
    expect(await new CoodeshLostRoutes(client).careerPaths.archive('a/b c')).toEqual({ archived: true });
    expect(h.server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /v1/career-paths',
      'PATCH /careers/a%2Fb%20c/archive',
    ]);
    expect(h.server.requests[0]!.query).toEqual({ search: 'eng' });
  });

  it('win over the catalogue route of a supported operation too', async () => {
    h.server.use(http.get('*/v3/jobs', () => HttpResponse.json({ docs: [], page: 1, totalPages: 1 })));
    await h.client({ routes: { 'jobs.list': 'GET /v3/jobs' } }).jobs.list();
    expect(h.server.requests[0]!.path).toBe('/v3/jobs');
  });

  it('take the idempotency of their method: a PUT is retried after a 503, a POST is not', async () => {
    let puts = 0;
    let posts = 0;
    h.server.use(
      http.put('*/careers', () =>
        ++puts === 1 ? nestError(503, 'Service Unavailable') : new HttpResponse(null, { status: 200 }),
      ),
      http.post('*/careers/search', () => {
        posts++;
        return nestError(503, 'Service Unavailable');
      }),
    );
    const client = h.client({
      maxRetries: 1,
      routes: { 'careerPaths.create': 'PUT /careers', 'careerPaths.list': 'POST /careers/search' },
    });
    const body = {
      translated_content: { en: { name: 'Engineering' } },
      owners: ['u1'],
      author: 'u1',
      subaccount_ids: [],
    };
    await expect(client.careerPaths.create(body)).resolves.toBeUndefined();
    expect(puts).toBe(2);
    await expect(client.careerPaths.list()).rejects.toMatchObject({ status: 503 });
    expect(posts).toBe(1);
  });

  it('are checked when the client is built, every problem named', () => {
    expect(routeIssues({ 'careerPaths.lst': 'GET /careers' })).toEqual([
      {
        path: "routes['careerPaths.lst']",
        message: "is not a Coodesh operation id (did you mean 'careerPaths.list'?)",
        code: 'unknown_operation',
      },
    ]);
    expect(routeIssues({ 'careerPaths.list': 'FETCH /careers' })[0]!.message).toBe(
      'method must be one of GET, POST, PUT, PATCH, DELETE (got "FETCH")',
    );
    expect(routeIssues({ 'careerPaths.list': 'GET careers' })[0]!.message).toBe(
      'path must start with "/" (got "careers")',
    );
    expect(routeIssues({ 'careerPaths.list': '/careers' })[0]!.message).toBe(
      'must be "<METHOD> /path", e.g. "GET /careers" (got "/careers")',
    );
    expect(routeIssues({ 'careerPaths.list': 42 })[0]!.message).toContain('got 42');
    expect(routeIssues({ 'careerPaths.archive': 'POST /careers/:id/{action}' })[0]!.message).toContain(
      '"{...}", "?", "#" and "(unknown)" are not allowed',
    );
    expect(routeIssues({ 'careerPaths.list': 'GET /careers?status=draft' })[0]!.message).toContain(
      'query parameters go in the call',
    );
    expect(routeIssues({ 'careerPaths.tracks.retrieve': 'GET /careers/:careerId/tracks/:trackId' })[0]!.message).toBe(
      "path parameters must be the operation's: :id, :trackId (got :careerId, :trackId)",
    );
    expect(routeIssues({ 'careerPaths.retrieve': 'GET /careers' })[0]!.message).toBe(
      "path parameters must be the operation's: :id (got none)",
    );
    expect(routeIssues({ 'careerPaths.list': 'GET /careers/:id' })[0]!.message).toBe(
      "path parameters must be the operation's: none (got :id)",
    );
    expect(routeIssues({ constructor: 'GET /x', toString: 'GET /y' }).map((i) => i.message)).toEqual([
      'is not a Coodesh operation id (see COODESH_ROUTES for the ids)',
      'is not a Coodesh operation id (see COODESH_ROUTES for the ids)',
    ]);
    const all = routeIssues({ 'nope.nope': 'GET /x', 'teams.list': 'GET teams', 'teams.retrieve': 'GET /teams/:id' });
    expect(all.map((i) => i.path)).toEqual(["routes['nope.nope']", "routes['teams.list']"]);
    expect(
      () => new CoodeshClient({ apiKey: 'k', routes: { 'teams.retrieve': 'get /teams/:id' as never } }),
    ).not.toThrow();
  });

  it('say which routes they are in the error message, and keep the API key out of it', () => {
    let error: unknown;
    try {
      new CoodeshClient({ apiKey: 'secret-key-777', routes: { 'teams.lst': 'GET /teams' } as never });
    } catch (caught) {
      error = caught;
    }
    expect((error as Error).message).toContain(
      "routes['teams.lst']: is not a Coodesh operation id (did you mean 'teams.list'?)",
    );
    expect(inspect(error, { depth: 5 })).not.toContain('secret-key-777');
  });
});
