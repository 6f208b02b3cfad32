import { z } from 'zod';
import { lazySchema } from '@hr/core/internal';
import { type CustomFieldInput } from './patch-pre-hire.js';
import { atMostOnePrimary, isoDate, jsonString, nonEmpty } from './rules.js';

// Person data written by "Create pre-hire" (`basic_info`) and "Update pre-hire" (`basic_info_update`).
// Sources: https://open.feishu.cn/document/server-docs/corehr-v1/pre_hire/create and
// https://open.feishu.cn/document/corehr-v1/pre_hire/patch. Objects are open: fields Feishu
// documents beyond these are sent as given.

/** An email to write (`email`). */
export interface EmailInput {
  /** The address, e.g. `1234567@example.com`. */
  email: string;
  /** Whether this is the main address: at most one address of a list may be `true`. */
  is_primary: boolean;
  /** Whether the address is shown to colleagues. */
  is_public: boolean;
  /** Usage, e.g. `work` or `home` (Feishu's "email usage" enum constants). */
  email_usage: string;
}

/** A phone to write (`phone`). */
export interface PhoneInput {
  /** International dialling code enum, e.g. `86_china` (the "Get field details" API, object `phone`). */
  international_area_code: string;
  /** The number, e.g. `010-12345678`. */
  phone_number: string;
  /** Device type: `mobile_phone`, `landline` or `fax`. */
  device_type: string;
  /** Usage: `work`, `home`, `emergency_contact` or `company`. */
  phone_usage: string;
  /** Whether this is the main number: at most one number of a list may be `true`. */
  is_primary: boolean;
  /** Whether the number is shown to colleagues. */
  is_public: boolean;
}

/** An identity document to write (`national_id`). */
export interface NationalIdInput {
  /** Country / region ID that issued it, e.g. `6862995757234914824`. */
  country_region_id: string;
  /** Document type ID, e.g. `6863330041896371725` ("List national ID types" API). */
  national_id_type_id: string;
  /** The document number, e.g. `1231131333`. */
  national_id_number: string;
  /** Issue date, `YYYY-MM-DD`. */
  issue_date?: string | undefined;
  /** Expiry date, `YYYY-MM-DD`. */
  expiration_date?: string | undefined;
  /** Issuing authority, e.g. `北京市公安局`. */
  issued_by?: string | undefined;
  /** Custom fields of the document. */
  custom_fields?: CustomFieldInput[] | undefined;
}

/** A postal address to write (`address`). */
export interface AddressInput {
  /** Country / region ID, e.g. `6862995757234914824`. Required by Feishu. */
  country_region_id: string;
  /** Main administrative region (province, state) ID. */
  region_id?: string | undefined;
  /** City ID ("Search cities" API). */
  city_id_v2?: string | undefined;
  /** District / county ID ("Search districts" API). */
  district_id_v2?: string | undefined;
  /** Address line 1 in a Latin script. */
  address_line1?: string | undefined;
  /** Address line 2 in a Latin script. */
  address_line2?: string | undefined;
  /** Address line 1 in the local script, e.g. `北京市海淀区`. */
  local_address_line1?: string | undefined;
  /** Address line 2 in the local script. */
  local_address_line2?: string | undefined;
  /** Postal code, e.g. `611530`. */
  postal_code?: string | undefined;
  /** Address types, e.g. `["home_address"]` (the "Get field details" API, object `address`). */
  address_types?: string[] | undefined;
  /** Whether this is the main address: at most one address of a list may be `true`. */
  is_primary: boolean;
  /** Whether the address is shown to colleagues. */
  is_public: boolean;
}

export const CustomFieldInputSchema = lazySchema(() =>
  z.looseObject({ field_name: nonEmpty('the custom field name'), value: jsonString }),
);

export const EmailInputSchema = lazySchema(() =>
  z.looseObject({
    email: z.email('must be an email address, e.g. 1234567@example.com'),
    is_primary: z.boolean(),
    is_public: z.boolean(),
    email_usage: nonEmpty('the email usage, e.g. work'),
  }),
);

export const PhoneInputSchema = lazySchema(() =>
  z.looseObject({
    international_area_code: nonEmpty('the area code enum, e.g. 86_china'),
    phone_number: nonEmpty('the phone number'),
    device_type: nonEmpty('the device type, e.g. mobile_phone'),
    phone_usage: nonEmpty('the phone usage, e.g. work'),
    is_primary: z.boolean(),
    is_public: z.boolean(),
  }),
);

export const NationalIdInputSchema = lazySchema(() =>
  z.looseObject({
    country_region_id: nonEmpty('the country / region ID'),
    national_id_type_id: nonEmpty('the national ID type ID'),
    national_id_number: nonEmpty('the document number'),
    issue_date: isoDate.optional(),
    expiration_date: isoDate.optional(),
    issued_by: z.string().optional(),
    custom_fields: z.array(CustomFieldInputSchema()).optional(),
  }),
);

export const AddressInputSchema = lazySchema(() =>
  z.looseObject({
    country_region_id: nonEmpty('the country / region ID'),
    address_types: z.array(nonEmpty('the address type')).optional(),
    is_primary: z.boolean(),
    is_public: z.boolean(),
  }),
);

/** A list whose items may mark at most one `is_primary`. */
export const withOnePrimary = <S extends z.ZodType<{ is_primary?: unknown }>>(item: S) =>
  z.array(item).superRefine(atMostOnePrimary);
