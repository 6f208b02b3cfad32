import { serveHandlers, type SandboxServer } from '@hr/core/testing';
import { ComeetClient, type ComeetClientOptions } from '../src/index.js';
import { type ComeetSandboxOptions, createComeetSandbox } from '../src/testing.js';
import type { ComeetSandboxState } from '../src/testing.js';

/** Distinctive credentials, so tests can prove they never leak. */
export const API_KEY = 'acme-api-key-7f3a91';
export const SECRET = 'partner-secret-c0ffee-5b2d';

export interface Harness {
  server: SandboxServer;
  state: ComeetSandboxState;
  client: ComeetClient;
  close(): Promise<void>;
}

/** The Comeet fake on a loopback port and a client pointed at it (no retries unless asked). */
export async function startHarness(
  options: Partial<ComeetClientOptions> = {},
  sandboxOptions: ComeetSandboxOptions = {},
): Promise<Harness> {
  const sandbox = createComeetSandbox({ apiKey: API_KEY, secret: SECRET, ...sandboxOptions });
  const server = await serveHandlers(sandbox.handlers);
  const client = new ComeetClient({ apiKey: API_KEY, secret: SECRET, baseUrl: server.url, maxRetries: 0, ...options });
  return { server, state: sandbox.state, client, close: () => server.close() };
}

/** The minimal valid body of `candidates.create()`. */
export function newCandidate(extra: Record<string, unknown> = {}) {
  return { position_uid: '11.11', first_name: 'Bobby', last_name: 'Chauck', ...extra };
}

/** The Bearer token of a recorded request. */
export function bearerOf(headers: Record<string, string>): string {
  return (headers['authorization'] ?? '').replace(/^Bearer /, '');
}

/** A tiny PNG (1×1). */
export const PNG_BYTES = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
