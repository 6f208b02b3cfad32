import { z } from 'zod';
import { HRError } from '@hr/core';
import { schemaFor } from '@hr/core/internal';

/** A text in one language (Feishu `i18n`). */
export interface I18nText {
  /** The language of the text, e.g. `zh-CN` or `en-US`. */
  lang?: string | null | undefined;
  /** The text in that language. */
  value?: string | null | undefined;
}

export const I18nTextSchema = schemaFor<I18nText>()(
  z.looseObject({
    lang: z.string().nullish(),
    value: z.string().nullish(),
  }),
);

/** An enum value as Feishu returns it: its machine name and its display names in several languages. */
export interface EnumValue<Name extends string = string> {
  /** The enum value (machine name). */
  enum_name?: Name | (string & {}) | null | undefined;
  /** How the value is displayed, in several languages. */
  display?: I18nText[] | null | undefined;
}

/** The schema of an enum object; `enumName` types its `enum_name` (open: unknown values are kept). */
export function enumValueSchema<Name extends string>(enumName: z.ZodType<Name | (string & {})>) {
  return z.looseObject({
    enum_name: enumName.nullish(),
    display: z.array(I18nTextSchema).nullish(),
  }) satisfies z.ZodType<EnumValue<Name>>;
}

/** A custom field value (`object_field_data`). */
export interface CustomField {
  /** The field name. */
  field_name?: string | null | undefined;
  /**
   * The field value, as a JSON-encoded string: its format depends on the field's metadata, e.g.
   * `123`, `123.23`, `"true"`, `["id1","id2"]`, `"2006-01-02 15:04:05"`. Read it with
   * `decodeCustomFieldValue()`.
   */
  value?: string | null | undefined;
}

export const CustomFieldSchema = schemaFor<CustomField>()(
  z.looseObject({
    field_name: z.string().nullish(),
    value: z.string().nullish(),
  }),
);

/** A custom field value that is not valid JSON. */
export class CustomFieldDecodeError extends HRError {
  static override readonly brand: string = '@hr/feishu-corehr/CustomFieldDecodeError';
  /** The field whose value could not be decoded. */
  readonly fieldName: string | undefined;

  constructor(fieldName: string | undefined, cause: unknown) {
    super(
      `Custom field "${fieldName ?? '(unnamed)'}" does not hold a JSON-encoded value (Feishu sends custom field values as JSON strings, e.g. "\\"Sandy\\"" or "123")`,
      { cause },
    );
    this.fieldName = fieldName;
  }
}

/**
 * Decodes a custom field's JSON-encoded `value` (e.g. `"\"Sandy\""` → `'Sandy'`, `"123.23"` → `123.23`,
 * `"[\"id1\",\"id2\"]"` → `['id1', 'id2']`). Returns `undefined` when the field has no value.
 * The type parameter is what you know the field holds; nothing checks it at run time.
 *
 * @throws CustomFieldDecodeError when the value is not valid JSON.
 */
export function decodeCustomFieldValue<T = unknown>(field: CustomField): T | undefined {
  if (field.value === undefined || field.value === null || field.value === '') return undefined;
  try {
    return JSON.parse(field.value) as T;
  } catch (error) {
    throw new CustomFieldDecodeError(field.field_name ?? undefined, error);
  }
}

/** Encodes a value the way Feishu expects a custom field's `value`: as a JSON string. */
export function encodeCustomFieldValue(value: unknown): string {
  const encoded = JSON.stringify(value);
  if (encoded === undefined)
    throw new TypeError('A custom field value must be JSON-serializable (got undefined or a function)');
  return encoded;
}
