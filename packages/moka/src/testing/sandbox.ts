import type { RequestHandler } from 'msw';
import { serveHandlers, type SandboxServer } from '@hr/core/testing';
import { mokaHandlers } from './handlers.js';
import { type MokaSandboxOptions, MokaSandboxState } from './state.js';
import { MokaSandboxWebhooks } from './webhooks.js';

/** The Moka fake: msw handlers over a stateful store of users, departments and candidates. */
export interface MokaSandbox {
  /** The msw handlers; serve them with `serveHandlers()` or your own msw server. */
  handlers: RequestHandler[];
  /** The fake's data and switches (seed helpers: `seedDepartments`, `seedUser`, `addCandidate`, `seedCandidates`). */
  state: MokaSandboxState;
  /** Signed pushes to your endpoint, the way Moka sends them (`register(url, signingKey)`, then `pushCandidate(...)`). */
  webhooks: MokaSandboxWebhooks;
  /** Empties the state. */
  reset(): void;
}

/** Creates the Moka sandbox's handlers and state (no server). */
export function createMokaSandbox(options: MokaSandboxOptions = {}): MokaSandbox {
  const state = new MokaSandboxState(options);
  return { handlers: mokaHandlers(state), state, webhooks: new MokaSandboxWebhooks(state), reset: () => state.reset() };
}

/** A Moka sandbox served on a loopback port. */
export interface RunningMokaSandbox extends MokaSandbox {
  /** The server's origin, e.g. `http://127.0.0.1:54321`. */
  url: string;
  /** The base URL to give `MokaClient` (`<url>/api-platform/v1`; the v2 endpoints are served beside it). */
  baseUrl: string;
  /** The API key the sandbox accepts. */
  apiKey: string;
  /** An OAuth2 client id the sandbox accepts (its secret is `clientSecret`). */
  clientId: string;
  /** The secret of `clientId`. */
  clientSecret: string;
  /** The tenant's `orgId` of the career-site job endpoints. */
  orgId: string;
  /** The server (its `requests` list every request received). */
  server: SandboxServer;
  /** Stops the server. */
  close(): Promise<void>;
}

function firstOAuthClient(state: MokaSandboxState): { clientId: string; clientSecret: string } {
  const [clientId = '', clientSecret = ''] = [...state.oauthClients.entries()][0] ?? [];
  return { clientId, clientSecret };
}

/** Starts the Moka sandbox on `127.0.0.1` (a free port), for examples and your own tests. */
export async function startMokaSandbox(options: MokaSandboxOptions = {}): Promise<RunningMokaSandbox> {
  const sandbox = createMokaSandbox(options);
  const server = await serveHandlers(sandbox.handlers);
  return {
    ...sandbox,
    url: server.url,
    baseUrl: `${server.url}/api-platform/v1`,
    apiKey: sandbox.state.apiKey,
    ...firstOAuthClient(sandbox.state),
    orgId: sandbox.state.orgId,
    server,
    close: () => server.close(),
  };
}
