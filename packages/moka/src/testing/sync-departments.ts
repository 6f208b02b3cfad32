import { HttpResponse } from 'msw';
import { departmentListProblems, isTopLevel, type DepartmentRule } from '../models/department-rules.js';
import type { MokaSandboxState, SandboxDepartment } from './state.js';
import { coded, failure } from './responses.js';

/** A department as sent to the v1 org endpoints (the v2 ones are read into this shape). */
export interface DepartmentInfo {
  name: string;
  department_code: string;
  parent_code: string | null;
  type?: number;
  sequence?: number | null;
  department_id?: number;
  localizedNames?: { locale: string; propValue: string }[];
}

/** Moka's answer to an organizational write while another is pending. */
export const PENDING = 'There are currently pending organizational updates, please try again later';

const FULL_SYNC_MESSAGES: Record<DepartmentRule, string> = {
  duplicate_code: 'Duplicated department ID',
  duplicate_name: 'Duplicated department',
  parent_not_found: 'Parent department not found',
  cycle: "A department's parent department cannot be itself directly (indirectly)",
};

function asList(body: unknown): DepartmentInfo[] | undefined {
  const valid =
    Array.isArray(body) &&
    body.every(
      (d) => typeof d === 'object' && d !== null && typeof d.name === 'string' && typeof d.department_code === 'string',
    );
  return valid ? (body as DepartmentInfo[]).map((d) => ({ ...d, parent_code: d.parent_code ?? null })) : undefined;
}

function store(state: MokaSandboxState, d: DepartmentInfo, existing?: SandboxDepartment): void {
  const record: SandboxDepartment = {
    id: existing?.id ?? state.nextId(),
    department_code: d.department_code,
    name: d.name,
    parent_code: isTopLevel(d.parent_code) ? null : d.parent_code,
    type: d.type ?? 1,
    sequence: d.sequence ?? null,
    deleted: false,
    localizedNames: d.localizedNames ?? existing?.localizedNames,
  };
  if (existing && existing.department_code !== d.department_code) state.departments.delete(existing.department_code);
  state.departments.set(d.department_code, record);
}

/**
 * Runs an organizational write the way Moka does: one at a time. A write arriving while another is
 * pending (or while `refuseNextOrgWrites` is set) is refused with the documented message.
 */
export async function orgWrite(
  state: MokaSandboxState,
  write: () => Response,
  pendingAnswer: () => Response = () => failure(PENDING),
): Promise<Response> {
  if (state.orgWritesInProgress > 0 || state.refuseNextOrgWrites > 0) {
    if (state.refuseNextOrgWrites > 0) state.refuseNextOrgWrites--;
    state.pendingRefusals++;
    return pendingAnswer();
  }
  state.orgWritesInProgress++;
  state.maxConcurrentOrgWrites = Math.max(state.maxConcurrentOrgWrites, state.orgWritesInProgress);
  try {
    if (state.orgWriteDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, state.orgWriteDelayMs));
    return write();
  } finally {
    state.orgWritesInProgress--;
  }
}

/** A full sync of `list`: Moka's refusal, or what it changed (departments missing from the list are marked deleted). */
export function fullSync(
  state: MokaSandboxState,
  list: DepartmentInfo[],
): { refused: string } | { result: { new: number; delete: number; update: number } } {
  const problem = departmentListProblems(list, { parentsInList: true })[0];
  if (problem) return { refused: FULL_SYNC_MESSAGES[problem.rule] };
  const result = { new: 0, delete: 0, update: 0 };
  const listed = new Set(list.map((d) => d.department_code));
  for (const d of list) {
    const existing = state.departments.get(d.department_code);
    result[existing ? 'update' : 'new']++;
    store(state, d, existing);
  }
  for (const d of state.departments.values()) {
    if (!listed.has(d.department_code) && !d.deleted) {
      d.deleted = true;
      result.delete++;
    }
  }
  return { result };
}

