import { serveHandlers } from '@hr/core/testing';
import { comeetHandlers } from './handlers.js';
import { type ComeetSandboxOptions, ComeetSandboxState } from './state.js';
import { ComeetSandboxWebhooks } from './webhooks.js';

/** A Comeet sandbox: msw handlers over a stateful fake of the Recruiting API. */
export interface ComeetSandbox {
  /** The msw handlers; serve them with `serveHandlers()` or your own msw server. */
  handlers: ReturnType<typeof comeetHandlers>;
  /** The fake's state (positions, candidates, accepted tokens). */
  state: ComeetSandboxState;
  /** Authenticated pushes to your endpoint, the way Comeet sends them (`register(url, secretKey)`, then `pushPosition(...)`). */
  webhooks: ComeetSandboxWebhooks;
  /** Empties the state and seeds the positions again. */
  reset(): void;
}

/** Creates the Comeet sandbox's handlers and state (no server). */
export function createComeetSandbox(options: ComeetSandboxOptions = {}): ComeetSandbox {
  const state = new ComeetSandboxState(options);
  return {
    handlers: comeetHandlers(state),
    state,
    webhooks: new ComeetSandboxWebhooks(state),
    reset: () => state.reset(),
  };
}

/** A running Comeet sandbox on a loopback port. */
export interface RunningComeetSandbox extends ComeetSandbox {
  /** The server's URL, e.g. `http://127.0.0.1:54321`. */
  url: string;
  /** The base URL to give `ComeetClient` (same as `url`: the Recruiting API has no path prefix). */
  baseUrl: string;
  /** The api-key the sandbox expects. */
  apiKey: string;
  /** The partner secret the sandbox verifies tokens with. */
  secret: string;
  /** The base URL to give `ComeetCareersClient` (`<url>/careers-api/2.0`). */
  careersBaseUrl: string;
  /** The Careers API company UID the sandbox serves. */
  companyUid: string;
  /** The Careers API token the sandbox accepts. */
  careersToken: string;
  /** Every request the server received. */
  server: Awaited<ReturnType<typeof serveHandlers>>;
  /** Stops the server. */
  close(): Promise<void>;
}

/** Starts the Comeet sandbox on `127.0.0.1` (a free port), for examples and your own tests. */
export async function startComeetSandbox(options: ComeetSandboxOptions = {}): Promise<RunningComeetSandbox> {
  const sandbox = createComeetSandbox(options);
  const server = await serveHandlers(sandbox.handlers);
  return {
    ...sandbox,
    url: server.url,
    baseUrl: server.url,
    apiKey: sandbox.state.apiKey,
    secret: sandbox.state.secret,
    careersBaseUrl: `${server.url}/careers-api/2.0`,
    companyUid: sandbox.state.companyUid,
    careersToken: sandbox.state.careersToken,
    server,
    close: () => server.close(),
  };
}
