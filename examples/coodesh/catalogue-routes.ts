import { CoodeshClient, UnconfirmedRouteError } from '@hr/coodesh';
import { CoodeshLostRoutes } from '@hr/coodesh/lost-routes';
import { SANDBOX_API_KEY, SANDBOX_ROUTES } from '@hr/coodesh/testing';
import { runWhenEntryPoint } from '../shared/entry.js';
import { type Connection, connect } from './connect.js';

/**
 * The catalogue's operations whose route the reference does not confirm: refused until you opt in or
 * supply the route (their return types say so: `UnconfirmedRoute<…>`). Against the sandbox it opts in
 * (with the sandbox's stand-ins for the lost routes); against the real API only when
 * COODESH_ALLOW_UNCONFIRMED=1, and only reads.
 */
export async function catalogueRoutes({ client, sandbox }: Connection): Promise<void> {
  const refused = await client.careerPaths.metrics().catch((error: unknown) => error);
  if (UnconfirmedRouteError.isInstance(refused))
    console.log(
      `  refused, nothing sent: ${refused.operation} → ${refused.reconstructed} (confidence ${refused.confidence})`,
    );

  const { COODESH_API_KEY: apiKey, COODESH_BASE_URL: baseUrl, COODESH_ALLOW_UNCONFIRMED: allow } = process.env;
  if (!sandbox && allow !== '1') {
    console.log('  set COODESH_ALLOW_UNCONFIRMED=1 to try the reconstructed routes against the real API');
    return;
  }
  const optedIn = sandbox
    ? new CoodeshClient({
        apiKey: SANDBOX_API_KEY,
        baseUrl: sandbox.url,
        allowUnconfirmedRoutes: true,
        routes: SANDBOX_ROUTES,
      })
    : new CoodeshClient({ apiKey: apiKey!, baseUrl, allowUnconfirmedRoutes: true });
  const metrics = await optedIn.careerPaths.metrics();
  console.log(`  career module: ${metrics.teams} career paths, ${metrics.people} people, ${metrics.tracks} tracks`);
  for await (const path of optedIn.careerPaths.list({
    pageSize: 2,
    query: { '==': [{ var: 'status' }, 'published'] },
  })) {
    console.log(
      `  - ${path._id} ${path.name} (${path.status_formatted ?? path.status}, ${path.users_count ?? 0} people)`,
    );
  }

  // An operation whose route was lost (`@hr/coodesh/lost-routes`) is sent only to a route you give the
  // client: the sandbox's stand-in here. Against the real API you would pass the route you know.
  if (!sandbox) return;
  const lost = new CoodeshLostRoutes(optedIn);
  const attempts = await lost.attempts.listForAssessment('61b8e9bb2300e80010c0bcc2', {
    query: 'finished',
    pageSize: 2,
  });
  console.log(`  lost route, sent to the stand-in: ${attempts.items.length} attempts on the first page`);
}

await runWhenEntryPoint(import.meta.url, connect, catalogueRoutes);
