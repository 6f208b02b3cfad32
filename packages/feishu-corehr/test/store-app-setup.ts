import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type SandboxServer, serveHandlers } from '@hr/core/testing';
import { parseFeishuEvent } from '../src/events.js';
import { FeishuCoreHRClient, type FeishuStoreAppOptions } from '../src/index.js';
import { type FeishuSandboxState, createFeishuSandbox } from '../src/testing.js';
import { APP_ID, APP_SECRET } from './setup.js';

export const TENANTS = ['tenant-a', 'tenant-b'] as const;
export const RESEND_PATH = '/open-apis/auth/v3/app_ticket/resend';
export const APP_TOKEN_PATH = '/open-apis/auth/v3/app_access_token';
export const STORE_TENANT_TOKEN_PATH = '/open-apis/auth/v3/tenant_access_token';
const EVENT_SECRETS = { encryptKey: 'store-app-encrypt-key-42', verificationToken: 'store-app-verification-77' };

/** An app's event endpoint (node:http): verifies each push and hands app_ticket events to `receiver()`. */
interface TicketEndpoint {
  url: string;
  /** The client tickets are handed to (undefined: received and dropped, as by a misconfigured endpoint). */
  receiver: FeishuCoreHRClient | undefined;
  /** Waits this long before handing a ticket over (a slow endpoint or a slow push). */
  delayMs: number;
  /** Tickets handed over. */
  received: string[];
  close(): Promise<void>;
}

async function startTicketEndpoint(): Promise<TicketEndpoint> {
  const endpoint: Omit<TicketEndpoint, 'url' | 'close'> = { receiver: undefined, delayMs: 0, received: [] };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const result = await parseFeishuEvent({ rawBody: Buffer.concat(chunks), headers: req.headers }, EVENT_SECRETS);
      res.writeHead(200).end();
      if (result.kind !== 'event' || result.type !== 'app_ticket' || !endpoint.receiver) return;
      const receiver = endpoint.receiver;
      setTimeout(() => {
        endpoint.received.push(String(result.event.app_ticket));
        void receiver.receiveAppTicket(result);
      }, endpoint.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feishu/events`;
  return Object.assign(endpoint, {
    url,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

export interface StoreAppHarness {
  server: SandboxServer;
  state: FeishuSandboxState;
  endpoint: TicketEndpoint;
  /** The store-app client without a tenant (its event endpoint hands it the tickets). */
  client: FeishuCoreHRClient;
  /** Another store-app client of the same app (e.g. in another process). */
  newClient(options?: Partial<FeishuStoreAppOptions>): FeishuCoreHRClient;
  close(): Promise<void>;
}

/** The sandbox with two tenants, its pushes going to a verifying event endpoint, and a store-app client. */
export async function startStoreAppHarness(
  options: Partial<FeishuStoreAppOptions> = {},
  sandboxOptions: { tokenLifetimeSeconds?: number } = {},
): Promise<StoreAppHarness> {
  const sandbox = createFeishuSandbox({
    appId: APP_ID,
    appSecret: APP_SECRET,
    tenantKeys: [...TENANTS],
    ...sandboxOptions,
  });
  const server = await serveHandlers(sandbox.handlers);
  const endpoint = await startTicketEndpoint();
  sandbox.state.events.subscription = { url: endpoint.url, ...EVENT_SECRETS };
  const newClient = (overrides: Partial<FeishuStoreAppOptions> = {}) =>
    new FeishuCoreHRClient({
      appType: 'store',
      appId: APP_ID,
      appSecret: APP_SECRET,
      baseUrl: server.url,
      maxRetries: 0,
      appTicketWait: 3_000,
      ...options,
      ...overrides,
    });
  const client = newClient();
  endpoint.receiver = client;
  return {
    server,
    state: sandbox.state,
    endpoint,
    client,
    newClient,
    close: async () => {
      await sandbox.state.events.flush();
      await endpoint.close();
      await server.close();
    },
  };
}
