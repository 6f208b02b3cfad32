import type { RequestHandler } from 'msw';
import { serveHandlers, type SandboxServer } from '@hr/core/testing';
import { catalogueRoutes } from './catalogue-routes.js';
import { authRoutes } from './routes/auth.js';
import { atsRoutes } from './routes/ats.js';
import { blogRoutes } from './routes/blog.js';
import { fieldRoutes } from './routes/fields.js';
import { jobRoutes } from './routes/jobs.js';
import { routeHandler } from './router.js';
import { CoodeshSandboxState, type CoodeshSandboxOptions } from './state.js';

/** A stateful fake of the Coodesh API, as msw handlers. */
export interface CoodeshSandbox {
  /** msw handlers to serve (with `serveHandlers` from `@hr/core/testing`, or your own msw server). */
  handlers: RequestHandler[];
  /** The sandbox's data: jobs, assessments, attempts, accounts, webhook deliveries. */
  state: CoodeshSandboxState;
  /** Back to the initial data. */
  reset(): void;
}

/**
 * Creates the Coodesh sandbox: the documented routes (auth, fields, jobs, blog, ATS integration)
 * behind an `x-api-key` check, answering NestJS-style error bodies, plus every operation the catalogue
 * reconstructed at its reconstructed route (or its `SANDBOX_ROUTES` stand-in), answering the
 * reference's example (the uploads take multipart bodies, recorded in `state.uploads`). Attempts created through the
 * ATS routes stay `invited` until `state.completeAttempt(id, { score })` finishes them and POSTs the
 * result webhook to their `webhook_url`.
 */
export function createCoodeshSandbox(options: CoodeshSandboxOptions = {}): CoodeshSandbox {
  const state = new CoodeshSandboxState(options);
  // The documented routes first: the catalogue's reconstructions answer only what they leave unmatched.
  const routes = [
    ...authRoutes(state),
    ...fieldRoutes(),
    ...jobRoutes(state),
    ...blogRoutes(),
    ...atsRoutes(state),
    ...catalogueRoutes(state),
  ];
  const handler = routeHandler(routes, (key) => (key === null ? 'missing' : state.apiKeys.has(key) ? 'ok' : 'invalid'));
  return { handlers: [handler], state, reset: () => state.reset() };
}

/** A running sandbox on a loopback port. */
export interface RunningCoodeshSandbox {
  /** `http://127.0.0.1:<port>`: pass it as the client's `baseUrl`. */
  url: string;
  /** Same as `url` (the API has no path prefix). */
  baseUrl: string;
  /** The sandbox's data. */
  state: CoodeshSandboxState;
  /** The underlying server: every request received, `use()` for one-off handlers. */
  server: SandboxServer;
  /** Waits for webhook deliveries in flight, then stops the server. */
  close(): Promise<void>;
}

/** Starts the Coodesh sandbox on a free loopback port (for examples and your own tests). */
export async function startCoodeshSandbox(options: CoodeshSandboxOptions = {}): Promise<RunningCoodeshSandbox> {
  const sandbox = createCoodeshSandbox(options);
  const server = await serveHandlers(sandbox.handlers);
  return {
    url: server.url,
    baseUrl: server.url,
    state: sandbox.state,
    server,
    async close() {
      await sandbox.state.settled();
      await server.close();
    },
  };
}
