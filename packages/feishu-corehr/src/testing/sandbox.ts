import { type SandboxServer, serveHandlers } from '@hr/core/testing';
import { feishuHandlers } from './handlers.js';
import { type FeishuSandboxOptions, FeishuSandboxState } from './state.js';

/** A Feishu CoreHR sandbox: msw handlers over a stateful fake. */
export interface FeishuSandbox {
  /** The msw handlers; serve them with `serveHandlers()` or your own msw server. */
  handlers: ReturnType<typeof feishuHandlers>;
  /** The fake's state (tokens, pre-hires, page tokens, client tokens). */
  state: FeishuSandboxState;
  /** Forgets tokens and updates, and seeds the pre-hires again. */
  reset(): void;
}

/** Creates the Feishu sandbox's handlers and state (no server). */
export function createFeishuSandbox(options: FeishuSandboxOptions = {}): FeishuSandbox {
  const state = new FeishuSandboxState(options);
  return { handlers: feishuHandlers(state), state, reset: () => state.reset() };
}

/** A running Feishu sandbox on a loopback port. */
export interface RunningFeishuSandbox extends FeishuSandbox {
  /** The server's URL, e.g. `http://127.0.0.1:54321`. */
  url: string;
  /** The base URL to give `FeishuCoreHRClient` (same as `url`: paths start with `/open-apis`). */
  baseUrl: string;
  /** The App ID the sandbox accepts. */
  appId: string;
  /** The App Secret the sandbox accepts. */
  appSecret: string;
  /** The server, with every request it received. */
  server: SandboxServer;
  /** Stops the server and the long-connection server. */
  close(): Promise<void>;
}

/**
 * Starts the Feishu sandbox on `127.0.0.1` (a free port), for examples and your own tests, with its
 * long-connection server (`state.longConnection`) on another loopback port.
 */
export async function startFeishuSandbox(options: FeishuSandboxOptions = {}): Promise<RunningFeishuSandbox> {
  const sandbox = createFeishuSandbox(options);
  const server = await serveHandlers(sandbox.handlers);
  await sandbox.state.longConnection.listen();
  return {
    ...sandbox,
    url: server.url,
    baseUrl: server.url,
    appId: sandbox.state.appId,
    appSecret: sandbox.state.appSecret,
    server,
    close: async () => {
      await sandbox.state.longConnection.close();
      await server.close();
    },
  };
}
