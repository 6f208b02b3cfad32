import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputValidationError, type MokaDepartmentInput, departmentListProblems } from '@hr/moka';
import type { Connection } from './connect.js';

type Snapshot = Map<string, MokaDepartmentInput>;

/**
 * Moka has no endpoint to read departments: the last synced chart is kept in a local snapshot file
 * (sandbox runs start empty and keep no snapshot).
 */
function snapshotPath(target: string): string {
  if (!target.startsWith('Moka API')) return join(tmpdir(), `moka-sandbox-org-${process.pid}-${Date.now()}.json`);
  return process.env['MOKA_ORG_SNAPSHOT'] ?? join(tmpdir(), 'moka-org-snapshot.json');
}

async function loadSnapshot(path: string): Promise<Snapshot> {
  const text = await readFile(path, 'utf8').catch(() => '[]');
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
 * Syncs an org chart from a JSON file with a full sync (`departments.replaceAll`), after printing a
 * dry-run diff. On the real API it only applies with MOKA_APPLY=1; the sandbox always applies.
 */
export async function syncOrgChart(
  { client, target }: Connection,
  file = new URL('./org-chart.json', import.meta.url),
): Promise<void> {
  const chart = JSON.parse(await readFile(file, 'utf8')) as MokaDepartmentInput[];
  const problems = departmentListProblems(chart, { parentsInList: true });
  for (const p of problems) console.log(`[moka] org chart item ${p.index} (${p.field}): ${p.message}`);
  const snapshot = snapshotPath(target);
  const plan = diff(await loadSnapshot(snapshot), chart);
  console.log(
    `[moka] dry run: +${plan.add.length} add, ~${plan.change.length} change, -${plan.markDeleted.length} marked deleted`,
  );
  for (const d of plan.add) console.log(`  + ${d.department_code} ${d.name}`);
  for (const d of plan.change) console.log(`  ~ ${d.department_code} ${d.name}`);
  for (const d of plan.markDeleted)
    console.log(`  - ${d.department_code} ${d.name} (missing from the file: Moka marks it deleted)`);
  const apply = !target.startsWith('Moka API') || process.env['MOKA_APPLY'] === '1';
  if (!apply || problems.length > 0) {
    console.log(`[moka] not applied (${problems.length > 0 ? 'fix the problems above' : 'set MOKA_APPLY=1 to apply'})`);
    return;
  }
  try {
    const result = await client.departments.replaceAll(chart);
    if (target.startsWith('Moka API')) await writeFile(snapshot, JSON.stringify(chart, null, 2));
    console.log(
      `[moka] ${target}: full sync applied: ${result.new} new, ${result.update} updated, ${result.delete} marked deleted`,
    );
  } catch (error) {
    if (error instanceof InputValidationError) console.log(`[moka] refused before sending: ${error.message}`);
    else throw error;
  }
}
