import { z } from 'zod';
import { lazySchema, schemaFor } from '@hr/core/internal';
import { type EnumValue, enumValueSchema } from './common.js';
import { type CustomFieldValue, CustomFieldValueSchema } from './custom-field-v2.js';

// The person blocks of a v2 pre-hire ("Query pre-hires" `items[].person_info`), as Feishu returns them.
// Source: https://open.feishu.cn/document/corehr-v1/pre_hire/query (response body). Every field is
// optional: Feishu returns only the fields named in the request's `fields` and allowed by the app's
// field scopes. Unknown fields are kept.

const AnyEnum = lazySchema(() => enumValueSchema(z.string()));

/** One name of a person (`name_list[]`). */
export interface PersonName {
  /** Full name, e.g. `王大帅`; empty when the tenant's name format builds it from the parts. */
  full_name?: string | null | undefined;
  /** Given name, e.g. `帅`. */
  first_name?: string | null | undefined;
  /** Middle name, e.g. `大`. */
  middle_name?: string | null | undefined;
  /** Family name (surname), e.g. `王`. */
  name_primary?: string | null | undefined;
  /** Given name in the local (non-Latin) script, e.g. `四`. */
  local_first_name?: string | null | undefined;
  /** Middle name in the local script. */
  local_middle_name?: string | null | undefined;
  /** Family name in the local script, e.g. `黄`. */
  local_primary?: string | null | undefined;
  /** Custom name: when not set, Feishu joins the name parts by the rules of the country / region. */
  custom_name?: string | null | undefined;
  /** Custom name in the local script (joined from the local parts when not set). */
  custom_local_name?: string | null | undefined;
  /** Alias, e.g. `别名`. */
  additional_name?: string | null | undefined;
  /** Country / region ID of the name's format, e.g. `6862995757234914824` ("Search countries / regions" API). */
  country_region_id?: string | null | undefined;
  /** Name type, e.g. `legal_name` or `preferred_name` (values from the "Get field details" API). */
  name_type?: EnumValue | null | undefined;
  /** Display name in local and Western scripts, e.g. `王大帅`. */
  display_name_local_and_western_script?: string | null | undefined;
}

export const PersonNameSchema = lazySchema(() =>
  schemaFor<PersonName>()(
    z.looseObject({
      full_name: z.string().nullish(),
      first_name: z.string().nullish(),
      middle_name: z.string().nullish(),
      name_primary: z.string().nullish(),
      local_first_name: z.string().nullish(),
      local_middle_name: z.string().nullish(),
      local_primary: z.string().nullish(),
      custom_name: z.string().nullish(),
      custom_local_name: z.string().nullish(),
      additional_name: z.string().nullish(),
      country_region_id: z.string().nullish(),
      name_type: AnyEnum().nullish(),
      display_name_local_and_western_script: z.string().nullish(),
    }),
  ),
);

/** A phone number of a person (`phone_list[]`). */
export interface PersonPhone {
  /** International dialling code as an enum, e.g. `86_china`. */
  international_area_code?: EnumValue | null | undefined;
  /** The number without the area code, e.g. `010-12345678`. */
  phone_number?: string | null | undefined;
  /** The full number with its code, e.g. `+86 010-12345678`. */
  formatted_phone_number?: string | null | undefined;
  /** Device type: `mobile_phone`, `landline` or `fax`. */
  device_type?: EnumValue | null | undefined;
  /** Usage: `work`, `home`, `emergency_contact` or `company`. */
  phone_usage?: EnumValue | null | undefined;
  /** Whether this is the main number (at most one is). */
  is_primary?: boolean | null | undefined;
  /** Whether the number is shown to colleagues. */
  is_public?: boolean | null | undefined;
}

export const PersonPhoneSchema = lazySchema(() =>
  schemaFor<PersonPhone>()(
    z.looseObject({
      international_area_code: AnyEnum().nullish(),
      phone_number: z.string().nullish(),
      formatted_phone_number: z.string().nullish(),
      device_type: AnyEnum().nullish(),
      phone_usage: AnyEnum().nullish(),
      is_primary: z.boolean().nullish(),
      is_public: z.boolean().nullish(),
    }),
  ),
);

