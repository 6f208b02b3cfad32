import { readFile, writeFile } from 'node:fs/promises';
import { InputValidationError, type MokaDepartmentInput, departmentListProblems } from '@hr/moka';
import { runWhenEntryPoint } from '../shared/entry.js';
import { writeOrDescribe } from '../shared/live.js';
import { type Connection, connect } from './connect.js';

type Snapshot = Map<string, MokaDepartmentInput>;

/**
 * This v1 example diffs against the chart it last synced to a real account, kept in the snapshot file
 * MOKA_ORG_SNAPSHOT (read before, written after a live sync); without it, and in the sandbox (which
 * starts empty), the diff starts from an empty chart. `sync-org-chart-v2.ts` reads Moka's own chart
 * instead (`departments.list()`).
 */
async function loadSnapshot(path: string | undefined): Promise<Snapshot> {
  const text = path ? await readFile(path, 'utf8').catch(() => '[]') : '[]';
  return new Map((JSON.parse(text) as MokaDepartmentInput[]).map((d) => [d.department_code, d]));
}

/** The dry-run diff: what a full sync would add, change, and MARK DELETED. */
function diff(before: Snapshot, chart: MokaDepartmentInput[]) {
  const codes = new Set(chart.map((d) => d.department_code));
  const same = (a: MokaDepartmentInput, b: MokaDepartmentInput) => JSON.stringify(a) === JSON.stringify(b);
  return {
    add: chart.filter((d) => !before.has(d.department_code)),
    change: chart.filter((d) => before.has(d.department_code) && !same(before.get(d.department_code)!, d)),
    markDeleted: [...before.values()].filter((d) => !codes.has(d.department_code)),
  };
}

/**
 * Syncs an org chart from a JSON file (MOKA_ORG_CHART, else the sample org-chart.json) with a full
 * sync (`departments.replaceAll`), after printing a dry-run diff. A full sync marks deleted every
 * department missing from the file: on a real account it is only sent with --live / HR_LIVE=1.
 */
export async function syncOrgChart(
  connection: Connection,
  file: string | URL = process.env['MOKA_ORG_CHART'] ?? new URL('./org-chart.json', import.meta.url),
): Promise<void> {
  const { client, target, real } = connection;
  const chart = JSON.parse(await readFile(file, 'utf8')) as MokaDepartmentInput[];
  const problems = departmentListProblems(chart, { parentsInList: true });
  for (const p of problems) console.log(`[moka] org chart item ${p.index} (${p.field}): ${p.message}`);
  const snapshot = real ? process.env['MOKA_ORG_SNAPSHOT'] : undefined;
  const plan = diff(await loadSnapshot(snapshot), chart);
  console.log(
    `[moka] dry run: +${plan.add.length} add, ~${plan.change.length} change, -${plan.markDeleted.length} marked deleted`,
  );
  for (const d of plan.add) console.log(`  + ${d.department_code} ${d.name}`);
  for (const d of plan.change) console.log(`  ~ ${d.department_code} ${d.name}`);
  for (const d of plan.markDeleted)
    console.log(`  - ${d.department_code} ${d.name} (missing from the file: Moka marks it deleted)`);
  if (real && !snapshot) {
    console.log('[moka] no MOKA_ORG_SNAPSHOT: every department of the account missing from the file is marked deleted');
  }
  if (problems.length > 0) {
    console.log('[moka] not applied: fix the problems above');
    return;
  }
  try {
    const result = await writeOrDescribe(
      connection,
      `replace the whole org chart with the ${chart.length} department(s) above (PUT /departments)`,
      [],
      () => client.departments.replaceAll(chart),
    );
    if (!result) return;
    if (snapshot) await writeFile(snapshot, JSON.stringify(chart, null, 2));
    console.log(
      `[moka] ${target}: full sync applied: ${result.new} new, ${result.update} updated, ${result.delete} marked deleted`,
    );
  } catch (error) {
    if (error instanceof InputValidationError) console.log(`[moka] refused before sending: ${error.message}`);
    else throw error;
  }
}

await runWhenEntryPoint(import.meta.url, connect, syncOrgChart);
