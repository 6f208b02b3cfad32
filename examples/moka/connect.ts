import { MokaClient } from '@hr/moka';
import { type RunningMokaSandbox, startMokaSandbox } from '@hr/moka/testing';
import { type ExampleTarget, realAccountNotice } from '../shared/live.js';

/** A client on the real API when MOKA_API_KEY is set (MOKA_BASE_URL for another host), else on a seeded local sandbox. */
export interface Connection extends ExampleTarget {
  client: MokaClient;
  /** `Moka API` or `sandbox <url>`. */
  target: string;
  /** The local sandbox, when the examples run on one (to make things happen "in Moka" between two reads). */
  sandbox?: RunningMokaSandbox | undefined;
  close(): Promise<void>;
}

export async function connect(): Promise<Connection> {
  const apiKey = process.env['MOKA_API_KEY'];
  if (apiKey) {
    const client = new MokaClient({ apiKey, baseUrl: process.env['MOKA_BASE_URL'] });
    console.log(realAccountNotice('Moka'));
    return { client, real: true, target: 'Moka API', close: async () => undefined };
  }
  const sandbox = await startMokaSandbox();
  sandbox.state.seedCandidates(45, 'offer');
  sandbox.state.seedCandidates(5, 'pending_checkin');
  const client = new MokaClient({ apiKey: sandbox.apiKey, baseUrl: sandbox.baseUrl });
  return { client, real: false, target: `sandbox ${sandbox.url}`, sandbox, close: () => sandbox.close() };
}
