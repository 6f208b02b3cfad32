import { serveHandlers, type SandboxServer } from '@hr/core/testing';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { CoodeshClient, type CoodeshClientOptions } from '../src/index.js';
import {
  createCoodeshSandbox,
  SANDBOX_API_KEY,
  type CoodeshSandbox,
  type CoodeshSandboxOptions,
} from '../src/testing.js';

/** A sandbox served over loopback for one test file, reset after each test. */
export interface Harness {
  sandbox: CoodeshSandbox;
  server: SandboxServer;
  /** A client pointed at the sandbox (no retries unless asked). */
  client(options?: Partial<CoodeshClientOptions>): CoodeshClient;
}

/** Starts the sandbox before the file's tests and stops it after them. */
export function useSandbox(options?: CoodeshSandboxOptions): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    harness.sandbox = createCoodeshSandbox(options);
    harness.server = await serveHandlers(harness.sandbox.handlers);
    harness.client = (extra) =>
      new CoodeshClient({ apiKey: SANDBOX_API_KEY, baseUrl: harness.server.url, maxRetries: 0, ...extra });
  });
  afterEach(async () => {
    await harness.sandbox.state.settled();
    harness.sandbox.reset();
    harness.server.resetHandlers();
  });
  afterAll(async () => {
    await harness.server?.close();
  });
  return harness;
}
