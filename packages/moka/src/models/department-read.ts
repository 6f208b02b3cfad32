import { z } from 'zod';
import { schemaFor } from '@hr/core/internal';
import type { DepartmentType } from '../constants.js';
import { type LocalizedName, LocalizedNameSchema } from './department-v2.js';
import { optionalNumber, optionalString, stringOrNumber } from './primitives.js';

/**
 * A department as `GET /v1/departments` lists it ("获取全量组织架构": `{ success, departments }`), from
 * Moka's docs as quoted by fxp/skillify `skills/moka/references/ats-org-users.md` §3; a published
 * client calibrated on a tenant reads the same `departments` list (mingyangsun-sketch/moka-mcpserver
 * `tools/departments.py`). Every field is lenient: the docs show no example.
 */
export interface MokaDepartment {
  /** Department name. */
  name?: string | null | undefined;
  /** Moka's id of the department (what `departments.update()` takes as `department_id`). */
  departmentId?: number | null | undefined;
  /** The department's code in your system (`department_code` / `departmentCode` of the writes). */
  departmentCode?: string | number | null | undefined;
  /** The parent's code; null for a first-level department. */
  parentCode?: string | number | null | undefined;
  /** Moka's id of the parent. */
  parentId?: number | null | undefined;
  /**
   * 1 when the department is MARKED DELETED through the API (a full sync that did not list it, or a
   * delete without a merge target): it still exists in Moka until someone merges it away. Compare
   * before a full sync so a diff never mistakes it for a live department.
   */
  deletedByApi?: number | boolean | null | undefined;
  /** Department type: 1 general department, 2 store department. */
  type?: DepartmentType | (number & {}) | null | undefined;
  /** The name in other enabled languages. */
  localizedNames?: LocalizedName[] | null | undefined;
}

/** What `GET /v1/departments` answers. */
export interface MokaDepartmentList {
  /** True on success. */
  success?: boolean | null | undefined;
  /** Every department of the tenant, marked-deleted ones included (see `deletedByApi`). */
  departments?: MokaDepartment[] | null | undefined;
}

export const MokaDepartmentSchema = schemaFor<MokaDepartment>()(
  z.looseObject({
    name: optionalString,
    departmentId: optionalNumber,
    departmentCode: stringOrNumber,
    parentCode: stringOrNumber,
    parentId: optionalNumber,
    deletedByApi: z.union([z.number(), z.boolean()]).nullish(),
    type: (z.number() as z.ZodType<number & {}>).nullish(),
    localizedNames: z.array(LocalizedNameSchema).nullish(),
  }),
);

export const MokaDepartmentListSchema = schemaFor<MokaDepartmentList>()(
  z.looseObject({
    success: z.boolean().nullish(),
    departments: z.array(MokaDepartmentSchema).nullish(),
  }),
);

/** Whether a listed department is marked deleted (`deletedByApi` 1 or true). */
export function isMarkedDeleted(department: MokaDepartment): boolean {
  return department.deletedByApi === 1 || department.deletedByApi === true;
}

/** One department of `departments.delete()` (`DELETE /v1/departments`). */
export interface MokaDepartmentDeletion {
  /** The department's code in your system (required). */
  department_code: string;
  /**
   * Merge target: when given, the department's data moves to this department and the department is
   * deleted; without it, the department is only MARKED deleted (someone must still delete it in Moka).
   */
  target_department_code?: string | undefined;
}

/** The body of `DELETE /v1/departments`. */
export interface MokaDepartmentDeletionBody {
  /** The departments to delete or merge (required, at least one). */
  departments: MokaDepartmentDeletion[];
  /** Email of a user registered in Moka, the operator (required). */
  email: string;
}

const DeletionSchema = schemaFor<MokaDepartmentDeletion>()(
  z.looseObject({
    department_code: z.string({ error: 'is required (the department id in your system)' }).min(1, 'must not be empty'),
    target_department_code: z.string().min(1, 'must not be empty (leave it out to only mark deleted)').optional(),
  }),
);

export const MokaDepartmentDeletionBodySchema = schemaFor<MokaDepartmentDeletionBody>()(
  z
    .looseObject({
      departments: z
        .array(DeletionSchema, { error: 'must be a list of departments' })
        .min(1, 'must list at least one department'),
      email: z
        .string({ error: 'is required (the email of a user registered in Moka)' })
        .regex(/^[^\s@]+@[^\s@]+$/, 'must be an email address (a user registered in Moka)'),
    })
    .superRefine((body, ctx) => {
      const seen = new Map<string, number>();
      body.departments.forEach((d, index) => {
        const first = seen.get(d.department_code);
        if (first !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['departments', index, 'department_code'],
            message: `duplicates the department_code "${d.department_code}" of item ${first}`,
          });
        else seen.set(d.department_code, index);
        if (d.target_department_code === d.department_code)
          ctx.addIssue({
            code: 'custom',
            path: ['departments', index, 'target_department_code'],
            message: 'must name another department (a department cannot be merged into itself)',
          });
      });
    }),
);
