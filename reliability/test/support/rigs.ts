import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { RequestHandler } from 'msw';
import { serveHandlers, type SandboxServer } from '@hr/core/testing';
import type { ClientOptions } from '@hr/core';
import { MokaClient } from '@hr/moka';
import { createMokaSandbox, type MokaSandboxState } from '@hr/moka/testing';
import { FeishuCoreHRClient } from '@hr/feishu-corehr';
import { createFeishuSandbox, type FeishuSandboxOptions, type FeishuSandboxState } from '@hr/feishu-corehr/testing';
import { ComeetClient, type ComeetClientOptions } from '@hr/comeet';
import { createComeetSandbox, type ComeetSandboxOptions, type ComeetSandboxState } from '@hr/comeet/testing';
import { CoodeshClient } from '@hr/coodesh';
import { createCoodeshSandbox, type CoodeshSandboxOptions, type CoodeshSandboxState } from '@hr/coodesh/testing';
import type { VendorErrors } from './inject.js';

/** Distinctive credentials, so a leak of any of them can be found by value. */
export const CREDENTIALS = {
  moka: { apiKey: 'moka-rel-key-3b7f9c1e5a' },
  feishu: { appId: 'cli_rel_7d6c5b4a', appSecret: 'feishu-rel-secret-8e2f1a9c0d' },
  comeet: { apiKey: 'comeet-rel-key-41c9e7', secret: 'comeet-rel-partner-secret-a5d3b8f2' },
  coodesh: { apiKey: 'coodesh-rel-key-6f0e2d9b1c' },
} as const;

/** A vendor fake served on loopback, with clients pointed at it. */
export interface Rig<C, S> {
  /** The loopback server (every request it received is in `requests`). */
  server: SandboxServer;
  /** The fake's handlers, for faults that let the fake answer first. */
  handlers: RequestHandler[];
  /** The fake's state. */
  state: S;
  /** How this vendor shapes 429 and 5xx bodies. */
  errors: VendorErrors;
  /** A new client (no retries and logging off unless asked). */
  client(options?: Partial<ClientOptions>): C;
  /** The configured secrets plus every credential the fake has seen or issued so far. */
  secrets(): string[];
  /** Empties the fake, drops injected faults and recorded requests. */
  reset(): void;
  close(): Promise<void>;
}

/** Credential values sent to the server: bearer tokens, Basic credentials, API keys. */
function sentCredentials(server: SandboxServer): string[] {
  const values = new Set<string>();
  for (const request of server.requests) {
    const authorization = request.headers['authorization'];
    if (authorization) values.add(authorization.replace(/^(Bearer|Basic)\s+/i, ''));
    if (request.headers['x-api-key']) values.add(request.headers['x-api-key']);
  }
  return [...values];
}

async function serve<S>(sandbox: { handlers: RequestHandler[]; state: S; reset(): void }) {
  const server = await serveHandlers(sandbox.handlers);
  const seen = new Set<string>();
  return {
    server,
    handlers: sandbox.handlers,
    state: sandbox.state,
    /** Credentials seen so far survive `reset()`, which clears the recorded requests. */
    remember: () => {
      for (const value of sentCredentials(server)) seen.add(value);
      return [...seen];
    },
    reset() {
      for (const value of sentCredentials(server)) seen.add(value);
      sandbox.reset();
      server.resetHandlers();
    },
    close: () => server.close(),
  };
}

const quiet = { maxRetries: 0, logLevel: 'off' as const };

export type MokaRig = Rig<MokaClient, MokaSandboxState>;

export async function startMoka(): Promise<MokaRig> {
  const { apiKey } = CREDENTIALS.moka;
  const base = await serve(createMokaSandbox({ apiKey }));
  return {
    ...base,
    errors: {
      rateLimited: () => ({ body: { success: false, errorMessage: 'Too many requests' } }),
      server: () => ({ success: false, errorMessage: 'System error' }),
    },
    client: (options = {}) =>
      new MokaClient({ apiKey, baseUrl: `${base.server.url}/api-platform/v1`, ...quiet, ...options }),
    secrets: () => [apiKey, Buffer.from(`${apiKey}:`).toString('base64'), ...base.remember()],
  };
}

export type FeishuRig = Rig<FeishuCoreHRClient, FeishuSandboxState>;

