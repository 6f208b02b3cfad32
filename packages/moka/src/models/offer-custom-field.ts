import { z } from 'zod';
import { schemaFor } from '@hr/core/internal';
import type { HireMode, OfferCustomFieldType } from '../constants.js';

/** An offer custom field, as listed by `GET /offers/custom_fields`. */
export interface OfferCustomField {
  /** Moka's id of the custom field (a number, e.g. `496`). */
  id: number;
  /** Name of the custom field as configured in Moka, e.g. `dmj-offer` or `子公司`. */
  name?: string | null | undefined;
  /**
   * Custom field type: 1 single-line text, 2 multiple-line text, 3 yes-or-no question, 4 select year
   * and month, 6 choice question, 7 time period, 8 offer associated HC, 9 date, 10 number
   * (see `OFFER_CUSTOM_FIELD_TYPE`). Other numbers Moka may add are kept.
   */
  type?: OfferCustomFieldType | (number & {}) | null | undefined;
  /** Options of the custom field (choice questions); null for other types. */
  detail?: string[] | null | undefined;
  /** Recruitment type: 1 experienced hires, 2 campus recruitment (see `HIRE_MODE`). */
  hire_mode?: HireMode | (number & {}) | null | undefined;
}

/** The offer custom fields of both recruitment types. */
export interface OfferCustomFieldList {
  /** Custom fields for experienced hires (social recruitment). */
  social: OfferCustomField[];
  /** Custom fields for campus recruitment. */
  campus: OfferCustomField[];
}

const codeNumber = z.number() as z.ZodType<number & {}>;

export const OfferCustomFieldSchema = schemaFor<OfferCustomField>()(
  z.looseObject({
    id: z.number(),
    name: z.string().nullish(),
    type: codeNumber.nullish(),
    detail: z.array(z.string()).nullish(),
    hire_mode: codeNumber.nullish(),
  }),
);

/** `social` and `campus` may be missing or null when empty: they become empty lists. */
export const OfferCustomFieldListSchema = schemaFor<OfferCustomFieldList>()(
  z.looseObject({
    social: z
      .array(OfferCustomFieldSchema)
      .nullish()
      .transform((v) => v ?? []),
    campus: z
      .array(OfferCustomFieldSchema)
      .nullish()
      .transform((v) => v ?? []),
  }),
);
