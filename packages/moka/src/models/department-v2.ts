import { z } from 'zod';
import { schemaFor } from '@hr/core/internal';
import type { DepartmentType } from '../constants.js';
import type { DepartmentNode, DepartmentRule } from './department-rules.js';
import { type DepartmentSyncResult, DepartmentSyncResultSchema, addListIssues, sequenceRule } from './department.js';

/**
 * The v2 organizational structure endpoints (`PUT /v2/departments` full sync, `POST
 * /v2/departments/sync/incremental`, `POST /v2/departments` update), from Moka's docs
 * (https://mokahr.moyincloud.com/d/1687298464318255105.html for the full sync; the index
 * https://mokahr.moyincloud.com/d/1631551948393103362.html for all three; the current field table,
 * with `localizedNames` and `operatorEmail`, as quoted by fxp/skillify
 * `skills/moka/references/ats-org-users.md` §4–6). The body is `{ departments, operatorEmail }`, fields
 * in camelCase, and a first-level department's `parentCode` is the string `"0"`.
 */

/** The `parentCode` of a first-level department in the v2 endpoints. */
export const TOP_LEVEL_PARENT_CODE = '0';

/** A department name in another language (`localizedNames[]`). */
export interface LocalizedName {
  /** The language, e.g. `en-US`: only languages enabled for the tenant (`name` is zh-CN). */
  locale: string;
  /** The name in that language. */
  propValue: string;
}

/** One department of the v2 endpoints (`departments[]`). */
export interface MokaDepartmentV2Input {
  /** Department name (required). Two departments under the same parent may not share a name. */
  name: string;
  /** Department id in your system (required, unique in the list): Moka's key for departments. */
  departmentCode: string;
  /** `departmentCode` of the parent (required); `"0"` for a first-level department. Not the department itself, directly or not. */
  parentCode: string;
  /** Department type: 1 general department (the default), 2 store department. */
  type?: DepartmentType | undefined;
  /** Sorting position: 0 to 10000 with at most two decimals, small first (ties by creation time); empty sorts last. */
  sequence?: number | null | undefined;
  /** The name in other enabled languages. */
  localizedNames?: LocalizedName[] | undefined;
}

/** One department of `departments.v2.update()`: `departmentId` (Moka's id) re-keys a department. */
export interface MokaDepartmentV2UpdateInput extends MokaDepartmentV2Input {
  /**
   * The department's id in Moka. When given, the department with this id is updated first, so its
   * `departmentCode` can change. (Moka's index page words it `department_id`, as in v1; the v2 field
   * table says `departmentId`.)
   */
  departmentId?: number | undefined;
}

/** The body of the v2 department writes. */
export interface MokaDepartmentsV2Body<D extends MokaDepartmentV2Input = MokaDepartmentV2Input> {
  /** The departments (required; for `replaceAll` the WHOLE chart). */
  departments: D[];
  /** Email of the operator in Moka, recorded in its log. */
  operatorEmail?: string | undefined;
}

/** What the v2 writes answer: `{ code: 0 | 200, msg, data }`; the full sync's `data.result` counts the changes. */
export interface MokaDepartmentV2Answer {
  /** 0 or 200 on success (Moka's example says 0, its field table 200). */
  code?: string | number | null | undefined;
  /** Status text, e.g. `success`. */
  msg?: string | null | undefined;
  /** The full sync's counts in `result` (the incremental and update answers carry no data). */
  data?:
    | {
        /** What a full sync changed. */
        result?: DepartmentSyncResult | null | undefined;
      }
    | null
    | undefined;
}

export const LocalizedNameSchema = schemaFor<LocalizedName>()(
  z.looseObject({
    locale: z.string({ error: 'is required (a language code such as en-US)' }).min(1, 'must not be empty'),
    propValue: z.string({ error: 'is required (the name in that language)' }).min(1, 'must not be empty'),
  }),
);