/** An email address of a person (`email_list[]`). */
export interface PersonEmail {
  /** The address, e.g. `1234567@example.com`. */
  email?: string | null | undefined;
  /** Whether this is the main address (at most one is). */
  is_primary?: boolean | null | undefined;
  /** Whether the address is shown to colleagues. */
  is_public?: boolean | null | undefined;
  /** Usage, e.g. `work` or `home` (Feishu's "email usage" enum constants). */
  email_usage?: EnumValue | null | undefined;
}

export const PersonEmailSchema = lazySchema(() =>
  schemaFor<PersonEmail>()(
    z.looseObject({
      email: z.string().nullish(),
      is_primary: z.boolean().nullish(),
      is_public: z.boolean().nullish(),
      email_usage: AnyEnum().nullish(),
    }),
  ),
);

/** A postal address of a person (`address_list[]`). */
export interface PersonAddress {
  /** Address ID, e.g. `6989822217869624863`. */
  address_id?: string | null | undefined;
  /** The whole address in the local script, e.g. `中国北京北京`. */
  full_address_local_script?: string | null | undefined;
  /** The whole address in the Western script, e.g. `Beijing, Beijing, China`. */
  full_address_western_script?: string | null | undefined;
  /** Country / region ID ("Search countries / regions" API). */
  country_region_id?: string | null | undefined;
  /** Main administrative region (province, state) ID. */
  region_id?: string | null | undefined;
  /** City ID ("Search cities" API). */
  city_id_v2?: string | null | undefined;
  /** District / county ID ("Search districts" API). */
  district_id_v2?: string | null | undefined;
  /** Address line 1 in a Latin script. */
  address_line1?: string | null | undefined;
  /** Address line 2 in a Latin script. */
  address_line2?: string | null | undefined;
  /** Address line 1 in the local (non-Latin) script, e.g. `北京市海淀区`. */
  local_address_line1?: string | null | undefined;
  /** Address line 2 in the local script. */
  local_address_line2?: string | null | undefined;
  /** Postal code, e.g. `611530`. */
  postal_code?: string | null | undefined;
  /** Address types, e.g. `home_address` (values from the "Get field details" API). */
  address_type_list?: EnumValue[] | null | undefined;
  /** Whether this is the main address. */
  is_primary?: boolean | null | undefined;
  /** Whether the address is shown to colleagues. */
  is_public?: boolean | null | undefined;
}

export const PersonAddressSchema = lazySchema(() =>
  schemaFor<PersonAddress>()(
    z.looseObject({
      address_id: z.string().nullish(),
      full_address_local_script: z.string().nullish(),
      full_address_western_script: z.string().nullish(),
      country_region_id: z.string().nullish(),
      region_id: z.string().nullish(),
      city_id_v2: z.string().nullish(),
      district_id_v2: z.string().nullish(),
      address_line1: z.string().nullish(),
      address_line2: z.string().nullish(),
      local_address_line1: z.string().nullish(),
      local_address_line2: z.string().nullish(),
      postal_code: z.string().nullish(),
      address_type_list: z.array(AnyEnum()).nullish(),
      is_primary: z.boolean().nullish(),
      is_public: z.boolean().nullish(),
    }),
  ),
);

/** An identity document of a person (`national_id_list[]`). */
export interface NationalId {
  /** Document type ID, e.g. `6863330041896371725` ("Get national ID type" API). */
  national_id_type_id?: string | null | undefined;
  /** The document number, e.g. `1231131333`. */
  national_id_number?: string | null | undefined;
  /** Issue date, `YYYY-MM-DD`. */
  issue_date?: string | null | undefined;
  /** Expiry date, `YYYY-MM-DD`. */
  expiration_date?: string | null | undefined;
  /** Country / region ID that issued it. */
  country_region_id?: string | null | undefined;
  /** Issuing authority, e.g. `北京市公安局`. */
  issued_by?: string | null | undefined;
}

