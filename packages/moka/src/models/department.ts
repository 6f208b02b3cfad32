import { z } from 'zod';
import { schemaFor } from '@hr/core/internal';
import type { DepartmentType } from '../constants.js';
import {
  type DepartmentNode,
  type DepartmentProblem,
  type DepartmentRule,
  departmentListProblems,
} from './department-rules.js';

/** One department of the organizational structure endpoints. */
export interface MokaDepartmentInput {
  /** Department name (required). Two departments under the same parent may not share a name. */
  name: string;
  /** Department id in your system (required, unique in the list): Moka's primary key for departments. */
  department_code: string;
  /**
   * `department_code` of the parent department (required key); an empty string or null makes it a
   * first-level department. A department may not be its own (direct or indirect) parent.
   */
  parent_code: string | null;
  /** Department type: 1 general department (the default), 2 store department. */
  type?: DepartmentType | undefined;
  /**
   * Sorting position: a number from 0 to 10000 with at most two decimals, sorted from small to large
   * (ties by creation time). Empty (absent or null) sorts last.
   */
  sequence?: number | null | undefined;
}

/** One department of `departments.update()` (`POST /departments`). */
export interface MokaDepartmentUpdateInput extends MokaDepartmentInput {
  /**
   * The department's id in Moka. When given, the department with this id is updated first, so
   * `department_code` can be changed (re-keyed).
   */
  department_id?: number | undefined;
}

/** What a full organizational sync changed (`result` of `PUT /departments`). */
export interface DepartmentSyncResult {
  /** Number of departments added. */
  new: number;
  /** Number of departments marked deleted (present in Moka, missing from the list). */
  delete: number;
  /** Number of departments updated. */
  update: number;
}

/** Whether a number has at most two decimals (0.06 and 1.68 do; 0.005 does not). */
function hasAtMostTwoDecimals(value: number): boolean {
  const scaled = value * 100;
  return Math.abs(scaled - Math.round(scaled)) < 1e-7;
}

/** Moka's `sequence` rule: 0 to 10000 with at most two decimals; empty (null or absent) sorts last. */
export const sequenceRule = z
  .number({ error: 'must be a number' })
  .min(0, 'must be between 0 and 10000')
  .max(10000, 'must be between 0 and 10000')
  .refine(hasAtMostTwoDecimals, 'must have at most two decimals')
  .nullish();

const departmentFields = {
  name: z.string({ error: 'is required (the department name)' }).min(1, 'must not be empty'),
  department_code: z.string({ error: 'is required (the department id in your system)' }).min(1, 'must not be empty'),
  parent_code: z.union([z.string(), z.null()], {
    error: 'is required: the parent department_code, or "" / null for a first-level department',
  }),
  type: z
    .union([z.literal(1), z.literal(2)], { error: 'must be 1 (general department) or 2 (store department)' })
    .optional(),
  sequence: sequenceRule,
};

export const MokaDepartmentInputSchema = schemaFor<MokaDepartmentInput>()(z.looseObject(departmentFields));

export const MokaDepartmentUpdateInputSchema = schemaFor<MokaDepartmentUpdateInput>()(
  z.looseObject({
    ...departmentFields,
    department_id: z.number().int('must be an integer (the department id in Moka)').optional(),
  }),
);

/** Vendor messages quoted next to each rule, so users can match them with Moka's docs. */
const VENDOR_MESSAGE: Record<DepartmentRule, string> = {
  duplicate_code: 'Duplicated department ID',
  duplicate_name: 'Duplicated department',
  parent_not_found: 'Parent department not found',
  cycle: "A department's parent department cannot be itself directly (indirectly)",
};

/** How a department list names its fields and quotes Moka, for {@link addListIssues}. */
export interface ListWording {
  /** The documented rules of a full sync (every parent in the list) or of an incremental write. */
  parentsInList: boolean;
  /** Moka's message for each rule, quoted after the SDK's own. */
  vendorMessages: Record<DepartmentRule, string>;
  /** The issue path of a problem (default: its index and the v1 field). */
  pathOf?: (problem: DepartmentProblem) => PropertyKey[];
  /** Rewrites the SDK's explanation (e.g. in the v2 field names). */
  reword?: (message: string) => string;
}

/** Adds an issue for each documented rule `nodes` break (the pure check is `departmentListProblems`). */
export function addListIssues(nodes: readonly DepartmentNode[], ctx: z.RefinementCtx, wording: ListWording): void {
  const { parentsInList, vendorMessages, pathOf = (p) => [p.index, p.field], reword = (m) => m } = wording;
  for (const problem of departmentListProblems(nodes, { parentsInList })) {
    ctx.addIssue({
      code: 'custom',
      path: pathOf(problem),
      message: `${reword(problem.message)} (Moka: "${vendorMessages[problem.rule]}")`,
    });
  }
}

function listRules(parentsInList: boolean) {
  return (list: MokaDepartmentInput[], ctx: z.RefinementCtx) =>
    addListIssues(list, ctx, { parentsInList, vendorMessages: VENDOR_MESSAGE });
}

const nonEmpty = 'must list at least one department';

/** Body of `PUT /departments` (full sync): every parent in the list. */
export const ReplaceDepartmentsBodySchema = z
  .array(MokaDepartmentInputSchema)
  .min(1, `${nonEmpty} (an empty full sync would mark every department deleted)`)
  .superRefine(listRules(true));

/** Body of `POST /departments/sync/incremental`: parents may be departments already in Moka. */
export const AddDepartmentsBodySchema = z
  .array(MokaDepartmentInputSchema)
  .min(1, nonEmpty)
  .superRefine(listRules(false));

/** Body of `POST /departments` (update): parents may be departments already in Moka. */
export const UpdateDepartmentsBodySchema = z
  .array(MokaDepartmentUpdateInputSchema)
  .min(1, nonEmpty)
  .superRefine(listRules(false));

export const DepartmentSyncResultSchema = schemaFor<DepartmentSyncResult>()(
  z.looseObject({
    new: z.number(),
    delete: z.number(),
    update: z.number(),
  }),
);
