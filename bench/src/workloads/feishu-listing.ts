// Workload 2: the same 200-page pre-hire listing through @hr/feishu-corehr and the official Lark SDK.
import * as lark from '@larksuiteoapi/node-sdk';
import { request } from 'undici';
import { FeishuCoreHRClient } from '@hr/feishu-corehr';
import { seedPreHires } from '@hr/feishu-corehr/testing';
import { startCannedServer, type CannedReply, type CannedRoutes } from '../canned-server.js';
import type { WorkloadResult } from '../report.js';
import { alternate, byName, expectEqual, ratio, round, type Contender } from '../runner.js';

const PAGES = 200;
const PAGE_SIZE = 100;
/** Listing throughput with validation on, as a share of the raw-undici floor's. */
const TARGET = 0.9;
const FLOOR = 'floor: undici request + JSON.parse';
const APP_ID = 'cli_bench0000000001';
const APP_SECRET = 'bench-app-secret-0123456789';

/** The token endpoint, and 200 pages of documented pre-hires chained by `page_token`. */
export function routes(): CannedRoutes {
  const items = seedPreHires(PAGES * PAGE_SIZE);
  const pages = Array.from({ length: PAGES }, (_, page) => {
    const more = page + 1 < PAGES;
    const data = {
      items: items.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE),
      has_more: more,
      ...(more ? { page_token: `pt-${page + 1}` } : {}),
    };
    return { body: Buffer.from(JSON.stringify({ code: 0, msg: 'success', data })) } satisfies CannedReply;
  });
  const token = {
    body: JSON.stringify({
      code: 0,
      msg: 'ok',
      tenant_access_token: 't-bench7f1bcd13fc57d46bac21793a18e560',
      expire: 7200,
    }),
  };
  return (url, method) => {
    if (method === 'POST' && url.pathname === '/open-apis/auth/v3/tenant_access_token/internal') return token;
    if (url.pathname !== '/open-apis/corehr/v1/pre_hires' || url.searchParams.get('page_size') !== String(PAGE_SIZE))
      return undefined;
    return pages[Number((url.searchParams.get('page_token') ?? 'pt-0').slice(3))];
  };
}

export async function run(): Promise<WorkloadResult> {
  const server = await startCannedServer(import.meta.url);
  // Created once: the token is fetched in the warm-up round, then served from each SDK's cache.
  const ours = new FeishuCoreHRClient({ appId: APP_ID, appSecret: APP_SECRET, baseUrl: server.url, rateLimit: false });
  const official = new lark.Client({
    appId: APP_ID,
    appSecret: APP_SECRET,
    appType: lark.AppType.SelfBuild,
    domain: server.url,
    loggerLevel: lark.LoggerLevel.error,
  });
  const unvalidated = new FeishuCoreHRClient({
    appId: APP_ID,
    appSecret: APP_SECRET,
    baseUrl: server.url,
    rateLimit: false,
    validateResponses: false,
  });
  const expected = PAGES * PAGE_SIZE;
  const listing = (name: string, client: FeishuCoreHRClient): Contender => ({
    name,
    async run() {
      let count = 0;
      for await (const _item of client.preHires.list({ page_size: PAGE_SIZE })) count++;
      expectEqual(count, expected, `pre-hires listed by ${name}`);
    },
  });
  const contenders: Contender[] = [
    listing('@hr/feishu-corehr', ours),
    {
      name: '@larksuiteoapi/node-sdk',
      async run() {
        let count = 0;
        let page_token: string | undefined;
        do {
          const page = await official.corehr.preHire.list({ params: { page_size: String(PAGE_SIZE), page_token } });
          count += page.data?.items?.length ?? 0;
          page_token = page.data?.has_more ? page.data.page_token : undefined;
        } while (page_token);
        expectEqual(count, expected, 'pre-hires listed by the official SDK');
      },
    },
    listing('@hr/feishu-corehr, validateResponses: false', unvalidated),
    {
      name: FLOOR,
      async run() {
        let count = 0;
        let token: string | undefined;
        do {
          const query = `page_size=${PAGE_SIZE}${token ? `&page_token=${token}` : ''}`;
          const res = await request(`${server.url}/open-apis/corehr/v1/pre_hires?${query}`, {
            headers: { authorization: 'Bearer t-bench' },
          });
          const page = (
            JSON.parse(await res.body.text()) as { data: { items: unknown[]; has_more: boolean; page_token?: string } }
          ).data;
          count += page.items.length;
          token = page.has_more ? page.page_token : undefined;
        } while (token);
        expectEqual(count, expected, 'pre-hires listed by raw undici');
      },
    },
  ];
  try {
    const measured = await alternate(contenders, { rounds: 7, warmup: 1 });
    const oursMs = byName(measured, '@hr/feishu-corehr').median;
    const officialMs = byName(measured, '@larksuiteoapi/node-sdk').median;
    const floorMs = byName(measured, FLOOR).median;
    // Throughput ratio: the floor's time over ours (1× = as fast as raw undici + JSON.parse).
    const ofFloor = ratio(floorMs, oursMs);
    return {
      id: 2,
      title: 'Feishu pre-hire listing',
      measure: `${PAGES} pages × ${PAGE_SIZE}, validation on: @hr/feishu-corehr throughput / raw-undici floor's (official SDK time / ours)`,
      result: `${ofFloor}× (${ratio(officialMs, oursMs)}×)`,
      target: `≥ ${TARGET}× the floor`,
      met: ofFloor >= TARGET,
      columns: ['contender', 'median (ms)', 'pre-hires / s', 'client CPU (ms)', 'relative time'],
      rows: measured.map((m) => [
        m.name,
        Math.round(m.median),
        Math.round((expected / m.median) * 1000),
        Math.round(m.cpuMedian),
        `${ratio(m.median, oursMs)}×`,
      ]),
      notes: [
        `Both clients get app credentials and manage the tenant_access_token themselves (fetched once, then cached); ours validates every page (\`validateResponses\` on) and runs with \`rateLimit: false\` (the documented 50/s would otherwise pace 200 pages to 4 s; the official SDK has no client-side limit).`,
        'The last two rows are for reference: our client without validation, and the floor (raw undici with a hand-written `page_token` loop, no token management).',
        'The official SDK has no iterator for this endpoint (`listWithIterator` exists only for some APIs), so its contender loops on `page_token` by hand, as its users do.',
        `Canned pages of the documented \`pre_hire_query\` shape (${round((PAGE_SIZE * PAGES) / 1000, 0)}k records from the sandbox seed) from a node:http server in another process.`,
      ],
      data: { pages: PAGES, pageSize: PAGE_SIZE, measured },
    };
  } finally {
    await server.close();
  }
}
