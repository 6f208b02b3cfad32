// Workload 1: per-call overhead of a small validated GET, against raw undici, fetch, a hand-written fetch
// client and axios.
import axios from 'axios';
import { request } from 'undici';
import { MokaClient } from '@hr/moka';
import { SANDBOX_OFFER_CUSTOM_FIELDS } from '@hr/moka/testing';
import { startCannedServer, type CannedRoutes } from '../canned-server.js';
import { perCallTable, type WorkloadResult } from '../report.js';
import { HandWrittenClient } from './hand-written-client.js';
import { alternate, byName, expectEqual, ratio, type Contender } from '../runner.js';

const CALLS = 5_000;
const TARGET = 1.15;
const API_KEY = 'bench-moka-api-key';
const BASE_PATH = '/api-platform/v1';
const PATH = `${BASE_PATH}/offers/custom_fields`;

/** Moka's documented example of `GET /offers/custom_fields`. */
export function routes(): CannedRoutes {
  const body = Buffer.from(JSON.stringify(SANDBOX_OFFER_CUSTOM_FIELDS));
  return (url) => (url.pathname === PATH ? { body } : undefined);
}

type Fields = typeof SANDBOX_OFFER_CUSTOM_FIELDS;

async function repeat(call: () => Promise<Fields>): Promise<void> {
  let last: Fields | undefined;
  for (let i = 0; i < CALLS; i++) last = await call();
  expectEqual(last?.social.length, SANDBOX_OFFER_CUSTOM_FIELDS.social.length, 'custom fields');
}

export async function run(): Promise<WorkloadResult> {
  const server = await startCannedServer(import.meta.url);
  const url = server.url + PATH;
  const moka = new MokaClient({ apiKey: API_KEY, baseUrl: server.url + BASE_PATH, rateLimit: false });
  const unvalidated = new MokaClient({
    apiKey: API_KEY,
    baseUrl: server.url + BASE_PATH,
    rateLimit: false,
    validateResponses: false,
  });
  // The headers the SDK sends, so every contender moves the same bytes.
  const headers = {
    'user-agent': `@hr/moka/0.1.0 node/${process.versions.node}`,
    accept: 'application/json',
    authorization: `Basic ${Buffer.from(`${API_KEY}:`).toString('base64')}`,
  };
  const handWritten = new HandWrittenClient(server.url + BASE_PATH, headers);
  const contenders: Contender[] = [
    { name: '@hr/moka', run: () => repeat(() => moka.offers.listCustomFields() as Promise<Fields>) },
    {
      name: '@hr/moka, validateResponses: false',
      run: () => repeat(() => unvalidated.offers.listCustomFields() as Promise<Fields>),
    },
    {
      name: 'undici request + JSON.parse',
      run: () =>
        repeat(async () => {
          const res = await request(url, { headers });
          return JSON.parse(await res.body.text()) as Fields;
        }),
    },
    { name: 'fetch', run: () => repeat(async () => (await (await fetch(url, { headers })).json()) as Fields) },
    {
      name: 'hand-written fetch client (openai-style)',
      run: () => repeat(() => handWritten.request<Fields>('GET', '/offers/custom_fields')),
    },
    { name: 'axios', run: () => repeat(async () => (await axios.get<Fields>(url, { headers })).data) },
  ];
  try {
    const measured = await alternate(contenders, { rounds: 7, warmup: 1 });
    const floor = byName(measured, 'undici request + JSON.parse').median;
    const sdk = ratio(byName(measured, '@hr/moka').median, floor);
    return {
      id: 1,
      title: 'Per-call overhead',
      measure: `${CALLS} sequential GETs: @hr/moka time / raw undici time`,
      result: `${sdk}×`,
      target: `≤ ${TARGET}`,
      met: sdk <= TARGET,
      ...perCallTable(measured, CALLS, floor),
      notes: [
        "`offers.listCustomFields()` (Moka's documented example body) with `rateLimit: false` and response validation on; the others send the same headers and parse the JSON. The hand-written client is the class users write instead of an SDK (openai-node style: base URL, headers, one `request` method over fetch that throws on a non-2xx status).",
        "Sequential calls over keep-alive to a plain node:http server in another process; 7 alternating rounds after 1 warm-up round. Client CPU is this process's user + system time (the server's is not counted).",
      ],
      data: { calls: CALLS, measured },
    };
  } finally {
    await server.close();
  }
}
