import { ComeetClient } from '@hr/comeet';
import { startComeetSandbox } from '@hr/comeet/testing';
import { type ExampleTarget, realAccountNotice } from '../shared/live.js';

/**
 * A client and the position to push candidates to: the real API when COMEET_API_KEY / COMEET_SECRET
 * are set (COMEET_POSITION_UID names the position, COMEET_BASE_URL another host), else the sandbox.
 */
export interface Connection extends ExampleTarget {
  client: ComeetClient;
  /** The position's UID (undefined on the real API without COMEET_POSITION_UID). */
  positionUid: string | undefined;
  target: string;
  close(): Promise<void>;
}

export async function connect(): Promise<Connection> {
  const {
    COMEET_API_KEY: apiKey,
    COMEET_SECRET: secret,
    COMEET_POSITION_UID: positionUid,
    COMEET_BASE_URL: baseUrl,
  } = process.env;
  if (apiKey && secret) {
    console.log(realAccountNotice('Comeet'));
    const client = new ComeetClient({ apiKey, secret, baseUrl });
    return { client, real: true, positionUid, target: 'Comeet API', close: async () => {} };
  }
  const sandbox = await startComeetSandbox();
  const client = new ComeetClient({ apiKey: sandbox.apiKey, secret: sandbox.secret, baseUrl: sandbox.baseUrl });
  return { client, real: false, positionUid: '11.11', target: `sandbox ${sandbox.url}`, close: () => sandbox.close() };
}
