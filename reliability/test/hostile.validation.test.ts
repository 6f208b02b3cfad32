import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputValidationError, ResponseValidationError } from '@hr/core';
import { ComeetClient } from '@hr/comeet';
import { CoodeshClient } from '@hr/coodesh';
import { FeishuCoreHRClient } from '@hr/feishu-corehr';
import { MokaClient, type MokaDepartmentInput } from '@hr/moka';
import { costOf, cpuMsOf, heapSizeOf, MB, type Cost } from './support/cost.js';
import { CREDENTIALS, type MokaRig, startFeishu, startMoka } from './support/rigs.js';

/**
 * Attack: an answer of wrong items, as large as the response limit lets through (any upstream, or
 * anyone in the path of an `http:` base URL, can send one). One issue object per bad item used to keep
 * hundreds of MB on the error and block the event loop for seconds; about 9 MB of such an answer
 * killed the process. Validation now collects at most 100 issues and counts the rest: the answer
 * costs a bounded amount of heap and event-loop time beyond the parsed answer itself. The same holds
 * for bad input: at most 100 issues, and the total count.
 *
 * Figures are printed (`[cost] ...`); blocked time is asserted on the CPU time of the longest stretch
 * without an event-loop turn (on a shared machine wall-clock stretches include time given to other
 * processes), and printed in both, with the CPU time of the answer's own JSON.parse for comparison.
 */

const ANSWER_BYTES = 9 * MB;
/** A wrong item: a number where the documented item is an object (the densest wrong answer). */
const ITEM = '0';
const ITEM_COUNT = Math.floor((ANSWER_BYTES - 200) / (ITEM.length + 1));
const ITEMS = Array(ITEM_COUNT).fill(ITEM).join(',');

/** Each vendor's listing, with its documented envelope wrapped around the wrong items. */
const ANSWERS = {
  moka: `{"data":[${ITEMS}]}`,
  comeet: `[${ITEMS}]`,
  feishu: `{"code":0,"msg":"success","data":{"items":[${ITEMS}],"has_more":false}}`,
  coodesh: `{"docs":[${ITEMS}],"totalDocs":${ITEM_COUNT},"limit":${ITEM_COUNT},"page":1,"totalPages":1,"hasNextPage":false,"nextPage":null}`,
} as const;
type Vendor = keyof typeof ANSWERS;

/** An empty listing per vendor, for a first call that compiles the schemas. */
const WARM_UP: Record<Vendor, string> = {
  moka: '{"data":[]}',
  comeet: '[]',
  feishu: '{"code":0,"msg":"success","data":{"items":[],"has_more":false}}',
  coodesh: '{"docs":[],"totalDocs":0,"limit":10,"page":1,"totalPages":1,"hasNextPage":false,"nextPage":null}',
};

