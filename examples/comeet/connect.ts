import { ComeetCareersClient, ComeetClient } from '@hr/comeet';
import { startComeetSandbox } from '@hr/comeet/testing';

/**
 * A client (and a Careers API client) on the real API when COMEET_API_KEY / COMEET_SECRET are set, else
 * on the sandbox. COMEET_POSITION_UID pins the position to push candidates to; without it the examples
 * pick the first open position the API lists.
 */
export interface Connection {
  client: ComeetClient;
  /** The Careers API client: COMEET_COMPANY_UID + COMEET_CAREERS_TOKEN on the real API, else the sandbox's. */
  careers: ComeetCareersClient | undefined;
  positionUid: string | undefined;
  target: string;
  /** True against the sandbox, or with HR_LIVE=1 / --live against the real API: only then do examples write. */
  writes: boolean;
  close(): Promise<void>;
}

export async function connect(): Promise<Connection> {
  const { COMEET_API_KEY: apiKey, COMEET_SECRET: secret, COMEET_POSITION_UID: positionUid } = process.env;
  const { COMEET_COMPANY_UID: companyUid, COMEET_CAREERS_TOKEN: token } = process.env;
  if (apiKey && secret) {
    return {
      client: new ComeetClient({ apiKey, secret }),
      careers: companyUid && token ? new ComeetCareersClient({ companyUid, token }) : undefined,
      positionUid,
      target: 'Comeet API',
      writes: process.env['HR_LIVE'] === '1' || process.argv.includes('--live'),
      close: async () => {},
    };
  }
  const sandbox = await startComeetSandbox();
  const client = new ComeetClient({ apiKey: sandbox.apiKey, secret: sandbox.secret, baseUrl: sandbox.baseUrl });
  const careers = new ComeetCareersClient({
    companyUid: sandbox.companyUid,
    token: sandbox.careersToken,
    baseUrl: sandbox.careersBaseUrl,
  });
  return {
    client,
    careers,
    positionUid: '11.11',
    target: `sandbox ${sandbox.url}`,
    writes: true,
    close: () => sandbox.close(),
  };
}
