import { HRError } from '@hr/core';

/** A custom field as Feishu carries it: a name and a JSON-encoded `value`. */
export interface CustomFieldLike {
  /** The field's name (v1 reads and writes). */
  field_name?: string | null | undefined;
  /** The field's API name (v2 reads). */
  custom_api_name?: string | null | undefined;
  /** The value, a JSON-encoded string. */
  value?: string | null | undefined;
}

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
export function decodeCustomFieldValue<T = unknown>(field: CustomFieldLike): T | undefined {
  if (field.value === undefined || field.value === null || field.value === '') return undefined;
  try {
    return JSON.parse(field.value) as T;
  } catch (error) {
    throw new CustomFieldDecodeError(field.field_name ?? field.custom_api_name ?? undefined, error);
  }
}

/**
 * Encodes a value the way Feishu expects a custom field's `value`: as a JSON string.
 *
 * @throws `TypeError` when the value is not JSON-serializable (`undefined`, a function).
 */
export function encodeCustomFieldValue(value: unknown): string {
  const encoded = JSON.stringify(value);
  if (encoded === undefined)
    throw new TypeError('A custom field value must be JSON-serializable (got undefined or a function)');
  return encoded;
}
