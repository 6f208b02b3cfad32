import { readFile } from 'node:fs/promises';
import { InputValidationError, type MokaDepartment, type MokaDepartmentsV2Body, isMarkedDeleted } from '@hr/moka';
import { runWhenEntryPoint } from '../shared/entry.js';
import { writeOrDescribe } from '../shared/live.js';
import { type Connection, connect } from './connect.js';

/** The plan of a full sync against what Moka holds now. */
function plan(current: MokaDepartment[], chart: MokaDepartmentsV2Body) {
  const live = new Map(current.filter((d) => !isMarkedDeleted(d)).map((d) => [String(d.departmentCode), d]));
  const marked = new Set(current.filter(isMarkedDeleted).map((d) => String(d.departmentCode)));
  const codes = new Set(chart.departments.map((d) => d.departmentCode));
  return {
    add: chart.departments.filter((d) => !live.has(d.departmentCode) && !marked.has(d.departmentCode)),
    restore: chart.departments.filter((d) => marked.has(d.departmentCode)),
    change: chart.departments.filter((d) => {
      const now = live.get(d.departmentCode);
      const parent = now?.parentCode === null || now?.parentCode === undefined ? '0' : String(now.parentCode);
      return now !== undefined && (now.name !== d.name || parent !== d.parentCode);
    }),
    markDeleted: [...live.values()].filter((d) => !codes.has(String(d.departmentCode))),
  };
}

/**
 * A v2 department sync (`departments.v2.replaceAll`, `PUT /v2/departments`) from MOKA_ORG_CHART_V2
 * (else the sample org-chart-v2.json: Chinese names with English `localizedNames`, "0" for first-level
 * departments). It reads Moka's chart first (`departments.list()`, with the deleted-by-API flag), so
 * the dry run shows exactly what the full sync will add, restore, change and MARK DELETED; then it
 * merges what was marked deleted into the first-level department (`departments.delete()` with a
 * target). Both writes go to a real account only with --live / HR_LIVE=1.
 */
export async function syncOrgChartV2(
  connection: Connection,
  file: string | URL = process.env['MOKA_ORG_CHART_V2'] ?? new URL('./org-chart-v2.json', import.meta.url),
): Promise<void> {
  const { client, target } = connection;
  const chart = JSON.parse(await readFile(file, 'utf8')) as MokaDepartmentsV2Body;
  const before = await client.departments.list();
  const { add, restore, change, markDeleted } = plan(before, chart);
  console.log(
    `[moka] ${target} holds ${before.length} department(s); v2 dry run: +${add.length} add, ^${restore.length} restore, ~${change.length} change, -${markDeleted.length} marked deleted`,
  );
  for (const d of add) console.log(`  + ${d.departmentCode} ${d.name}`);
  for (const d of restore)
    console.log(`  ^ ${d.departmentCode} ${d.name} (marked deleted in Moka: the sync restores it)`);
  for (const d of change) console.log(`  ~ ${d.departmentCode} ${d.name}`);
  for (const d of markDeleted)
    console.log(`  - ${String(d.departmentCode)} ${d.name ?? ''} (missing from the file: Moka marks it deleted)`);
  try {
    const answer = await writeOrDescribe(
      connection,
      `replace the whole org chart with the ${chart.departments.length} department(s) of the v2 file (PUT /v2/departments)`,
      [],
      () => client.departments.v2.replaceAll(chart),
    );
    if (!answer) return;
    const result = answer.data?.result;
    console.log(
      `[moka] ${target}: v2 full sync applied (code ${String(answer.code)}): ${result?.new ?? '?'} new, ${result?.update ?? '?'} updated, ${result?.delete ?? '?'} marked deleted`,
    );
  } catch (error) {
    if (error instanceof InputValidationError) {
      console.log(`[moka] refused before sending: ${error.message}`);
      return;
    }
    throw error;
  }
  const root = chart.departments.find((d) => d.parentCode === '0' && d.type !== 2);
  const leftovers = (await client.departments.list()).filter(isMarkedDeleted);
  if (!root || leftovers.length === 0 || !chart.operatorEmail) return;
  await writeOrDescribe(
    connection,
    `merge ${leftovers.length} department(s) marked deleted into ${root.departmentCode} (DELETE /v1/departments)`,
    leftovers.map((d) => `${String(d.departmentCode)} ${d.name ?? ''} → ${root.departmentCode}`),
    async () => {
      await client.departments.delete({
        departments: leftovers.map((d) => ({
          department_code: String(d.departmentCode),
          target_department_code: root.departmentCode,
        })),
        email: chart.operatorEmail!,
      });
      console.log(`[moka] ${target}: merged ${leftovers.length} department(s) into ${root.departmentCode}`);
    },
  );
}

await runWhenEntryPoint(import.meta.url, connect, syncOrgChartV2);
