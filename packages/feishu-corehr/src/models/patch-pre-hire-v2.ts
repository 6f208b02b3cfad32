import { z } from 'zod';
import { lazySchema } from '@hr/core/internal';
import type { PreHireNameInput } from './create-pre-hire.js';
import { type CustomFieldInput } from './patch-pre-hire.js';
import {
  CustomFieldInputSchema,
  type EmailInput,
  EmailInputSchema,
  type PhoneInput,
  PhoneInputSchema,
  withOnePrimary,
} from './person-input.js';
import { isoDate, nonEmpty, requestSchema } from './rules.js';

// "Update pre-hire" (v2, PATCH /open-apis/corehr/v2/pre_hires/:pre_hire_id):
// https://open.feishu.cn/document/corehr-v1/pre_hire/patch

/** Name types of `basic_info_update.names[].name_type`. */
export const NAME_TYPES = ['legal_name', 'preferred_name', 'former_name', 'additional_name'] as const;

/** A name to write (`names[]`): the name fields of a create, with the format's country and the name's type. */
export interface NameInput extends Omit<PreHireNameInput, 'country_region_id'> {
  /** Country / region ID of the name's format, e.g. `6862995757234914824` (required). */
  country_region: string;
  /** Name type: `legal_name`, `preferred_name`, `former_name` or `additional_name` (required). */
  name_type: (typeof NAME_TYPES)[number] | (string & {});
}

/** Person fields to update (`basic_info_update`). Each list replaces the stored list whole: send every item, not only the changed one. */
export interface BasicInfoUpdate {
  /** Names (replaces every stored name). */
  names?: NameInput[] | undefined;
  /** Phones (replaces every stored phone); at most one `is_primary`. */
  phones?: PhoneInput[] | undefined;
  /** Personal emails (replaces every stored email); at most one `is_primary`. */
  emails?: EmailInput[] | undefined;
}

/** A cost center share to write (`cost_center_rates[]`; commercial tenants only). */
export interface CostCenterShareInput {
  /** Cost center ID, e.g. `6950635856373745165`. */
  cost_center_id?: string | undefined;
  /** Integer share in percent, e.g. `100`. */
  rate?: number | undefined;
}

/** Pre-hire fields to update (`offer_info_update`). */
export interface OfferInfoUpdate {
  /** Onboarding date, `YYYY-MM-DD`, e.g. `2022-10-08`. */
  onboarding_date?: string | undefined;
  /** Feishu Hire application ID. */
  ats_application_id?: string | undefined;
  /** Onboarding location ID ("List locations" API). */
  onboarding_location_id?: string | undefined;
  /** Onboarding address ID. */
  onboarding_address_id?: string | undefined;
  /** Office location ID. */
  office_location_id?: string | undefined;
  /** Office address ID. */
  office_address_id?: string | undefined;
  /** Employment type: `employee` or `contingent_worker`. */
  employment_type?: string | undefined;
  /** Onboarding method: `onsite` or `remote`. */
  onboarding_method?: string | undefined;
  /** Work emails (replaces every stored work email); at most one `is_primary`. */
  work_emails?: EmailInput[] | undefined;
  /** Cost center shares (commercial tenants only). */
  cost_center_rates?: CostCenterShareInput[] | undefined;
  /** Custom fields of the pre-hire object; name them in `custom_update_fields`. */
  custom_fields?: CustomFieldInput[] | undefined;
}

/** The body of `preHires.patchV2()`. */
export interface PatchPreHireV2Body {
  /** Person fields to update. */
  basic_info_update?: BasicInfoUpdate | undefined;
  /** Pre-hire fields to update. */
  offer_info_update?: OfferInfoUpdate | undefined;
  /**
   * The system fields to update, at most one level deep, e.g. `["basic_info_update.names",
   * "offer_info_update.onboarding_method"]`. A field named here but absent from the body is CLEARED.
   */
  standard_update_fields?: string[] | undefined;
  /** API names of pre-hire custom fields to update, e.g. `["custom_field1__c"]`; one named but not sent is cleared. */
  custom_update_fields?: string[] | undefined;
  /** API names of person custom fields to update; one named but not sent is cleared. */
  person_custom_update_fields?: string[] | undefined;
}

/** `basic_info_update.names` or `offer_info_update.onboarding_method`: a block, optionally one field below it. */
const STANDARD_FIELD = /^(basic_info_update|offer_info_update)(\.[a-z0-9_]+)?$/;

export const PatchPreHireV2BodySchema = lazySchema(() =>
  requestSchema<PatchPreHireV2Body>()(
    z.looseObject({
      basic_info_update: z
        .looseObject({
          names: z
            .array(
              z.looseObject({
                country_region: nonEmpty('the country / region ID of the name'),
                name_type: nonEmpty('legal_name, preferred_name, former_name or additional_name'),
              }),
            )
            .optional(),
          phones: withOnePrimary(PhoneInputSchema()).optional(),
          emails: withOnePrimary(EmailInputSchema()).optional(),
        })
        .optional(),
      offer_info_update: z
        .looseObject({
          onboarding_date: isoDate.optional(),
          work_emails: withOnePrimary(EmailInputSchema()).optional(),
          cost_center_rates: z
            .array(z.looseObject({ cost_center_id: z.string().optional(), rate: z.number().int().optional() }))
            .optional(),
          custom_fields: z.array(CustomFieldInputSchema()).optional(),
        })
        .optional(),
      standard_update_fields: z
        .array(
          z
            .string()
            .regex(
              STANDARD_FIELD,
              'must name basic_info_update or offer_info_update, optionally one field below it (e.g. basic_info_update.names)',
            ),
        )
        .optional(),
      custom_update_fields: z.array(nonEmpty('a custom field API name')).optional(),
      person_custom_update_fields: z.array(nonEmpty('a custom field API name')).optional(),
    }),
  ),
);
