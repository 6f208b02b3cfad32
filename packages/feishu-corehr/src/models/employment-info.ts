import { z } from 'zod';
import { lazySchema, schemaFor } from '@hr/core/internal';
import { type EnumValue, enumValueSchema } from './common.js';
import { type CustomFieldValue, CustomFieldValueSchema } from './custom-field-v2.js';

// The job and employment blocks of a v2 pre-hire, as "Query pre-hires" and "Search pre-hires"
// return them: https://open.feishu.cn/document/corehr-v1/pre_hire/query. Only the fields named in
// the request's `fields` come back; fields Feishu documents beyond these are kept as sent.

const AnyEnum = lazySchema(() => enumValueSchema(z.string()));

/** A cost center share of a v2 pre-hire (`cost_center_rates[]`; Feishu marks it to be replaced by `cost_allocation`). */
export interface CostCenterShare {
  /** Cost center ID, e.g. `6950635856373745165` ("Search cost centers" API). */
  cost_center_id?: string | null | undefined;
  /** Integer share in percent, e.g. `100`. */
  rate?: number | null | undefined;
  /** Share with decimals, e.g. `50.2`. */
  new_rate?: number | null | undefined;
}

export const CostCenterShareSchema = lazySchema(() =>
  schemaFor<CostCenterShare>()(
    z.looseObject({
      cost_center_id: z.string().nullish(),
      rate: z.number().nullish(),
      new_rate: z.number().nullish(),
    }),
  ),
);

/** Employment information of a v2 pre-hire (`employment_info`). */
export interface EmploymentInfo {
  /** Department ID, of the type chosen by `department_id_type` (default `open_department_id`). */
  department_id?: string | null | undefined;
  /** Cost center shares (to be replaced by `cost_allocation`). */
  cost_center_rates?: CostCenterShare[] | null | undefined;
  /** Office location ID ("Get location" API). */
  office_location_id?: string | null | undefined;
  /** Work location ID. */
  work_location_id?: string | null | undefined;
  /** Desk / work station, e.g. `ABC123`. */
  work_station?: string | null | undefined;
  /** Employee number (工号), e.g. `1234567`; empty until assigned when auto-numbering is on. */
  worker_id?: string | null | undefined;
  /** Direct manager's employment ID, of the type chosen by `user_id_type`. */
  direct_leader_id?: string | null | undefined;
  /** Job ID ("Get job" API), e.g. `6977976735715378724`. */
  job_id?: string | null | undefined;
  /** Job family ID. */
  job_family_id?: string | null | undefined;
  /** Job level ID. */
  job_level_id?: string | null | undefined;
  /** Job title, e.g. `java`. */
  job_title?: string | null | undefined;
  /** Employee type ID ("Get employee type" API), e.g. regular or intern. */
  employee_type_id?: string | null | undefined;
  /** Employment type, e.g. `employee` or `contingent_worker`. */
  employment_type?: EnumValue | null | undefined;
  /** Work email, e.g. `joshua@example.com`. */
  work_email?: string | null | undefined;
  /** Company (legal entity) ID. */
  company_id?: string | null | undefined;
  /** Whether this is a rehire: `yes`, `no` or `to_be_confirmed`. */
  rehire?: string | null | undefined;
  /** Position ID (only when the department uses positions). */
  position_id?: string | null | undefined;
  /** Custom fields of the pre-hire object. */
  custom_fields?: CustomFieldValue[] | null | undefined;
  /** When the pre-hire was created, `YYYY-MM-DD HH:mm:ss`, e.g. `2023-09-01 13:21:12`. */
  created_at?: string | null | undefined;
  /** When the pre-hire was last updated, `YYYY-MM-DD HH:mm:ss`. */
  updated_at?: string | null | undefined;
}

export const EmploymentInfoSchema = lazySchema(() =>
  schemaFor<EmploymentInfo>()(
    z.looseObject({
      department_id: z.string().nullish(),
      cost_center_rates: z.array(CostCenterShareSchema()).nullish(),
      office_location_id: z.string().nullish(),
      work_location_id: z.string().nullish(),
      work_station: z.string().nullish(),
      worker_id: z.string().nullish(),
      direct_leader_id: z.string().nullish(),
      job_id: z.string().nullish(),
      job_family_id: z.string().nullish(),
      job_level_id: z.string().nullish(),
      job_title: z.string().nullish(),
      employee_type_id: z.string().nullish(),
      employment_type: AnyEnum().nullish(),
      work_email: z.string().nullish(),
      company_id: z.string().nullish(),
      rehire: z.string().nullish(),
      position_id: z.string().nullish(),
      custom_fields: z.array(CustomFieldValueSchema()).nullish(),
      created_at: z.string().nullish(),
      updated_at: z.string().nullish(),
    }),
  ),
);

/** Probation information of a v2 pre-hire (`probation_info`). */
export interface ProbationInfo {
  /** Probation start, `YYYY-MM-DD`. */
  probation_start_date?: string | null | undefined;
  /** Probation end, `YYYY-MM-DD`. */
  probation_end_date?: string | null | undefined;
  /** Probation length in days, e.g. `6`. */
  probation_period?: number | null | undefined;
}

export const ProbationInfoSchema = lazySchema(() =>
  schemaFor<ProbationInfo>()(
    z.looseObject({
      probation_start_date: z.string().nullish(),
      probation_end_date: z.string().nullish(),
      probation_period: z.number().nullish(),
    }),
  ),
);

/** Contract information of a v2 pre-hire (`contract_info`). */
export interface ContractInfo {
  /** Contract start, `YYYY-MM-DD`. */
  contract_start_date?: string | null | undefined;
  /** Contract end, `YYYY-MM-DD`; empty for open-ended contracts. */
  contract_end_date?: string | null | undefined;
  /** Contract type (values from the "Get field details" API). */
  contract_type?: EnumValue | null | undefined;
  /** Term type, e.g. `fixed_term`. */
  duration_type?: EnumValue | null | undefined;
  /** Signing type, e.g. `new`. */
  signing_type?: EnumValue | null | undefined;
  /** Contract file IDs, e.g. `["6977976687350924833"]`. */
  contract_file_ids?: string[] | null | undefined;
}

export const ContractInfoSchema = lazySchema(() =>
  schemaFor<ContractInfo>()(
    z.looseObject({
      contract_start_date: z.string().nullish(),
      contract_end_date: z.string().nullish(),
      contract_type: AnyEnum().nullish(),
      duration_type: AnyEnum().nullish(),
      signing_type: AnyEnum().nullish(),
      contract_file_ids: z.array(z.string()).nullish(),
    }),
  ),
);
