import { z } from 'zod';
import { lazySchema } from '@hr/core/internal';
import { type CustomFieldInput } from './patch-pre-hire.js';
import {
  type AddressInput,
  AddressInputSchema,
  CustomFieldInputSchema,
  EmailInputSchema,
  type NationalIdInput,
  NationalIdInputSchema,
  withOnePrimary,
} from './person-input.js';
import { isoDate, nonEmpty, requestSchema } from './rules.js';

// "Create pre-hire" (POST /open-apis/corehr/v2/pre_hires):
// https://open.feishu.cn/document/server-docs/corehr-v1/pre_hire/create. Which fields a tenant
// really requires follows its CoreHR profile settings; the rules below are the ones the page states.

/** The name to write in `basic_info.name` (the preferred name). */
export interface PreHireNameInput {
  /** Full name, e.g. `李一一`. */
  full_name?: string | undefined;
  /** Given name, e.g. `一`. */
  first_name?: string | undefined;
  /** Middle name. */
  middle_name?: string | undefined;
  /** Family name, e.g. `李`. */
  name_primary?: string | undefined;
  /** Given name in the local script, e.g. `一`. */
  local_first_name?: string | undefined;
  /** Middle name in the local script. */
  local_middle_name?: string | undefined;
  /** Family name in the local script, e.g. `李`. */
  local_primary?: string | undefined;
  /** Country / region ID of the name's format ("Search countries / regions" API). */
  country_region_id?: string | undefined;
  /** Custom name in the local script, e.g. `李一一`. */
  custom_local_name?: string | undefined;
  /** Custom name in the Western script, e.g. `YiyiLi`. */
  custom_western_name?: string | undefined;
  /** Alias. */
  additional_name?: string | undefined;
}

/** Personal information of a new pre-hire (`basic_info`, required). */
export interface CreatePreHireBasicInfo {
  /** The preferred name. */
  name?: PreHireNameInput | undefined;
  /** Mobile number, e.g. `138xxxx1234`. */
  phone_number?: string | undefined;
  /** Area code enum of `phone_number`, e.g. `86_china` ("Get field details": object `phone`, field `international_area_code`). */
  international_area_code?: string | undefined;
  /** Personal email, e.g. `someone@example.com`. */
  email?: string | undefined;
  /** Date of birth, `YYYY-MM-DD`. */
  date_of_birth?: string | undefined;
  /** ID number (to be retired: use `national_id_list`; when both are given Feishu ignores `national_id_list`). */
  personal_id_number?: string | undefined;
  /** ID type ID (to be retired like `personal_id_number`). */
  personal_id_type?: string | undefined;
  /** Date the person started working, `YYYY-MM-DD`. */
  date_entered_workforce?: string | undefined;
  /** Gender enum, e.g. `male` ("Get field details": object `person`, field `gender`). */
  gender_id?: string | undefined;
  /** Nationality ID ("Search nationalities" API). */
  nationality_v2_id?: string | undefined;
  /** Employee number, e.g. `DDD00001`; leave it out when the tenant numbers automatically (code 1161050). */
  worker_id?: string | undefined;
  /** Identity documents. */
  national_id_list?: NationalIdInput[] | undefined;
  /** Postal addresses; at most one `is_primary`. */
  address_list?: AddressInput[] | undefined;
  /** Marital status enum, e.g. `single`. */
  marital_status?: string | undefined;
  /** Custom fields of the person object ("List custom fields" API). */
  custom_fields?: CustomFieldInput[] | undefined;
}

