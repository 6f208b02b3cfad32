import { z } from 'zod';
import { ONBOARDING_STATUSES, type OnboardingStatus, type PreHireQuery } from './pre-hire.js';
import { isoDate, jsonString, nonEmpty } from './rules.js';

/** A custom field to write: its name and its JSON-encoded value. */
export interface CustomFieldInput {
  /** The field name, e.g. `name`. */
  field_name: string;
  /**
   * The field value as a JSON-encoded string; its format depends on the field's metadata (e.g. `123`,
   * `123.23`, `"true"`, `["id1","id2"]`, `"2006-01-02 15:04:05"`). Build it with `encodeCustomFieldValue()`.
   */
  value: string;
}

/** A cost center share to write (`support_cost_center_item`). */
export interface CostCenterRateInput {
  /** ID of the supported cost center, e.g. `6950635856373745165`. */
  cost_center_id: string;
  /** The allocation percentage: an integer from 1 to 100; the rates of all cost centers must add up to 100. */
  rate: number;
}

/** The fields of `preHires.patch()` (every field is optional: only those given are updated). */
export interface PatchPreHireBody {
  /** Recruitment application ID, from the Hire "Get application" API (only available to some tenants). */
  ats_application_id?: string | undefined;
  /** Hire date, `YYYY-MM-DD`, e.g. `2020-01-01`. */
  hire_date?: string | undefined;
  /** Employment type. */
  employee_type?: { /** The enum value, e.g. `type_1`. */ enum_name: string } | undefined;
  /** Worker number, e.g. `1245646`. */
  worker_id?: string | undefined;
  /** Employee type ID, e.g. `正式` (regular). */
  employee_type_id?: string | undefined;
  /** The referenced person ID, e.g. `656464648662`. */
  person_id?: string | undefined;
  /** Custom fields. */
  custom_fields?: CustomFieldInput[] | undefined;
  /**
   * Cost center allocation: no duplicate `cost_center_id`, integer rates 1–100 adding up to 100.
   * An empty list clears the allocation.
   */
  cost_center_rate?: CostCenterRateInput[] | undefined;
  /** Onboarding status: preboarding, deleted, day_one, withdrawn or completed. */
  onboarding_status?: { /** The status. */ enum_name: OnboardingStatus } | undefined;
}

const CostCenterRateInputSchema = z.looseObject({
  cost_center_id: nonEmpty('the cost center ID'),
  rate: z
    .number()
    .int('must be an integer from 1 to 100 (Feishu code 1161020)')
    .min(1, 'must be an integer from 1 to 100 (Feishu code 1161020)')
    .max(100, 'must be an integer from 1 to 100 (Feishu code 1161020)'),
});

/**
 * Cost center rules Feishu checks server-side (codes 1161019 and 1161023), checked before sending.
 * An empty list is accepted: it clears the allocation (Feishu's page refuses none of it: 1161021 is
 * "incomplete cost center data", an item missing its ID or rate), and the sum rule applies only to
 * a non-empty list.
 */
const CostCenterRatesSchema = z.array(CostCenterRateInputSchema).superRefine((rates, ctx) => {
  if (rates.length === 0) return;
  const seen = new Map<string, number>();
  rates.forEach((item, index) => {
    const first = seen.get(item.cost_center_id);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'cost_center_id'],
        message: `duplicates cost_center_rate.${first}.cost_center_id "${item.cost_center_id}": each cost center may appear once (Feishu code 1161019)`,
      });
    } else {
      seen.set(item.cost_center_id, index);
    }
  });
  const total = rates.reduce((sum, item) => sum + item.rate, 0);
  if (total !== 100) {
    ctx.addIssue({
      code: 'custom',
      path: [],
      message: `rates must add up to 100, got ${total} (Feishu code 1161023)`,
    });
  }
});

/** An enum object: only `enum_name` is read; `display` and other keys of a read value are sent as given. */
const enumInput = <S extends z.ZodType>(name: S) => z.looseObject({ enum_name: name });

/**
 * Values read from `list()` may be `null` where Feishu has none: a `null` is left out of the
 * request (it means "no value", and PATCH only changes the fields it carries).
 */
const withoutNulls = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null))
    : value;

export const PatchPreHireBodySchema = z.preprocess(
  withoutNulls,
  z.looseObject({
    ats_application_id: nonEmpty('the recruitment application ID').optional(),
    hire_date: isoDate.optional(),
    employee_type: enumInput(nonEmpty('the employment type')).optional(),
    worker_id: nonEmpty('the worker number').optional(),
    employee_type_id: nonEmpty('the employee type ID').optional(),
    person_id: nonEmpty('the person ID').optional(),
    custom_fields: z
      .array(z.looseObject({ field_name: nonEmpty('the custom field name'), value: jsonString }))
      .optional(),
    cost_center_rate: CostCenterRatesSchema.optional(),
    onboarding_status: enumInput(z.enum(ONBOARDING_STATUSES)).optional(),
  }),
);

/**
 * What `preHires.patch()` accepts: the documented update fields, or a pre-hire read from `list()`
 * sent back unchanged (its `id`, `work_email_list`, `department_id` and enum `display` values are
 * sent as given; its `null` values are left out).
 */
export type PatchPreHireInput = PatchPreHireBody | PreHireQuery;