export const NationalIdSchema = lazySchema(() =>
  schemaFor<NationalId>()(
    z.looseObject({
      national_id_type_id: z.string().nullish(),
      national_id_number: z.string().nullish(),
      issue_date: z.string().nullish(),
      expiration_date: z.string().nullish(),
      country_region_id: z.string().nullish(),
      issued_by: z.string().nullish(),
    }),
  ),
);

/**
 * Personal information of a v2 pre-hire (`person_info`). Feishu documents many more fields
 * (education, work experience, bank accounts, dependents, emergency contacts...): they are kept as
 * sent and readable by name.
 */
export interface PersonInfo {
  /** Person ID, e.g. `6919733936050406926`: the same person across pre-hire and employment. */
  person_id?: string | null | undefined;
  /** Personal phone number, e.g. `13649211111`. */
  phone_number?: string | null | undefined;
  /** Legal name, e.g. `张三`. */
  legal_name?: string | null | undefined;
  /** Preferred name, e.g. `刘梓新(Henry)`. */
  preferred_name?: string | null | undefined;
  /** Preferred full name in the local script, e.g. `刘梓新`. */
  preferred_local_full_name?: string | null | undefined;
  /** Preferred full name in English, e.g. `Henry`. */
  preferred_english_full_name?: string | null | undefined;
  /** Every name of the person (legal, preferred, former, alias). */
  name_list?: PersonName[] | null | undefined;
  /** Gender (Feishu's "gender" enum constants, e.g. `male`). */
  gender?: EnumValue | null | undefined;
  /** Date of birth, `YYYY-MM-DD`. */
  date_of_birth?: string | null | undefined;
  /** Nationality ID ("Search nationalities" API). */
  nationality_id_v2?: string | null | undefined;
  /** Phone numbers. */
  phone_list?: PersonPhone[] | null | undefined;
  /** Postal addresses. */
  address_list?: PersonAddress[] | null | undefined;
  /** Personal email addresses. */
  email_list?: PersonEmail[] | null | undefined;
  /** Identity documents. */
  national_id_list?: NationalId[] | null | undefined;
  /** The main email address, e.g. `test@163.com`. */
  email_address?: string | null | undefined;
  /** Age in years, e.g. `22`. */
  age?: number | null | undefined;
  /** Custom fields of the person object. */
  custom_fields?: CustomFieldValue[] | null | undefined;
  /** When the person record was created, `YYYY-MM-DD HH:mm:ss`, e.g. `2023-09-01 13:21:12`. */
  created_at?: string | null | undefined;
  /** When the person record was last updated, `YYYY-MM-DD HH:mm:ss`. */
  updated_at?: string | null | undefined;
}

export const PersonInfoSchema = lazySchema(() =>
  schemaFor<PersonInfo>()(
    z.looseObject({
      person_id: z.string().nullish(),
      phone_number: z.string().nullish(),
      legal_name: z.string().nullish(),
      preferred_name: z.string().nullish(),
      preferred_local_full_name: z.string().nullish(),
      preferred_english_full_name: z.string().nullish(),
      name_list: z.array(PersonNameSchema()).nullish(),
      gender: AnyEnum().nullish(),
      date_of_birth: z.string().nullish(),
      nationality_id_v2: z.string().nullish(),
      phone_list: z.array(PersonPhoneSchema()).nullish(),
      address_list: z.array(PersonAddressSchema()).nullish(),
      email_list: z.array(PersonEmailSchema()).nullish(),
      national_id_list: z.array(NationalIdSchema()).nullish(),
      email_address: z.string().nullish(),
      age: z.number().nullish(),
      custom_fields: z.array(CustomFieldValueSchema()).nullish(),
      created_at: z.string().nullish(),
      updated_at: z.string().nullish(),
    }),
  ),
);
