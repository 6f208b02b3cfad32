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

/** Moka refuses an organizational write while another is pending: a client sends its own one at a time. */
const ORG_WRITES = 'moka-org-writes';

const replaceAll = defineOperation({
  id: 'departments.replaceAll',
  method: 'PUT',
  path: '/departments',
  body: ReplaceDepartmentsBodySchema,
  response: DepartmentSyncResultSchema,
  serial: ORG_WRITES,
});

const addIncremental = defineOperation({
  id: 'departments.addIncremental',
  method: 'POST',
  path: '/departments/sync/incremental',
  body: AddDepartmentsBodySchema,
  response: MokaAcknowledgementSchema,
  serial: ORG_WRITES,
});

const update = defineOperation({
  id: 'departments.update',
  method: 'POST',
  path: '/departments',
  body: UpdateDepartmentsBodySchema,
  response: MokaAcknowledgementSchema,
  serial: ORG_WRITES,
});

/**
 * Organizational structure. Moka refuses an organizational write while another is pending ("There are
 * currently pending organizational updates, please try again later"): the writes of one client run
 * one at a time, and that answer is retried with backoff (`maxRetries`, default 2), since Moka applied
 * nothing. Each list is checked before sending: `department_code` unique, no two departments of the
 * same name under one parent, no department its own (in)direct parent, `type` 1 or 2, `sequence`
 * 0–10000 with at most two decimals, `name` and `department_code` not empty.
 */
export class Departments extends Resource {
  /**
   * FULL SYNC (`PUT /departments`): makes Moka's organizational structure match `departments`.
   * Departments of the list that Moka lacks are added, those it has are updated (and restored if they
   * were marked deleted), and EVERY DEPARTMENT MISSING FROM THE LIST IS MARKED DELETED (someone must
   * then merge it into another department in Moka to delete it). Send the whole org chart, never a
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
   * Adds departments (`POST /departments/sync/incremental`); departments not in the list are left
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
   * Updates the given departments (`POST /departments`), matched by `department_code`, or by
   * `department_id` (Moka's id) when given, which lets you change a department's `department_code`.
   * Documented errors: those of `addIncremental()`, and code 625011 "department_code(XXX)在系统中已存在"
   * when the new code belongs to another department.
   */
  update(departments: MokaDepartmentUpdateInput[], options?: RequestOptions): APIPromise<MokaAcknowledgement> {
    return this.client.request(update, { body: departments }, options);
  }
}