let server: Server;
let url: string;
let answer: Buffer = Buffer.alloc(0);
beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url?.includes('tenant_access_token')) {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ code: 0, msg: 'ok', tenant_access_token: 't-hostile-answer-token', expire: 7200 }));
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(answer.length) });
    response.end(answer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const quiet = { maxRetries: 0, logLevel: 'off' } as const;
const LISTINGS: Record<Vendor, () => PromiseLike<unknown>> = {
  moka: () =>
    new MokaClient({ ...CREDENTIALS.moka, baseUrl: `${url}/api-platform/v1`, ...quiet }).candidates.list({
      stage: 'offer',
    }),
  comeet: () => new ComeetClient({ ...CREDENTIALS.comeet, baseUrl: url, rateLimit: false, ...quiet }).candidates.list(),
  feishu: () => new FeishuCoreHRClient({ ...CREDENTIALS.feishu, baseUrl: url, ...quiet }).preHires.list(),
  coodesh: () => new CoodeshClient({ ...CREDENTIALS.coodesh, baseUrl: url, ...quiet }).jobs.list(),
};

function report(what: string, cost: Cost, parsedBytes: number, parseCpuMs?: number): void {
  const mb = (bytes: number) => (bytes / MB).toFixed(1);
  const parse = parseCpuMs === undefined ? '' : ` (JSON.parse of the answer alone: ${parseCpuMs.toFixed(0)} ms CPU)`;
  console.log(
    `[cost] ${what}: peak heap ${mb(cost.peakHeapBytes)} MB (the parsed answer itself ${mb(parsedBytes)} MB, ` +
      `so ${mb(cost.peakHeapBytes - parsedBytes)} MB beyond it), held after GC ${mb(cost.retainedHeapBytes)} MB; ` +
      `longest event-loop block ${cost.blockedMs.toFixed(0)} ms wall, ${cost.blockedCpuMs.toFixed(0)} ms CPU${parse}`,
  );
}

describe('a 9 MB answer of wrong items', () => {
  it.each(Object.keys(ANSWERS) as Vendor[])(
    '%s: costs < 50 MB of heap and < 200 ms of blocked event loop beyond the parsed answer; 100 issues and the count',
    async (vendor) => {
      // A first call compiles the vendor's schemas (once per process): measured apart from the attack.
      answer = Buffer.from(WARM_UP[vendor]);
      await LISTINGS[vendor]();
      answer = Buffer.from(ANSWERS[vendor]);
      const parsed = heapSizeOf(() => JSON.parse(ANSWERS[vendor]));
      const parseCpuMs = cpuMsOf(() => JSON.parse(answer.toString()));
      const { outcome, cost } = await costOf(async () => LISTINGS[vendor]());
      report(
        `${vendor} (${(answer.length / MB).toFixed(1)} MB, ${ITEM_COUNT} wrong items)`,
        cost,
        parsed.bytes,
        parseCpuMs,
      );
      expect(ResponseValidationError.isInstance(outcome), String(outcome)).toBe(true);
      const error = outcome as ResponseValidationError;
      expect(error.issues.length).toBeGreaterThan(0);
      expect(error.issues.length).toBeLessThanOrEqual(100);
      expect(error.issueCount).toBeGreaterThanOrEqual(error.issues.length);
      expect(error.message.length).toBeLessThan(10_000);
      if (vendor !== 'comeet') {
        // Every wrong item is counted; a bare Comeet list is a union (a list, or a page object), which
        // zod reports as one issue.
        expect(error.issueCount).toBe(ITEM_COUNT);
        expect(error.message).toContain(String(ITEM_COUNT));
      }
      expect(cost.peakHeapBytes - parsed.bytes).toBeLessThan(50 * MB);
      expect(cost.retainedHeapBytes - parsed.bytes).toBeLessThan(50 * MB);
      // The answer's own JSON.parse (paid on success too) is the longest block: on a loaded machine it
      // alone can pass 200 ms. A generous check, robust on a loaded machine (the figures are printed and
      // kept in reliability/results/hostile-validation.md): no block longer than 300 ms of CPU, or than
      // twice that parse. Before the fix the block was 4 to 5 s.
      expect(cost.blockedCpuMs).toBeLessThan(Math.max(300, parseCpuMs * 2));
      // The raw data stays on the error.
      expect(error.data).toBeDefined();
      void parsed.value;
    },
  );

  it('the issues kept are the first ones, in order, each naming its item', async () => {
    answer = Buffer.from(ANSWERS.moka);
    const error = (await costOf(async () => LISTINGS.moka())).outcome as ResponseValidationError;
    expect(error.issues.slice(0, 3).map((issue) => issue.path)).toEqual(['data.0', 'data.1', 'data.2']);
    expect(error.issues.every((issue) => issue.code === 'invalid_type')).toBe(true);
    expect(error.message).toMatch(/^Unexpected response shape from candidates\.list: data\.0: /);
  });
});

describe('bad input at scale', () => {
  let moka: MokaRig;
  beforeAll(async () => {
    moka = await startMoka();
  });
  afterAll(() => moka.close());

  it('a million wrong departments: 100 issues and the count, bounded heap and blocked time, nothing sent', async () => {
    const departments = Array(1_000_000).fill(0) as unknown as MokaDepartmentInput[];
    const { outcome, cost } = await costOf(async () => moka.client().departments.replaceAll(departments));
    report('moka departments.replaceAll (1,000,000 wrong departments)', cost, 0);
    expect(InputValidationError.isInstance(outcome), String(outcome)).toBe(true);
    const error = outcome as InputValidationError;
    expect(error.issues).toHaveLength(100);
    expect(error.issueCount).toBe(1_000_000);
    expect(error.message).toContain('1000000');
    expect(error.message.length).toBeLessThan(10_000);
    expect(cost.peakHeapBytes).toBeLessThan(50 * MB);
    expect(cost.blockedCpuMs).toBeLessThan(1_000);
    expect(moka.server.requests).toHaveLength(0);
  });

  it('a huge nested list of wrong values in a checked field: 100 issues and the count', async () => {
    const feishu = await startFeishu();
    try {
      const id = [...feishu.state.preHires.keys()][0]!;
      const rates = Array(300_000).fill(0) as never;
      const { outcome, cost } = await costOf(async () =>
        feishu
          .client()
          .preHires.patch(id, { onboarding_status: { enum_name: 'preboarding' }, cost_center_rate: rates }),
      );
      report('feishu preHires.patch (300,000 wrong cost center rates)', cost, 0);
      expect(InputValidationError.isInstance(outcome), String(outcome)).toBe(true);
      const error = outcome as InputValidationError;
      expect(error.issues).toHaveLength(100);
      expect(error.issues[0]!.path).toBe('body.cost_center_rate.0');
      expect(error.issueCount).toBeGreaterThanOrEqual(300_000);
      expect(cost.peakHeapBytes).toBeLessThan(50 * MB);
      expect(feishu.server.requests.filter((r) => r.path.includes('/corehr/'))).toHaveLength(0);
    } finally {
      await feishu.close();
    }
  });
});
