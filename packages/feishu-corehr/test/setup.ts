import { type SandboxServer, serveHandlers } from '@hr/core/testing';

export { captureLogger } from '@hr/core/testing';
import { FeishuCoreHRClient, type FeishuAppCredentialsOptions } from '../src/index.js';
import { type FeishuSandboxOptions, type FeishuSandboxState, createFeishuSandbox } from '../src/testing.js';

/** Distinctive credentials, so tests can prove they never leak. */
export const APP_ID = 'cli_test_9a8b7c6d';
export const APP_SECRET = 'app-secret-5f1e2d3c4b-do-not-leak';

export const LIST_PATH = '/open-apis/corehr/v1/pre_hires';
export const TOKEN_PATH = '/open-apis/auth/v3/tenant_access_token/internal';

export interface Harness {
  server: SandboxServer;
  state: FeishuSandboxState;
  client: FeishuCoreHRClient;
  close(): Promise<void>;
}

/** The Feishu fake on a loopback port and a client pointed at it (no retries unless asked). */
export async function startHarness(
  clientOptions: Partial<FeishuAppCredentialsOptions> = {},
  sandboxOptions: FeishuSandboxOptions = {},
): Promise<Harness> {
  const sandbox = createFeishuSandbox({ appId: APP_ID, appSecret: APP_SECRET, ...sandboxOptions });
  const server = await serveHandlers(sandbox.handlers);
  const client = new FeishuCoreHRClient({
    appId: APP_ID,
    appSecret: APP_SECRET,
    baseUrl: server.url,
    maxRetries: 0,
    ...clientOptions,
  });
  return { server, state: sandbox.state, client, close: () => server.close() };
}

/** The requests to one path. */
export function requestsTo(server: SandboxServer, path: string, method?: string) {
  return server.requests.filter((r) => r.path.startsWith(path) && (method === undefined || r.method === method));
}

/** The Bearer token of a recorded request. */
export function bearerOf(headers: Record<string, string>): string {
  return (headers['authorization'] ?? '').replace(/^Bearer /, '');
}

/** The rejection of a promise (fails the test if it resolves). */
export async function rejectionOf(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