/** The Feishu fake; its own rate limiting is off unless asked (the client's stays on). */
export async function startFeishu(options: FeishuSandboxOptions = {}): Promise<FeishuRig> {
  const { appId, appSecret } = CREDENTIALS.feishu;
  const sandbox = createFeishuSandbox({ appId, appSecret, enforceRateLimits: false, ...options });
  const base = await serve(sandbox);
  return {
    ...base,
    errors: {
      rateLimited: () => ({
        body: { code: 99991400, msg: 'request trigger frequency limit' },
        headers: { 'x-ogw-ratelimit-limit': '50', 'x-ogw-ratelimit-reset': '0.01' },
      }),
      server: () => ({ code: 1160025, msg: 'Please check description' }),
    },
    client: (options = {}) =>
      new FeishuCoreHRClient({ appId, appSecret, baseUrl: base.server.url, ...quiet, ...options }),
    secrets: () => [appSecret, ...base.state.tokens.keys(), ...base.remember()],
  };
}

export type ComeetRig = Rig<ComeetClient, ComeetSandboxState> & {
  client(options?: Partial<ComeetClientOptions>): ComeetClient;
};

/**
 * The Comeet fake and clients on it. Comeet's documented 100 requests per 60 seconds is off on both
 * sides unless asked (`sandbox.rateLimit`, the client's `rateLimit`): these suites send hundreds of
 * calls a second; the limit itself is checked where it is the subject (packages/comeet/test/rate-limit.test.ts,
 * and shared through Redis in packages/redis/test/comeet-account-limit.test.ts).
 */
export async function startComeet(sandbox: ComeetSandboxOptions = {}): Promise<ComeetRig> {
  const { apiKey, secret } = CREDENTIALS.comeet;
  const base = await serve(createComeetSandbox({ apiKey, secret, rateLimit: false, ...sandbox }));
  return {
    ...base,
    errors: {
      rateLimited: () => ({ body: { status: 429, error: 'too_many_requests', message: 'Too many requests' } }),
      server: (status) => ({ status, error: 'server_error', message: 'Internal error' }),
    },
    client: (options = {}) =>
      new ComeetClient({ apiKey, secret, baseUrl: base.server.url, ...quiet, rateLimit: false, ...options }),
    secrets: () => [apiKey, secret, ...base.remember()],
  };
}

export type CoodeshRig = Rig<CoodeshClient, CoodeshSandboxState>;

export async function startCoodesh(options: CoodeshSandboxOptions = {}): Promise<CoodeshRig> {
  const { apiKey } = CREDENTIALS.coodesh;
  const sandbox = createCoodeshSandbox({ apiKeys: [apiKey], ...options });
  const base = await serve({ ...sandbox, reset: () => sandbox.reset() });
  return {
    ...base,
    errors: {
      rateLimited: () => ({
        body: { statusCode: 429, message: 'ThrottlerException: Too Many Requests', error: 'Too Many Requests' },
      }),
      server: (status) => ({ statusCode: status, message: 'Internal server error', error: 'Internal Server Error' }),
    },
    client: (options = {}) => new CoodeshClient({ apiKey, baseUrl: base.server.url, ...quiet, ...options }),
    secrets: () => [apiKey, ...base.remember()],
  };
}

/** The four vendors' rigs of one test file. */
export interface EveryRig {
  moka: MokaRig;
  feishu: FeishuRig;
  comeet: ComeetRig;
  coodesh: CoodeshRig;
}

/**
 * Starts the four vendors' rigs before a file's tests and hands them to `take`; each is reset before
 * every test and closed after the last one.
 */
export function useEveryRig(take: (rigs: EveryRig) => void): void {
  let rigs: EveryRig | undefined;
  beforeAll(async () => {
    const [moka, feishu, comeet, coodesh] = await Promise.all([
      startMoka(),
      startFeishu(),
      startComeet(),
      startCoodesh(),
    ]);
    rigs = { moka, feishu, comeet, coodesh };
    take(rigs);
  });
  beforeEach(() => {
    for (const rig of Object.values(rigs ?? {})) rig.reset();
  });
  afterAll(() => Promise.all(Object.values(rigs ?? {}).map((rig) => rig.close())));
}
