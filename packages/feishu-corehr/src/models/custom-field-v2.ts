import { z } from 'zod';
import { lazySchema, schemaFor } from '@hr/core/internal';

/**
 * A custom field value as CoreHR v2 reads return it (`custom_fields[]` of `person_info` and
 * `employment_info`). See https://open.feishu.cn/document/corehr-v1/pre_hire/query.
 */
export interface CustomFieldValue {
  /** The field's API name, its unique key, e.g. `name` or `custom_field1__c`. */
  custom_api_name?: string | null | undefined;
  /** The field's display name: `{ zh_cn, en_us }`, e.g. `{ zh_cn: '自定义姓名', en_us: 'Custom Name' }`. */
  name?: { zh_cn?: string | null | undefined; en_us?: string | null | undefined } | null | undefined;
  /** The field's type code, e.g. `1` (Feishu's custom field type numbers). */
  type?: number | null | undefined;
  /**
   * The value as a JSON-encoded string whose shape depends on the field, e.g. `"\"231\""`, `123.23`,
   * `"true"`, `["id1","id2"]`, `"2006-01-02 15:04:05"`. Read it with `decodeCustomFieldValue()`.
   */
  value?: string | null | undefined;
}

export const CustomFieldValueSchema = lazySchema(() =>
  schemaFor<CustomFieldValue>()(
    z.looseObject({
      custom_api_name: z.string().nullish(),
      name: z.looseObject({ zh_cn: z.string().nullish(), en_us: z.string().nullish() }).nullish(),
      type: z.number().nullish(),
      value: z.string().nullish(),
    }),
  ),
);