const v2Fields = {
  name: z.string({ error: 'is required (the department name)' }).min(1, 'must not be empty'),
  departmentCode: z.string({ error: 'is required (the department id in your system)' }).min(1, 'must not be empty'),
  parentCode: z
    .string({ error: 'is required: the parent departmentCode, or "0" for a first-level department' })
    .min(1, 'must not be empty: the parent departmentCode, or "0" for a first-level department'),
  type: z
    .union([z.literal(1), z.literal(2)], { error: 'must be 1 (general department) or 2 (store department)' })
    .optional(),
  sequence: sequenceRule,
  localizedNames: z.array(LocalizedNameSchema, { error: 'must be a list of { locale, propValue }' }).optional(),
};

export const MokaDepartmentV2InputSchema = schemaFor<MokaDepartmentV2Input>()(z.looseObject(v2Fields));

export const MokaDepartmentV2UpdateInputSchema = schemaFor<MokaDepartmentV2UpdateInput>()(
  z.looseObject({
    ...v2Fields,
    departmentId: z.number().int('must be an integer (the department id in Moka)').optional(),
  }),
);

/** The v2 fields the v1 list rules read, named as v1 names them. */
function asNode(d: MokaDepartmentV2Input): DepartmentNode {
  return {
    name: d.name,
    department_code: d.departmentCode,
    parent_code: d.parentCode === TOP_LEVEL_PARENT_CODE ? null : d.parentCode,
  };
}

const V2_FIELD = { department_code: 'departmentCode', parent_code: 'parentCode', name: 'name' } as const;

/** Moka's v2 messages for each rule (the Chinese docs' wording). */
const V2_MESSAGE: Record<DepartmentRule, string> = {
  duplicate_code: '部门 ID 重复',
  duplicate_name: '部门重复',
  parent_not_found: '父级部门未找到',
  cycle: '部门的父级部门不能直接(间接)为自身',
};

function v2ListRules(parentsInList: boolean) {
  return (list: MokaDepartmentV2Input[], ctx: z.RefinementCtx) =>
    addListIssues(list.map(asNode), ctx, {
      parentsInList,
      vendorMessages: V2_MESSAGE,
      pathOf: (problem) => ['departments', problem.index, V2_FIELD[problem.field]],
      reword: (message) => message.replaceAll('department_code', 'departmentCode').replace('"" / null', '"0"'),
    });
}

const operatorEmail = z
  .string()
  .regex(/^[^\s@]+@[^\s@]+$/, 'must be an email address')
  .optional();
const nonEmpty = 'must list at least one department';

function v2Body<S extends z.ZodType<MokaDepartmentV2Input>>(item: S, parentsInList: boolean, emptyNote: string) {
  return z
    .looseObject({
      departments: z.array(item, { error: 'must be a list of departments' }).min(1, `${nonEmpty}${emptyNote}`),
      operatorEmail,
    })
    .superRefine((body, ctx) => v2ListRules(parentsInList)(body.departments as MokaDepartmentV2Input[], ctx));
}

/** Body of `PUT /v2/departments` (full sync): every parent in the list, or `"0"`. */
export const ReplaceDepartmentsV2BodySchema = v2Body(
  MokaDepartmentV2InputSchema,
  true,
  ' (an empty full sync would mark every department deleted)',
);

/** Body of `POST /v2/departments/sync/incremental`: parents may be departments already in Moka. */
export const AddDepartmentsV2BodySchema = v2Body(MokaDepartmentV2InputSchema, false, '');

/** Body of `POST /v2/departments` (update): parents may be departments already in Moka. */
export const UpdateDepartmentsV2BodySchema = v2Body(MokaDepartmentV2UpdateInputSchema, false, '');

export const MokaDepartmentV2AnswerSchema = schemaFor<MokaDepartmentV2Answer>()(
  z.looseObject({
    code: z.union([z.string(), z.number()]).nullish(),
    msg: z.string().nullish(),
    data: z.looseObject({ result: DepartmentSyncResultSchema.nullish() }).nullish(),
  }),
);
