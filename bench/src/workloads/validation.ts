// Workload 3: what response validation costs, per record and on a whole listing.
import { MokaClient } from '@hr/moka';
import { MokaCandidateSchema } from '@hr/moka/schemas';
import { DOC_EXAMPLE_CANDIDATE_PAGE } from '@hr/moka/testing';
import { startCannedServer } from '../canned-server.js';
import { BASE_PATH, PAGE_SIZE } from '../canned/moka-candidates.js';
import type { WorkloadResult } from '../report.js';
import { alternate, byName, expectEqual, ratio, round, type Contender } from '../runner.js';

const RECORDS = 20_000;
const PAGES = 100;
const TARGET_SHARE = 0.2;

/** Validates (or JSON-parses) the document's example candidates RECORDS times. */
function perRecord(): Contender[] {
  const records = DOC_EXAMPLE_CANDIDATE_PAGE.data;
  const texts = records.map((r) => JSON.stringify(r));
  return [
    {
      name: 'MokaCandidateSchema.safeParse',
      async run() {
        let ok = 0;
        for (let i = 0; i < RECORDS; i++) if (MokaCandidateSchema.safeParse(records[i % records.length]).success) ok++;
        expectEqual(ok, RECORDS, 'valid candidates');
      },
    },
    {
      name: 'JSON.parse of the same record',
      async run() {
        let ok = 0;
        for (let i = 0; i < RECORDS; i++) if (JSON.parse(texts[i % texts.length]!)) ok++;
        expectEqual(ok, RECORDS, 'parsed candidates');
      },
    },
  ];
}

function listing(baseUrl: string, validateResponses: boolean): Contender {
  const moka = new MokaClient({ apiKey: 'bench-moka-api-key', baseUrl, rateLimit: false, validateResponses });
  return {
    name: `candidates.list, validateResponses: ${validateResponses}`,
    async run() {
      let count = 0;
      for await (const _candidate of moka.candidates.list({ stage: 'offer', limit: PAGE_SIZE })) count++;
      expectEqual(count, PAGES * PAGE_SIZE, 'candidates listed');
    },
  };
}

export async function run(): Promise<WorkloadResult> {
  const records = await alternate(perRecord(), { rounds: 7, warmup: 1 });
  const server = await startCannedServer(new URL('../canned/moka-candidates.ts', import.meta.url).href, {
    pages: PAGES,
  });
  try {
    const baseUrl = server.url + BASE_PATH;
    const lists = await alternate([listing(baseUrl, true), listing(baseUrl, false)], { rounds: 7, warmup: 1 });
    const on = lists[0]!.median;
    const off = lists[1]!.median;
    const share = (on - off) / on;
    const perSecond = (ms: number, count: number) => Math.round((count / ms) * 1000);
    const validate = byName(records, 'MokaCandidateSchema.safeParse').median;
    return {
      id: 3,
      title: 'Validation cost',
      measure: `share of list time spent validating (${PAGES} pages × ${PAGE_SIZE} Moka candidates)`,
      result: `${round(share * 100)} %`,
      target: `< ${TARGET_SHARE * 100} %`,
      met: share < TARGET_SHARE,
      columns: ['what', 'median (ms)', 'records / s', 'µs per record'],
      rows: [
        ...records.map((m) => [
          m.name,
          round(m.median),
          perSecond(m.median, RECORDS),
          round((m.median * 1000) / RECORDS, 1),
        ]),
        ...lists.map((m) => [
          m.name,
          round(m.median),
          perSecond(m.median, PAGES * PAGE_SIZE),
          round((m.median * 1000) / (PAGES * PAGE_SIZE), 1),
        ]),
      ],
      notes: [
        `Per record: the two candidates of Moka's documented \`GET /data/ehrApplications\` example, ${RECORDS} times; validation runs at ${ratio(validate, byName(records, 'JSON.parse of the same record').median)}× the cost of JSON.parse of the same record.`,
        'Listing: full candidates (the documented example plus every documented section), canned pages from a node:http server in another process, iterated with `for await`.',
      ],
      data: {
        records: RECORDS,
        pages: PAGES,
        pageSize: PAGE_SIZE,
        perRecord: records,
        listing: lists,
        validationShare: share,
      },
    };
  } finally {
    await server.close();
  }
}
