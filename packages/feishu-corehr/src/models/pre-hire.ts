import { z } from 'zod';
import { openEnum, schemaFor } from '@hr/core/internal';
import { type CustomField, CustomFieldSchema, type EnumValue, enumValueSchema } from './common.js';

/**
 * Onboarding statuses: `preboarding` (to be onboarded), `day_one` (ready), `completed`,
 * `withdrawn` (revoked) and `deleted` (the pre-hire was sent back to the offer stage).
 */
export const ONBOARDING_STATUSES = ['preboarding', 'day_one', 'completed', 'withdrawn', 'deleted'] as const;

/** An onboarding status (`onboarding_status.enum_name`). */
export type OnboardingStatus = (typeof ONBOARDING_STATUSES)[number];

/** A cost center a pre-hire's cost is allocated to (`support_cost_center_item`). */
export interface CostCenterRate {
  /** ID of the supported cost center (details from the "Search cost centers" API). */
  cost_center_id?: string | null | undefined;
  /** The allocation percentage (an integer 1–100; all of a pre-hire's rates add up to 100). */
  rate?: number | null | undefined;
}

export const CostCenterRateSchema = schemaFor<CostCenterRate>()(
  z.looseObject({
    cost_center_id: z.string().nullish(),
    rate: z.number().nullish(),
  }),
);

/** A work email address of a pre-hire. */
export interface WorkEmail {
  /** The email address. */
  email?: string | null | undefined;
  /** Whether this is the primary email. */
  is_primary?: boolean | null | undefined;
  /** Whether this email is public. */
  is_public?: boolean | null | undefined;
  /**
   * What the email is used for; the values are defined under "email usage (email_usage)" in Feishu's
   * CoreHR enum constants document.
   */
  email_usage?: EnumValue | null | undefined;
  /** Custom fields of the email. */
  custom_fields?: CustomField[] | null | undefined;
}

const AnyEnumSchema = enumValueSchema(z.string());
const OnboardingStatusSchema = enumValueSchema(openEnum(ONBOARDING_STATUSES));

export const WorkEmailSchema = schemaFor<WorkEmail>()(
  z.looseObject({
    email: z.string().nullish(),
    is_primary: z.boolean().nullish(),
    is_public: z.boolean().nullish(),
    email_usage: AnyEnumSchema.nullish(),
    custom_fields: z.array(CustomFieldSchema).nullish(),
  }),
);

/** A pre-hire as the update endpoint returns it (`pre_hire`). */
export interface PreHire {
  /** Recruitment application ID (details from the Hire "Get application" API). */
  ats_application_id?: string | null | undefined;
  /** Pre-hire ID. */
  id?: string | null | undefined;
  /** Hire date, `YYYY-MM-DD`. */
  hire_date?: string | null | undefined;
  /** Employment type. */
  employee_type?: EnumValue | null | undefined;
  /** Worker number (employee number). */
  worker_id?: string | null | undefined;
  /** Employee type ID (from the "Batch query employee types" API). */
  employee_type_id?: string | null | undefined;
  /** The referenced person (personal information) ID. */
  person_id?: string | null | undefined;
  /** Custom fields. */
  custom_fields?: CustomField[] | null | undefined;
  /** How the pre-hire's cost is split across cost centers. */
  cost_center_rate?: CostCenterRate[] | null | undefined;
  /** Onboarding status: preboarding, day_one, completed, withdrawn or deleted. */
  onboarding_status?: EnumValue<OnboardingStatus> | null | undefined;
}

/** A pre-hire as the list endpoint returns it (`pre_hire_query`). */
export interface PreHireQuery extends PreHire {
  /** Work emails. */
  work_email_list?: WorkEmail[] | null | undefined;
  /** Department ID (from the "Batch query departments" API). */
  department_id?: string | null | undefined;
}

const preHireShape = {
  ats_application_id: z.string().nullish(),
  id: z.string().nullish(),
  hire_date: z.string().nullish(),
  employee_type: AnyEnumSchema.nullish(),
  worker_id: z.string().nullish(),
  employee_type_id: z.string().nullish(),
  person_id: z.string().nullish(),
  custom_fields: z.array(CustomFieldSchema).nullish(),
  cost_center_rate: z.array(CostCenterRateSchema).nullish(),
  onboarding_status: OnboardingStatusSchema.nullish(),
};

export const PreHireSchema = schemaFor<PreHire>()(z.looseObject(preHireShape));

export const PreHireQuerySchema = schemaFor<PreHireQuery>()(
  z.looseObject({
    ...preHireShape,
    work_email_list: z.array(WorkEmailSchema).nullish(),
    department_id: z.string().nullish(),
  }),
);

/** One page of `GET /open-apis/corehr/v1/pre_hires` (the envelope's `data`). */
export interface PreHireQueryPage {
  /** The pre-hires of this page. */
  items?: PreHireQuery[] | null | undefined;
  /** Whether more items follow. */
  has_more?: boolean | null | undefined;
  /** The page token of the next page; returned only when `has_more` is true. */
  page_token?: string | null | undefined;
}

export const PreHireQueryPageSchema = schemaFor<PreHireQueryPage>()(
  z.looseObject({
    items: z.array(PreHireQuerySchema).nullish(),
    has_more: z.boolean().nullish(),
    page_token: z.string().nullish(),
  }),
);

/** The answer of `PATCH /open-apis/corehr/v1/pre_hires/:pre_hire_id` (the envelope's `data`). */
export interface PatchPreHireResult {
  /** The pre-hire after the update. */
  pre_hire?: PreHire | null | undefined;
}

export const PatchPreHireResultSchema = schemaFor<PatchPreHireResult>()(
  z.looseObject({
    pre_hire: PreHireSchema.nullish(),
  }),
);
