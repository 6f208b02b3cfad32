// `pnpm --filter @hr/bench profile <workload> [seconds]`: runs one contender of a workload in a loop for a
// while under `node --cpu-prof`, so the profile holds the client's steady state and little else.
// Summarize the profile with `pnpm --filter @hr/bench profile:summary <file.cpuprofile>`.
import { performance } from 'node:perf_hooks';
import { request } from 'undici';
import { FeishuCoreHRClient } from '@hr/feishu-corehr';
import { MokaClient } from '@hr/moka';
import { startCannedServer } from './canned-server.js';
import { BASE_PATH as MOKA_BASE_PATH, PAGE_SIZE as MOKA_PAGE_SIZE } from './canned/moka-candidates.js';

type Loop = (baseUrl: string) => () => Promise<void>;

const API_KEY = 'bench-moka-api-key';
const FEISHU = { appId: 'cli_bench0000000001', appSecret: 'bench-app-secret-0123456789' };

const mokaCall =
  (validateResponses: boolean): Loop =>
  (baseUrl) => {
    const moka = new MokaClient({
      apiKey: API_KEY,
      baseUrl: baseUrl + MOKA_BASE_PATH,
      rateLimit: false,
      validateResponses,
    });
    return async () => {
      for (let i = 0; i < 1000; i++) await moka.offers.listCustomFields();
    };
  };

const mokaList =
  (validateResponses: boolean): Loop =>
  (baseUrl) => {
    const moka = new MokaClient({
      apiKey: API_KEY,
      baseUrl: baseUrl + MOKA_BASE_PATH,
      rateLimit: false,
      validateResponses,
    });
    return async () => {
      for await (const _candidate of moka.candidates.list({ stage: 'offer', limit: MOKA_PAGE_SIZE }));
    };
  };

const feishuList =
  (validateResponses: boolean): Loop =>
  (baseUrl) => {
    const client = new FeishuCoreHRClient({ ...FEISHU, baseUrl, rateLimit: false, validateResponses });
    return async () => {
      for await (const _item of client.preHires.list({ page_size: 100 }));
    };
  };

const undiciCall: Loop = (baseUrl) => async () => {
  for (let i = 0; i < 1000; i++) {
    const res = await request(`${baseUrl}${MOKA_BASE_PATH}/offers/custom_fields`);
    JSON.parse(await res.body.text());
  }
};

const feishuFloor: Loop = (baseUrl) => async () => {
  let token: string | undefined;
  do {
    const query = `page_size=100${token ? `&page_token=${token}` : ''}`;
    const res = await request(`${baseUrl}/open-apis/corehr/v1/pre_hires?${query}`, {
      headers: { authorization: 'Bearer t-bench' },
    });
    const page = (JSON.parse(await res.body.text()) as { data: { has_more: boolean; page_token?: string } }).data;
    token = page.has_more ? page.page_token : undefined;
  } while (token);
};

/** Each profile target: the canned routes it needs and the loop it runs. */
const targets: Record<string, { routes: string; options: unknown; loop: Loop }> = {
  'per-call': { routes: './workloads/per-call.ts', options: {}, loop: mokaCall(true) },
  'per-call-unvalidated': { routes: './workloads/per-call.ts', options: {}, loop: mokaCall(false) },
  'per-call-undici': { routes: './workloads/per-call.ts', options: {}, loop: undiciCall },
  'moka-list': { routes: './canned/moka-candidates.ts', options: { pages: 100 }, loop: mokaList(true) },
  'moka-list-unvalidated': { routes: './canned/moka-candidates.ts', options: { pages: 100 }, loop: mokaList(false) },
  'feishu-list': { routes: './workloads/feishu-listing.ts', options: {}, loop: feishuList(true) },
  'feishu-list-unvalidated': { routes: './workloads/feishu-listing.ts', options: {}, loop: feishuList(false) },
  'feishu-list-undici': { routes: './workloads/feishu-listing.ts', options: {}, loop: feishuFloor },
};

const [name, seconds = '10'] = process.argv.slice(2);
const target = name ? targets[name] : undefined;
if (!target) {
  console.error(`usage: profile <${Object.keys(targets).join('|')}> [seconds]`);
  process.exit(2);
}
const server = await startCannedServer(new URL(target.routes, import.meta.url).href, target.options);
try {
  const run = target.loop(server.url);
  await run(); // warm-up: JIT, connections, tokens
  const until = performance.now() + Number(seconds) * 1000;
  let rounds = 0;
  while (performance.now() < until) {
    await run();
    rounds++;
  }
  console.log(`${name}: ${rounds} rounds in ${seconds} s`);
} finally {
  await server.close();
}
