import { type APIPromise, type RequestOptions } from '@hr/core';
import { Resource, defineOperation } from '@hr/core/internal';
import {
  AddDepartmentsV2BodySchema,
  type MokaDepartmentV2Answer,
  MokaDepartmentV2AnswerSchema,
  type MokaDepartmentV2Input,
  type MokaDepartmentV2UpdateInput,
  type MokaDepartmentsV2Body,
  ReplaceDepartmentsV2BodySchema,
  UpdateDepartmentsV2BodySchema,
} from '../models/department-v2.js';
import { MOKA_DEFAULT_RATE_LIMIT } from '../rate-limit.js';

/** Moka refuses an organizational write while another is pending: a client sends its own one at a time. */
export const ORG_WRITES = 'moka-org-writes';

const replaceAll = defineOperation({
  id: 'departments.v2.replaceAll',
  method: 'PUT',
  path: '/v2/departments',
  body: ReplaceDepartmentsV2BodySchema,
  response: MokaDepartmentV2AnswerSchema,
  serial: ORG_WRITES,
  rateLimit: MOKA_DEFAULT_RATE_LIMIT,
});

const addIncremental = defineOperation({
  id: 'departments.v2.addIncremental',
  method: 'POST',
  path: '/v2/departments/sync/incremental',
  body: AddDepartmentsV2BodySchema,
  response: MokaDepartmentV2AnswerSchema,
  serial: ORG_WRITES,
  rateLimit: MOKA_DEFAULT_RATE_LIMIT,
});

const update = defineOperation({
  id: 'departments.v2.update',
  method: 'POST',
  path: '/v2/departments',
  body: UpdateDepartmentsV2BodySchema,
  response: MokaDepartmentV2AnswerSchema,
  serial: ORG_WRITES,
  rateLimit: MOKA_DEFAULT_RATE_LIMIT,
});

/**
 * The v2 organizational writes (`/v2/departments`): `{ departments, operatorEmail }`, fields in
 * camelCase, `parentCode: "0"` for a first-level department, and `localizedNames` for the names in
 * other languages. Answered `{ code: 0 | 200, msg, data }`. Each list is checked before sending:
 * `departmentCode` unique, no two departments of one name under one parent, no department its own
 * (in)direct parent, `type` 1 or 2, `sequence` 0–10000 with at most two decimals, `name`,
 * `departmentCode` and `parentCode` not empty, `operatorEmail` an email. The writes of one client (v1
 * and v2) run one at a time; "pending organizational updates" is retried with backoff.
 */
export class DepartmentsV2 extends Resource {
  /**
   * FULL SYNC (`PUT /v2/departments`): Moka's chart becomes `departments`. Departments Moka lacks are
   * added, those it has updated (and restored if marked deleted), and EVERY DEPARTMENT MISSING FROM
   * THE LIST IS MARKED DELETED (to be merged away by hand, or with `departments.delete()`). Every
   * `parentCode` must be in the list, or `"0"`. Resolves Moka's answer; `data.result` counts
   * `{ new, delete, update }`: an unexpected `delete` count means the chart was incomplete. Documented
   * errors: "部门 ID 重复", "部门重复", "父级部门未找到", "部门的父级部门不能直接(间接)为自身" (all
   * checked before sending).
   */
  replaceAll(body: MokaDepartmentsV2Body, options?: RequestOptions): APIPromise<MokaDepartmentV2Answer> {
    return this.client.request(replaceAll, { body }, options);
  }

  /**
   * Adds departments (`POST /v2/departments/sync/incremental`); departments not in the list are left
   * alone, and a `parentCode` may name a department already in Moka (send parents before children).
   * Documented errors: "部门名称: XXX, 编号XXX的部门编号重复" (it exists already: use `update()`),
   * "父级部门未找到", the same name under one parent, and "pending organizational updates" (retried).
   */
  addIncremental(
    body: MokaDepartmentsV2Body<MokaDepartmentV2Input>,
    options?: RequestOptions,
  ): APIPromise<MokaDepartmentV2Answer> {
    return this.client.request(addIncremental, { body }, options);
  }

  /**
   * Updates the given departments (`POST /v2/departments`), matched by `departmentCode`, or by
   * `departmentId` (Moka's id) when given, which lets a department's code change. Code 625011
   * "department_code(XXX)在系统中已存在" means the new code belongs to another department.
   */
  update(
    body: MokaDepartmentsV2Body<MokaDepartmentV2UpdateInput>,
    options?: RequestOptions,
  ): APIPromise<MokaDepartmentV2Answer> {
    return this.client.request(update, { body }, options);
  }
}
