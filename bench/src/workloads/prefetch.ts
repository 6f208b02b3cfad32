// Workload 4: a 50-page `page`/`totalPages` listing with 20 ms of latency, sequential versus prefetch.
import { CoodeshClient } from '@hr/coodesh';
import { CoodeshSandboxState } from '@hr/coodesh/testing';
import { startCannedServer } from '../canned-server.js';
import type { WorkloadResult } from '../report.js';
import { alternate, byName, ratio, round, type Contender } from '../runner.js';

const PAGES = 50;
const PAGE_SIZE = 20;
const LATENCY_MS = 20;
const PREFETCH = 4;
const TARGET = 3.5;

export async function run(): Promise<WorkloadResult> {
  const jobCount = PAGES * PAGE_SIZE;
  const server = await startCannedServer(new URL('../canned/coodesh-jobs.ts', import.meta.url).href, {
    jobCount,
    pageSize: PAGE_SIZE,
    latencyMs: LATENCY_MS,
  });
  const coodesh = new CoodeshClient({ apiKey: 'bench-coodesh-api-key', baseUrl: server.url, rateLimit: false });
  // The sandbox's jobs, in the order its pages list them.
  const expected = new CoodeshSandboxState({ jobCount }).jobs.map((job) => job._id).join();
  const listing = (name: string, prefetch: number | undefined): Contender => ({
    name,
    async run() {
      const ids: unknown[] = [];
      for await (const job of coodesh.jobs.list({ pageSize: PAGE_SIZE }, { prefetch })) ids.push(job._id);
      if (ids.join() !== expected) throw new Error(`${name}: the jobs did not come back complete and in order`);
    },
  });
  try {
    const measured = await alternate([listing('sequential', undefined), listing(`prefetch: ${PREFETCH}`, PREFETCH)], {
      rounds: 7,
      warmup: 1,
    });
    const sequential = byName(measured, 'sequential').median;
    const speedup = ratio(sequential, byName(measured, `prefetch: ${PREFETCH}`).median);
    const ideal = round(PAGES / (1 + Math.ceil((PAGES - 1) / PREFETCH)), 2);
    return {
      id: 4,
      title: 'Paging with latency',
      measure: `${PAGES} pages at ${LATENCY_MS} ms: sequential time / prefetch ${PREFETCH} time`,
      result: `${speedup}×`,
      target: `≥ ${TARGET}×, in order`,
      met: speedup >= TARGET,
      columns: ['mode', 'median (ms)', 'ms per page', 'speed-up'],
      rows: measured.map((m) => [
        m.name,
        Math.round(m.median),
        round(m.median / PAGES, 1),
        `${ratio(sequential, m.median)}×`,
      ]),
      notes: [
        `Coodesh \`jobs.list({ pageSize: ${PAGE_SIZE} })\` over the Coodesh sandbox's answers for ${jobCount} jobs, recorded once and replayed by a node:http server in another process after ${LATENCY_MS} ms; every run checks all ${jobCount} jobs arrive in the sandbox's order.`,
        `The first page must arrive before \`totalPages\` is known, so with ${PREFETCH} in flight the best possible is ${PAGES} / (1 + ⌈${PAGES - 1}/${PREFETCH}⌉) = ${ideal}× (the target is ${round((TARGET / ideal) * 100, 0)} % of that).`,
      ],
      data: {
        pages: PAGES,
        pageSize: PAGE_SIZE,
        latencyMs: LATENCY_MS,
        prefetch: PREFETCH,
        idealSpeedup: ideal,
        measured,
      },
    };
  } finally {
    await server.close();
  }
}
