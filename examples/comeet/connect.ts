import { ComeetCareersClient, ComeetClient } from '@hr/comeet';
import { startComeetSandbox } from '@hr/comeet/testing';
import { type ExampleTarget, realAccountNotice } from '../shared/live.js';

/**
 * A client (and a Careers API client) on the real API when COMEET_API_KEY / COMEET_SECRET are set
 * (COMEET_BASE_URL for another host), else on the sandbox. COMEET_POSITION_UID pins the position to
 * push candidates to; without it the examples pick the first open position the API lists.
 */
export interface Connection extends ExampleTarget {
  client: ComeetClient;
  /** The Careers API client: COMEET_COMPANY_UID + COMEET_CAREERS_TOKEN on the real API, else the sandbox's. */
  careers: ComeetCareersClient | undefined;
  /** The position's UID (undefined on the real API without COMEET_POSITION_UID). */
  positionUid: string | undefined;
  target: string;
  close(): Promise<void>;
}

export async function connect(): Promise<Connection> {
  const { COMEET_API_KEY: apiKey, COMEET_SECRET: secret, COMEET_POSITION_UID: positionUid } = process.env;
  const { COMEET_BASE_URL: baseUrl, COMEET_COMPANY_UID: companyUid, COMEET_CAREERS_TOKEN: token } = process.env;
  if (apiKey && secret) {
    console.log(realAccountNotice('Comeet'));
    return {
      client: new ComeetClient({ apiKey, secret, baseUrl }),
      careers: companyUid && token ? new ComeetCareersClient({ companyUid, token }) : undefined,
      real: true,
      positionUid,
      target: 'Comeet API',
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
    real: false,
    positionUid: '11.11',
    target: `sandbox ${sandbox.url}`,
    close: () => sandbox.close(),
  };
}
