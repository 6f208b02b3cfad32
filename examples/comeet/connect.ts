import { ComeetClient } from '@hr/comeet';
import { startComeetSandbox } from '@hr/comeet/testing';

/** A client and the position to use: the real API when COMEET_API_KEY / COMEET_SECRET are set, else the sandbox. */
export interface Connection {
  client: ComeetClient;
  positionUid: string;
  target: string;
  close(): Promise<void>;
}

export async function connect(): Promise<Connection> {
  const { COMEET_API_KEY: apiKey, COMEET_SECRET: secret, COMEET_POSITION_UID: positionUid } = process.env;
  if (apiKey && secret) {
    if (!positionUid)
      throw new Error('Set COMEET_POSITION_UID to the UID of a position of the account to push candidates to it.');
    return { client: new ComeetClient({ apiKey, secret }), positionUid, target: 'Comeet API', close: async () => {} };
  }
  const sandbox = await startComeetSandbox();
  const client = new ComeetClient({ apiKey: sandbox.apiKey, secret: sandbox.secret, baseUrl: sandbox.baseUrl });
  return { client, positionUid: '11.11', target: `sandbox ${sandbox.url}`, close: () => sandbox.close() };
}