/** `PUT /departments`: full sync; departments missing from the list are marked deleted. */
export function replaceDepartments(state: MokaSandboxState, body: unknown): Response {
  const list = asList(body);
  if (!list) return failure('Parameter format is incorrect');
  const outcome = fullSync(state, list);
  return 'refused' in outcome ? failure(outcome.refused) : HttpResponse.json({ success: true, result: outcome.result });
}

/** The documented refusal of an incremental write or update list, checked against the stored departments. */
function incrementalRefusal(state: MokaSandboxState, list: DepartmentInfo[], isUpdate: boolean): string | undefined {
  const problems = departmentListProblems(list, { parentsInList: false });
  const duplicate = problems.find((p) => p.rule === 'duplicate_code');
  if (duplicate)
    return `Department name: ${list[duplicate.index]!.name}, The department number of number ${list[duplicate.index]!.department_code} is duplicated`;
  if (problems.some((p) => p.rule === 'cycle')) return FULL_SYNC_MESSAGES.cycle;
  const codes = new Set(list.map((d) => d.department_code));
  for (const d of list) {
    if (!isUpdate && state.departments.get(d.department_code)?.deleted === false)
      return `Department name: ${d.name}, The department number of number ${d.department_code} is duplicated`;
    if (
      !isTopLevel(d.parent_code) &&
      !codes.has(d.parent_code!) &&
      state.departments.get(d.parent_code!)?.deleted !== false
    )
      return FULL_SYNC_MESSAGES.parent_not_found;
    const parent = isTopLevel(d.parent_code) ? null : d.parent_code;
    const twin = state
      .activeDepartments()
      .find(
        (s) =>
          s.parent_code === parent &&
          s.name === d.name &&
          s.department_code !== d.department_code &&
          (!isUpdate || s.id !== d.department_id),
      );
    const twinInList = problems.some((p) => p.rule === 'duplicate_name');
    if (twin || twinInList)
      return `Department name ${d.name}, the department name of parent number ${parent ?? ''} already exists`;
  }
  return undefined;
}

/** An incremental add of `list`: Moka's refusal, or undefined once added. */
export function addList(state: MokaSandboxState, list: DepartmentInfo[]): string | undefined {
  const refused = incrementalRefusal(state, list, false);
  if (refused) return refused;
  for (const d of list) store(state, d);
  return undefined;
}

/** `POST /departments/sync/incremental`: adds departments. */
export function addDepartments(state: MokaSandboxState, body: unknown): Response {
  const list = asList(body);
  if (!list) return failure('Parameter format is incorrect');
  const refused = addList(state, list);
  return refused ? failure(refused) : HttpResponse.json({ success: true });
}

/**
 * An update of `list`, matched by `department_id`, else `department_code`: Moka's refusal with its
 * code (625011 for a new code that exists already; its other codes are not documented, the sandbox
 * uses 625000), or undefined once updated.
 */
export function updateList(
  state: MokaSandboxState,
  list: DepartmentInfo[],
): { code: number; message: string } | undefined {
  const refused = incrementalRefusal(state, list, true);
  if (refused) return { code: 625000, message: refused };
  const targets: [DepartmentInfo, SandboxDepartment][] = [];
  for (const d of list) {
    const byId =
      d.department_id === undefined ? undefined : [...state.departments.values()].find((s) => s.id === d.department_id);
    const target = byId ?? state.departments.get(d.department_code);
    if (!target) return { code: 625000, message: `department_code(${d.department_code}) not found` };
    const holder = state.departments.get(d.department_code);
    if (holder && holder !== target)
      return { code: 625011, message: `department_code(${d.department_code})在系统中已存在` };
    targets.push([d, target]);
  }
  for (const [d, target] of targets) store(state, d, target);
  return undefined;
}

/** `POST /departments`: an update, answered in the `{ code, msg, success, errorMessage, data }` shape. */
export function updateDepartments(state: MokaSandboxState, body: unknown): Response {
  const list = asList(body);
  if (!list) return coded(625000, 'Parameter format is incorrect');
  const refused = updateList(state, list);
  return refused ? coded(refused.code, refused.message) : coded(0, 'Successful');
}

/** The pending answer of `POST /departments`, in its coded shape. */
export const pendingCoded = () => coded(625000, PENDING);
