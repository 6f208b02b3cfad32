// `pnpm bench`: runs every workload and writes results/latest.{json,md}. `pnpm --filter @hr/bench bench:run 1 4`
// runs only the workloads named by number, without building, and prints their tables without writing results/.
import { performance } from 'node:perf_hooks';
import { describeMachine, markdown, summaryTable, writeResults, type WorkloadResult } from './report.js';
import * as perCall from './workloads/per-call.js';
import * as feishuListing from './workloads/feishu-listing.js';
import * as validation from './workloads/validation.js';
import * as prefetch from './workloads/prefetch.js';
import * as memory from './workloads/memory.js';
import * as coldStart from './workloads/cold-start.js';
import * as feishuPerCall from './workloads/per-call-feishu.js';

const workloads = [perCall, feishuListing, validation, prefetch, memory, coldStart, feishuPerCall];
const wanted = process.argv.slice(2).map(Number);
const machine = describeMachine();
const started = performance.now();
const results: WorkloadResult[] = [];
for (const [index, workload] of workloads.entries()) {
  if (wanted.length > 0 && !wanted.includes(index + 1)) continue;
  const t = performance.now();
  process.stdout.write(`workload ${index + 1}… `);
  const result = await workload.run();
  results.push(result);
  console.log(
    `${result.title}: ${result.result} (target ${result.target}) in ${Math.round((performance.now() - t) / 1000)} s`,
  );
}
const seconds = (performance.now() - started) / 1000;
if (wanted.length > 0) {
  console.log(`\n${markdown(machine, results, seconds)}`);
} else {
  writeResults(machine, results, seconds);
  console.log(`\n${summaryTable(results)}\n\nWritten to bench/results/latest.json and bench/results/latest.md`);
}
