import { type APIPromise, type RequestOptions } from '@hr/core';
import { Resource, defineOperation } from '@hr/core/internal';
import {
  AddDepartmentsBodySchema,
  type DepartmentSyncResult,
  DepartmentSyncResultSchema,
  type MokaDepartmentInput,
  type MokaDepartmentUpdateInput,
  ReplaceDepartmentsBodySchema,
  UpdateDepartmentsBodySchema,
} from '../models/department.js';
import { type MokaAcknowledgement, MokaAcknowledgementSchema } from '../models/acknowledgement.js';
import {
  type MokaDepartment,
  type MokaDepartmentDeletionBody,
  MokaDepartmentDeletionBodySchema,
  MokaDepartmentListSchema,
} from '../models/department-read.js';
import { DepartmentsV2, ORG_WRITES } from './departments-v2.js';
import { MOKA_DEFAULT_RATE_LIMIT } from '../rate-limit.js';

const list = defineOperation({
  id: 'departments.list',
  method: 'GET',
  path: '/v1/departments',
  response: MokaDepartmentListSchema,
  rateLimit: MOKA_DEFAULT_RATE_LIMIT,
});

const remove = defineOperation({
  id: 'departments.delete',
  method: 'DELETE',
  path: '/v1/departments',
  body: MokaDepartmentDeletionBodySchema,
  response: MokaAcknowledgementSchema,
  serial: ORG_WRITES,
  rateLimit: MOKA_DEFAULT_RATE_LIMIT,
});

const replaceAll = defineOperation({
  id: 'departments.replaceAll',
  method: 'PUT',
  path: '/v1/departments',
  body: ReplaceDepartmentsBodySchema,
  response: DepartmentSyncResultSchema,
  serial: ORG_WRITES,
});

const addIncremental = defineOperation({
  id: 'departments.addIncremental',
  method: 'POST',
  path: '/v1/departments/sync/incremental',
  body: AddDepartmentsBodySchema,
  response: MokaAcknowledgementSchema,
  serial: ORG_WRITES,
});

const update = defineOperation({
  id: 'departments.update',
  method: 'POST',
  path: '/v1/departments',
  body: UpdateDepartmentsBodySchema,
  response: MokaAcknowledgementSchema,
  serial: ORG_WRITES,
});

/**
 * Organizational structure: `list()` reads it; `replaceAll()`, `addIncremental()` and `update()` write
 * through v1 (`department_code`, `parent_code`), `v2.*` through v2 (`departmentCode`, `parentCode`
 * "0" for a first-level department, `localizedNames`, `operatorEmail`); `delete()` marks deleted or
 * merges. Moka's integration guide says v1 is fine for the org chart (and recommends the full sync);
 * v2 is the current contract, with translated names. Moka refuses an organizational write while another is pending ("There are
 * currently pending organizational updates, please try again later"): the writes of one client run
 * one at a time, and that answer is retried with backoff (`maxRetries`, default 2), since Moka applied
 * nothing. Each list is checked before sending: `department_code` unique, no two departments of the
 * same name under one parent, no department its own (in)direct parent, `type` 1 or 2, `sequence`
 * 0–10000 with at most two decimals, `name` and `department_code` not empty.
 */
export class Departments extends Resource {
  /** The v2 organizational writes (`/v2/departments`). */
  readonly v2: DepartmentsV2 = new DepartmentsV2(this.client);

  /**
   * Reads every department (`GET /v1/departments`, answered `{ success: true, departments }`):
   * `name`, `departmentId` (Moka's id), `departmentCode`, `parentCode` (null for a first-level
   * department), `parentId`, `type`, `localizedNames`, and `deletedByApi` (1 when MARKED DELETED: it
   * still exists until merged away; see `isMarkedDeleted()`). Read it before a full sync: departments
   * the chart lacks and Moka holds live are the ones the sync will mark deleted.
   */
  async list(options?: RequestOptions): Promise<MokaDepartment[]> {
    const answer = await this.client.request(list, {}, options);
    return answer.departments ?? [];
  }

  /**
   * Deletes departments (`DELETE /v1/departments` with `{ departments, email }`). With a
   * `target_department_code`, the department's data is merged into that department and the
   * department deleted; without one, it is only MARKED deleted (someone must still delete it in
   * Moka). `email` is a user registered in Moka, the operator. Checked before sending: at least one
   * department, codes not empty and not repeated, no department merged into itself, `email` an email.
   * Documented answers: success `{ code: 0, msg: "成功", success: true }`; code 625011
   * "department_code(XXX)在系统中已存在"; "当前有未处理完的组织架构更新,请稍后再试" (pending, retried);
   * "父级部门未找到"; "部门的父级部门不能直接(间接)为自身"; "部门名称XXX,父编号XXX的部门名称已存在";
   * "系统中不存在email为XXX的用户"; "department_code: XXX 在系统中不存在" (docs/moka.md lists them).
   */
  delete(body: MokaDepartmentDeletionBody, options?: RequestOptions): APIPromise<MokaAcknowledgement> {
    return this.client.request(remove, { body }, options);
  }

  /**
   * FULL SYNC (`PUT /v1/departments`): makes Moka's organizational structure match `departments`.
   * Departments of the list that Moka lacks are added, those it has are updated (and restored if they
   * were marked deleted), and EVERY DEPARTMENT MISSING FROM THE LIST IS MARKED DELETED (someone must
   * then merge it into another department, by hand or with `delete()`). Send the whole org chart, never a
   * part of it: use `addIncremental()` or `update()` for partial changes. Every `parent_code` must be
   * in the list, or empty / null for a first-level department; an empty list is refused.
   *
   * Resolves with the counts `{ new, delete, update }`. Documented errors: "Duplicated department ID",
   * "Duplicated department", "Parent department not found", "A department's parent department cannot
   * be itself directly (indirectly)" (all checked before sending).
   */
  replaceAll(departments: MokaDepartmentInput[], options?: RequestOptions): APIPromise<DepartmentSyncResult> {
    return this.client.request(replaceAll, { body: departments }, options);
  }

  /**
   * Adds departments (`POST /v1/departments/sync/incremental`); departments not in the list are left
   * alone. A `parent_code` may name a department already in Moka. Documented errors: "There are
   * currently pending organizational updates, please try again later" (retried), "Department name:
   * XXX, The department number of number XXX is duplicated" (the department exists already: use
   * `update()`), "Parent department not found", "A department's parent department cannot be itself
   * directly (indirectly)", "Department name XXX, the department name of parent number XXX already
   * exists".
   */
  addIncremental(departments: MokaDepartmentInput[], options?: RequestOptions): APIPromise<MokaAcknowledgement> {
    return this.client.request(addIncremental, { body: departments }, options);
  }

  /**
   * Updates the given departments (`POST /v1/departments`), matched by `department_code`, or by
   * `department_id` (Moka's id) when given, which lets you change a department's `department_code`.
   * Documented errors: those of `addIncremental()`, and code 625011 "department_code(XXX)在系统中已存在"
   * when the new code belongs to another department.
   */
  update(departments: MokaDepartmentUpdateInput[], options?: RequestOptions): APIPromise<MokaAcknowledgement> {
    return this.client.request(update, { body: departments }, options);
  }
}
