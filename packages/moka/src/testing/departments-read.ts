import { HttpResponse } from 'msw';
import { coded } from './responses.js';
import type { MokaSandboxState } from './state.js';

/**
 * `GET /v1/departments`: `{ success: true, departments }`, each with `name`, `departmentId`,
 * `departmentCode`, `parentCode` (null for a first-level department), `parentId`, `deletedByApi`
 * (1 when marked deleted), `type` and `localizedNames`.
 */
export function listDepartments(state: MokaSandboxState): Response {
  const departments = [...state.departments.values()].map((d) => ({
    name: d.name,
    departmentId: d.id,
    departmentCode: d.department_code,
    parentCode: d.parent_code,
    parentId: d.parent_code === null ? null : (state.departments.get(d.parent_code)?.id ?? null),
    deletedByApi: d.deleted ? 1 : 0,
    type: d.type,
    localizedNames: d.localizedNames ?? [],
  }));
  return HttpResponse.json({ success: true, departments });
}

interface Deletion {
  department_code?: unknown;
  target_department_code?: unknown;
}

/** The documented refusal of a delete / merge, or undefined. */
function deletionRefusal(state: MokaSandboxState, list: Deletion[], email: unknown): string | undefined {
  if (typeof email !== 'string' || !state.users.some((u) => u.email === email && !u.deleted))
    return `系统中不存在email为${String(email)}的用户`;
  const deleting = new Set(list.map((d) => String(d.department_code)));
  for (const d of list) {
    const code = String(d.department_code);
    if (!state.departments.has(code)) return `department_code: ${code} 在系统中不存在`;
    const target = d.target_department_code;
    if (target !== undefined && (!state.departments.has(String(target)) || deleting.has(String(target))))
      return `department_code: ${String(target)} 在系统中不存在`;
  }
  // A merged department is removed: a department left under it would have no parent.
  const removed = new Set(
    list.filter((d) => d.target_department_code !== undefined).map((d) => String(d.department_code)),
  );
  const orphan = [...state.departments.values()].some(
    (d) => d.parent_code !== null && removed.has(d.parent_code) && !removed.has(d.department_code),
  );
  return orphan ? '父级部门未找到' : undefined;
}

/**
 * `DELETE /v1/departments` with `{ departments: [{ department_code, target_department_code? }], email }`:
 * a department with a target is merged into it (its users move there) and removed; one without is
 * only marked deleted. Answered `{ code: 0, msg: "成功", success: true, errorMessage: "", data: {} }`;
 * refusals in the same shape with Moka's messages (the sandbox's code for them is 625000).
 */
export function deleteDepartments(state: MokaSandboxState, body: unknown): Response {
  const { departments, email } = (body ?? {}) as { departments?: unknown; email?: unknown };
  if (!Array.isArray(departments) || departments.length === 0) return coded(625000, 'Parameter format is incorrect');
  const list = departments as Deletion[];
  const refused = deletionRefusal(state, list, email);
  if (refused) return coded(625000, refused);
  for (const d of list) {
    const code = String(d.department_code);
    const target = d.target_department_code === undefined ? undefined : String(d.target_department_code);
    if (target === undefined) {
      state.departments.get(code)!.deleted = true;
      continue;
    }
    for (const user of state.users)
      user.departmentCode = [...new Set(user.departmentCode.map((c) => (c === code ? target : c)))];
    state.departments.delete(code);
  }
  return coded(0, '成功');
}