/** Job information of a new pre-hire (`offer_info`, required). */
export interface CreatePreHireOfferInfo {
  /** Feishu Hire offer ID; leave it out when not using Feishu Hire. */
  offer_id?: string | undefined;
  /** Employment ID of the offer's HR contact. */
  offer_hr_id?: string | undefined;
  /** Department ID, e.g. `7147562782945478177` ("Batch get departments" API). */
  department_id?: string | undefined;
  /** Direct manager's employment ID. */
  direct_leader_id?: string | undefined;
  /** Job ID. */
  job_id?: string | undefined;
  /** Job family ID. */
  job_family_id?: string | undefined;
  /** Job level ID. */
  job_level_id?: string | undefined;
  /** Probation start, `YYYY-MM-DD`. */
  probation_start_date?: string | undefined;
  /** Probation end, `YYYY-MM-DD`. */
  probation_end_date?: string | undefined;
  /** Contract start, `YYYY-MM-DD`. */
  contract_start_date?: string | undefined;
  /** Contract end, `YYYY-MM-DD`. */
  contract_end_date?: string | undefined;
  /** Onboarding (start) date, `YYYY-MM-DD`, e.g. `2022-10-08`. */
  onboarding_date?: string | undefined;
  /** Onboarding location ID ("List locations" API). */
  onboarding_location_id?: string | undefined;
  /** Office location ID. */
  office_location_id?: string | undefined;
  /** Recruitment source enum, e.g. `experienced_professionals`. */
  recruitment_type_id?: string | undefined;
  /** Probation length, e.g. `6`. */
  probation_period?: number | undefined;
  /** Employee type ID, e.g. `6977973225846343171` ("List employee types" API). */
  employee_type_id?: string | undefined;
  /** Employment type enum, e.g. `employee`; Feishu notes it is in fact required. */
  employment_type_id?: string | undefined;
  /** Work email, e.g. `joshua@example.com`. */
  work_email?: string | undefined;
  /** Onboarding flow ID, e.g. `64377642c0ec3f23c79c6916`. */
  flow_id?: string | undefined;
  /** Check-in date, `YYYY-MM-DD`. */
  check_in_time?: string | undefined;
}

/** The body of `preHires.create()`. */
export interface CreatePreHireBody {
  /** Personal information (required). */
  basic_info: CreatePreHireBasicInfo;
  /** Job information (required). */
  offer_info: CreatePreHireOfferInfo;
  /** Education history entries. */
  education_info?: Record<string, unknown>[] | undefined;
  /** Work history entries. */
  work_experience?: Record<string, unknown>[] | undefined;
  /** Feishu Hire application ID, e.g. `7140946969586010376`. */
  ats_application_id?: string | undefined;
  /**
   * Your unique ID for this pre-hire, which makes the create idempotent: while a pre-hire with this
   * ID exists, creating again returns its `pre_hire_id` and does not apply the new data. Generated
   * (a UUID) when left out and reused on every retry of the call, so a retried create adds one pre-hire.
   */
  out_biz_id?: string | undefined;
}

const optionalDate = isoDate.optional();

export const CreatePreHireBodySchema = lazySchema(() =>
  requestSchema<CreatePreHireBody>()(
    z.looseObject({
      basic_info: z.looseObject({
        email: z.email('must be an email address').optional(),
        date_of_birth: optionalDate,
        date_entered_workforce: optionalDate,
        expected_graduate_date: optionalDate,
        national_id_list: z.array(NationalIdInputSchema()).optional(),
        address_list: withOnePrimary(AddressInputSchema()).optional(),
        emergency_contact_list: z
          .array(z.looseObject({ email: z.array(EmailInputSchema()).optional() }))
          .superRefine((items, ctx) => {
            const primaries = items.filter((item) => item.is_primary === true).length;
            if (primaries > 1)
              ctx.addIssue({ code: 'custom', message: 'only one emergency contact may have is_primary true' });
          })
          .optional(),
        bank_account_list: z
          .array(
            z.looseObject({
              bank_account_number: nonEmpty('the bank account number'),
              account_holder: nonEmpty('the account holder'),
            }),
          )
          .optional(),
        custom_fields: z.array(CustomFieldInputSchema()).optional(),
      }),
      offer_info: z.looseObject({
        work_email: z.email('must be an email address').optional(),
        probation_start_date: optionalDate,
        probation_end_date: optionalDate,
        contract_start_date: optionalDate,
        contract_end_date: optionalDate,
        onboarding_date: optionalDate,
        check_in_time: optionalDate,
        cost_center_rates: z
          .array(z.looseObject({ cost_center_id: z.string().optional(), rate: z.number().int().optional() }))
          .optional(),
        custom_fields: z.array(CustomFieldInputSchema()).optional(),
      }),
      out_biz_id: nonEmpty('your unique ID of the pre-hire').optional(),
    }),
  ),
);
