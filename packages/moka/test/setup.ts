import { serveHandlers, type SandboxServer } from '@hr/core/testing';
import { MokaClient, type MokaClientOptions, type MokaUserInput } from '../src/index.js';

/** Client options of a harness: the API-key client by default, OAuth2 when `clientId` is given. */
export type HarnessOptions = Partial<Omit<MokaClientOptions, 'apiKey' | 'clientId' | 'clientSecret'>> & {
  apiKey?: string;
  clientId?: string;
  clientSecret?: string;
};
import { createMokaSandbox, type MokaSandboxOptions, type MokaSandboxState } from '../src/testing.js';

/** A distinctive key, so tests can prove it never leaks. */
export const API_KEY = 'moka-key-5f1e7c2a9d';

export interface Harness {
  server: SandboxServer;
  state: MokaSandboxState;
  client: MokaClient;
  baseUrl: string;
  close(): Promise<void>;
}

/** The Moka fake on a loopback port and a client pointed at it (no retries unless asked). */
export async function startHarness(
  options: HarnessOptions = {},
  sandboxOptions: MokaSandboxOptions = {},
): Promise<Harness> {
  const sandbox = createMokaSandbox({ apiKey: API_KEY, ...sandboxOptions });
  const server = await serveHandlers(sandbox.handlers);
  const baseUrl = `${server.url}/api-platform/v1`;
  const credential = options.clientId === undefined ? { apiKey: API_KEY } : {};
  const client = new MokaClient({
    ...credential,
    baseUrl,
    maxRetries: 0,
    logLevel: 'off',
    ...options,
  } as MokaClientOptions);
  return { server, state: sandbox.state, client, baseUrl, close: () => server.close() };
}

/** A valid user; `n` makes email, phone and number unique. */
export function user(n: number, extra: Partial<MokaUserInput> = {}): MokaUserInput {
  return {
    email: `user${n}@example.com`,
    name: `User ${n}`,
    phone: `1870000${String(n).padStart(4, '0')}`,
    number: `E${n}`,
    role: 10,
    departmentCode: [],
    superiorEmail: '',
    deactivated: 0,
    thirdPartyId: '',
    ...extra,
  };
}

/** The parsed JSON bodies of the recorded requests to `path`. */
export function bodiesTo(server: SandboxServer, path: string): unknown[] {
  return server.requests.filter((r) => r.path.endsWith(path)).map((r) => JSON.parse(r.body) as unknown);
}
