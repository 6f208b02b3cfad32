import { HttpResponse } from 'msw';
import type { MokaSandboxState } from './state.js';
import { type DepartmentInfo, PENDING, addList, fullSync, updateList } from './sync-departments.js';

/** A v2 department as sent (camelCase, `parentCode: "0"` for a first-level department). */
interface DepartmentV2Info {
  name: string;
  departmentCode: string;
  parentCode: string;
  type?: number;
  sequence?: number | null;
  departmentId?: number;
  localizedNames?: { locale: string; propValue: string }[];
}

/** The v2 body's departments in the v1 shape the sandbox's org logic reads; undefined when malformed. */
function asV1List(body: unknown): DepartmentInfo[] | undefined {
  const departments = (body as { departments?: unknown } | undefined)?.departments;
  const valid =
    Array.isArray(departments) &&
    departments.every(
      (d) =>
        typeof d === 'object' &&
        d !== null &&
        typeof d.name === 'string' &&
        typeof d.departmentCode === 'string' &&
        typeof d.parentCode === 'string',
    );
  if (!valid) return undefined;
  return (departments as DepartmentV2Info[]).map((d) => ({
    name: d.name,
    department_code: d.departmentCode,
    parent_code: d.parentCode === '0' ? null : d.parentCode,
    type: d.type,
    sequence: d.sequence,
    department_id: d.departmentId,
    localizedNames: d.localizedNames,
  }));
}

/** Moka's v2 failure `{ code: -1, msg }` (the docs' failure example is `{ "code": -1, "msg": "false" }`). */
const refusedV2 = (message: string) => HttpResponse.json({ code: -1, msg: message });
const okV2 = (state: MokaSandboxState, data?: unknown) =>
  HttpResponse.json({ code: state.v2DepartmentSuccessCode, msg: 'success', ...(data === undefined ? {} : { data }) });

/** The pending answer of the v2 writes. */
export const pendingV2 = () => refusedV2(PENDING);

/** `PUT /v2/departments`: full sync, answered `{ code, msg: "success", data: { result: { new, delete, update } } }`. */
export function replaceDepartmentsV2(state: MokaSandboxState, body: unknown): Response {
  const list = asV1List(body);
  if (!list) return refusedV2('Parameter format is incorrect');
  const outcome = fullSync(state, list);
  return 'refused' in outcome ? refusedV2(outcome.refused) : okV2(state, { result: outcome.result });
}

/** `POST /v2/departments/sync/incremental`: adds departments. */
export function addDepartmentsV2(state: MokaSandboxState, body: unknown): Response {
  const list = asV1List(body);
  if (!list) return refusedV2('Parameter format is incorrect');
  const refused = addList(state, list);
  return refused ? refusedV2(refused) : okV2(state);
}

/** `POST /v2/departments`: updates departments by `departmentId`, else `departmentCode` (625011 for a code taken). */
export function updateDepartmentsV2(state: MokaSandboxState, body: unknown): Response {
  const list = asV1List(body);
  if (!list) return refusedV2('Parameter format is incorrect');
  const refused = updateList(state, list);
  return refused ? HttpResponse.json({ code: refused.code, msg: refused.message }) : okV2(state);
}
