/**
 * A local npm registry for the registry check: Verdaccio (a real npm registry server) started in
 * this process on a free loopback port, its storage, users and configuration in a temporary folder.
 *
 * It serves `@hr/*` only, and has no uplink: whatever is published to it is all it holds. Consumers
 * point the `@hr` scope at it (`@hr:registry=<url>`) and take every other package from the registry
 * they already use, as users will once the packages are public. Without an uplink, an `@hr/*`
 * package that was not published here fails to install instead of being fetched from the public
 * registry (where the name may hold something else), and no other package is proxied through a
 * cold cache.
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { runServer } from 'verdaccio';

/** A running local registry. */
export interface LocalRegistry {
  /** Its URL, e.g. `http://127.0.0.1:43123/`. */
  url: string;
  /** A publish token of the registry's one user. */
  token: string;
  /** Where it stores the published packages (`<storage>/@hr/<name>/<name>-<version>.tgz`). */
  storage: string;
  /** Stops it. */
  close(): Promise<void>;
}

/** Starts Verdaccio on 127.0.0.1 (a port the system picks), with everything it keeps under `dir`. */
export async function startLocalRegistry(dir: string): Promise<LocalRegistry> {
  const storage = join(dir, 'storage');
  mkdirSync(storage, { recursive: true });
  const server = (await runServer({
    self_path: join(dir, 'config.yaml'),
    storage,
    auth: { htpasswd: { file: join(dir, 'htpasswd'), max_users: 1 } },
    uplinks: {},
    packages: { '@hr/*': { access: '$all', publish: '$authenticated', unpublish: '$authenticated' } },
    web: { enable: false },
    log: { type: 'stdout', format: 'pretty', level: 'error' },
  } as Parameters<typeof runServer>[0])) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  try {
    // The npm login API: creating a user answers with its token.
    const response = await fetch(`${url}-/user/org.couchdb.user:hr-ci`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'hr-ci', password: `local-only-${Date.now()}` }),
    });
    const { token } = (await response.json()) as { token?: string };
    if (!response.ok || !token) throw new Error(`the local registry refused to create a user (${response.status})`);
    return { url, token, storage, close };
  } catch (error) {
    await close();
    throw error;
  }
}
