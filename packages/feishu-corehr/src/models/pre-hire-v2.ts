import { z } from 'zod';
import { lazySchema, schemaFor } from '@hr/core/internal';
import {
  type ContractInfo,
  ContractInfoSchema,
  type EmploymentInfo,
  EmploymentInfoSchema,
  type ProbationInfo,
  ProbationInfoSchema,
} from './employment-info.js';
import { type OnboardingInfo, OnboardingInfoSchema } from './onboarding-info.js';
import { type PersonInfo, PersonInfoSchema } from './person-info.js';

/**
 * A pre-hire as CoreHR v2 reads return it ("Query pre-hires", "Search pre-hires"). Only
 * `pre_hire_id` is always there: each block comes back when the request's `fields` names it (e.g.
 * `person_info` or `onboarding_info.onboarding_date`) and the app holds its field scopes.
 * https://open.feishu.cn/document/corehr-v1/pre_hire/query
 */
export interface PreHireV2 {
  /** Pre-hire ID, e.g. `7032210902531327521`. */
  pre_hire_id?: string | null | undefined;
  /** Personal information (names, phones, emails, addresses, documents...). */
  person_info?: PersonInfo | null | undefined;
  /** Job and employment information. */
  employment_info?: EmploymentInfo | null | undefined;
  /** Onboarding information (date, status, flow and tasks). */
  onboarding_info?: OnboardingInfo | null | undefined;
  /** Probation information. */
  probation_info?: ProbationInfo | null | undefined;
  /** Contract information. */
  contract_info?: ContractInfo | null | undefined;
}

export const PreHireV2Schema = lazySchema(() =>
  schemaFor<PreHireV2>()(
    z.looseObject({
      pre_hire_id: z.string().nullish(),
      person_info: PersonInfoSchema().nullish(),
      employment_info: EmploymentInfoSchema().nullish(),
      onboarding_info: OnboardingInfoSchema().nullish(),
      probation_info: ProbationInfoSchema().nullish(),
      contract_info: ContractInfoSchema().nullish(),
    }),
  ),
);

/** One page of "Query pre-hires" or "Search pre-hires" (the envelope's `data`). */
export interface PreHireV2Page {
  /** The pre-hires of this page. */
  items?: PreHireV2[] | null | undefined;
  /** Whether more items follow. */
  has_more?: boolean | null | undefined;
  /** The token of the next page; returned only when `has_more` is true. */
  page_token?: string | null | undefined;
}

export const PreHireV2PageSchema = lazySchema(() =>
  schemaFor<PreHireV2Page>()(
    z.looseObject({
      items: z.array(PreHireV2Schema()).nullish(),
      has_more: z.boolean().nullish(),
      page_token: z.string().nullish(),
    }),
  ),
);

/** The answer of "Create pre-hire" and "Update pre-hire" (v2). */
export interface PreHireIdResult {
  /** ID of the created or updated pre-hire, e.g. `6966234786251671056`. */
  pre_hire_id?: string | null | undefined;
}

export const PreHireIdResultSchema = lazySchema(() =>
  schemaFor<PreHireIdResult>()(z.looseObject({ pre_hire_id: z.string().nullish() })),
);

/** The answer of the onboarding actions (complete, withdraw, restore, transit and transform a task). */
export interface OnboardingActionResult {
  /** Whether Feishu applied the action: `true` on success (a refusal is an error code, not `false`, in practice). */
  success?: boolean | null | undefined;
}

export const OnboardingActionResultSchema = lazySchema(() =>
  schemaFor<OnboardingActionResult>()(z.looseObject({ success: z.boolean().nullish() })),
);
