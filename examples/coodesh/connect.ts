import { CoodeshClient } from '@hr/coodesh';
import { startCoodeshSandbox, SANDBOX_API_KEY, type RunningCoodeshSandbox } from '@hr/coodesh/testing';
import { type ExampleTarget, realAccountNotice } from '../shared/live.js';

/** A client for the examples: the real API when COODESH_API_KEY is set (COODESH_BASE_URL for another host), else the sandbox. */
export interface Connection extends ExampleTarget {
  client: CoodeshClient;
  /** The running sandbox (undefined against the real API). */
  sandbox: RunningCoodeshSandbox | undefined;
  /** Where the calls go, for the output. */
  target: string;
  close(): Promise<void>;
}

export async function connect(): Promise<Connection> {
  const { COODESH_API_KEY: apiKey, COODESH_BASE_URL: baseUrl, COODESH_WORKSPACE_ID: workspaceId } = process.env;
  if (apiKey) {
    const client = new CoodeshClient({ apiKey, baseUrl, workspaceId, language: 'en' });
    console.log(realAccountNotice('Coodesh'));
    return { client, real: true, sandbox: undefined, target: `Coodesh API ${client.baseUrl}`, close: async () => {} };
  }
  // The sandbox finishes each attempt by itself shortly after it is created, like a fast candidate.
  const sandbox = await startCoodeshSandbox({ jobCount: 120, autoCompleteAfterMs: 150, autoCompleteScore: 87 });
  const client = new CoodeshClient({ apiKey: SANDBOX_API_KEY, baseUrl: sandbox.url, language: 'en' });
  return { client, real: false, sandbox, target: `sandbox ${sandbox.url}`, close: () => sandbox.close() };
}
