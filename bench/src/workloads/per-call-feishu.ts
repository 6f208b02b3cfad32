// Workload 7: per-call cost of one Feishu CoreHR call through @hr/feishu-corehr and the official Lark SDK,
// against raw undici and a hand-written fetch client.
import * as lark from '@larksuiteoapi/node-sdk';
import { request } from 'undici';
import { FeishuCoreHRClient } from '@hr/feishu-corehr';
import { seedPreHires, toPreHireV2 } from '@hr/feishu-corehr/testing';
import type { CannedRoutes } from '../canned-server.js';
import { startCannedServer } from '../canned-server.js';
import { perCallTable, type WorkloadResult } from '../report.js';
import { alternate, byName, expectEqual, ratio, type Contender } from '../runner.js';
import { HandWrittenClient } from './hand-written-client.js';

const CALLS = 3_000;
const APP_ID = 'cli_bench0000000001';
const APP_SECRET = 'bench-app-secret-0123456789';
const TOKEN = 't-bench7f1bcd13fc57d46bac21793a18e560';
const QUERY_PATH = '/open-apis/corehr/v2/pre_hires/query';

/** The token endpoint, and `POST /corehr/v2/pre_hires/query` answering one seeded pre-hire. */
export function routes(): CannedRoutes {
  const preHire = toPreHireV2(seedPreHires(1)[0]!);
  const answer = {
    body: Buffer.from(JSON.stringify({ code: 0, msg: 'success', data: { items: [preHire], has_more: false } })),
  };
  const token = { body: JSON.stringify({ code: 0, msg: 'ok', tenant_access_token: TOKEN, expire: 7200 }) };
  return (url, method) => {
    if (method === 'POST' && url.pathname === '/open-apis/auth/v3/tenant_access_token/internal') return token;
    return method === 'POST' && url.pathname === QUERY_PATH ? answer : undefined;
  };
}

interface QueryAnswer {
  data?: { items?: { pre_hire_id?: string | null }[] };
}

async function repeat(call: () => Promise<readonly { pre_hire_id?: string | null }[] | undefined>): Promise<void> {
  let last: readonly { pre_hire_id?: string | null }[] | undefined;
  for (let i = 0; i < CALLS; i++) last = await call();
  expectEqual(last?.length, 1, 'pre-hires per answer');
}

export async function run(): Promise<WorkloadResult> {
  const server = await startCannedServer(import.meta.url);
  const id = String(toPreHireV2(seedPreHires(1)[0]!).pre_hire_id);
  const body = { pre_hire_ids: [id] };
  // Created once: the token is fetched in the warm-up round, then served from each SDK's cache.
  const ours = new FeishuCoreHRClient({ appId: APP_ID, appSecret: APP_SECRET, baseUrl: server.url, rateLimit: false });
  const official = new lark.Client({
    appId: APP_ID,
    appSecret: APP_SECRET,
    appType: lark.AppType.SelfBuild,
    domain: server.url,
    loggerLevel: lark.LoggerLevel.error,
  });
  const headers = { authorization: `Bearer ${TOKEN}`, accept: 'application/json' };
  const handWritten = new HandWrittenClient(server.url, headers);
  const url = `${server.url}${QUERY_PATH}?page_size=10`;
  const contenders: Contender[] = [
    { name: '@hr/feishu-corehr', run: () => repeat(async () => (await ours.preHires.query(body)).items) },
    {
      name: '@larksuiteoapi/node-sdk',
      run: () =>
        repeat(
          async () => (await official.corehr.v2.preHire.query({ data: body, params: { page_size: 10 } })).data?.items,
        ),
    },
    {
      name: 'undici request + JSON.parse',
      run: () =>
        repeat(async () => {
          const res = await request(url, {
            method: 'POST',
            headers: { ...headers, 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          return (JSON.parse(await res.body.text()) as QueryAnswer).data?.items;
        }),
    },
    {
      name: 'hand-written fetch client (openai-style)',
      run: () =>
        repeat(
          async () => (await handWritten.request<QueryAnswer>('POST', `${QUERY_PATH}?page_size=10`, body)).data?.items,
        ),
    },
  ];
  try {
    const measured = await alternate(contenders, { rounds: 7, warmup: 1 });
    const floor = byName(measured, 'undici request + JSON.parse').median;
    const oursRatio = ratio(byName(measured, '@hr/feishu-corehr').median, floor);
    const officialRatio = ratio(byName(measured, '@larksuiteoapi/node-sdk').median, floor);
    return {
      id: 7,
      title: 'Feishu per call',
      measure: `${CALLS} sequential pre-hire queries: time / raw undici time, @hr/feishu-corehr (official SDK)`,
      result: `${oursRatio}× (${officialRatio}×)`,
      target: 'reported (no target)',
      met: true,
      ...perCallTable(measured, CALLS, floor),
      notes: [
        '`preHires.query({ pre_hire_ids: [id] })` (`POST /open-apis/corehr/v2/pre_hires/query`, one documented v2 pre-hire from the sandbox seed) with `rateLimit: false` and response validation on; the official SDK calls `corehr.v2.preHire.query`; both manage the tenant_access_token themselves (fetched once in the warm-up round, then cached).',
        'Raw undici and the hand-written fetch client (openai-node style: base URL, headers, one `request` method that throws on a non-2xx status) send a fixed bearer token and parse the JSON.',
        "Sequential calls over keep-alive to a plain node:http server in another process; 7 alternating rounds after 1 warm-up round. Client CPU is this process's user + system time.",
      ],
      data: { calls: CALLS, measured },
    };
  } finally {
    await server.close();
  }
}
