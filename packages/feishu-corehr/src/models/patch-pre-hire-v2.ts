import { lazySchema } from '@hr/core/internal';
import { type PatchPreHireV2Body, PatchPreHireV2BodySchema as GeneratedSchema } from '../generated/models/patch-v2.js';
import { type BodyRule, jsonCustomFieldValues, onePrimary, valuesAt, withRules } from './rules.js';

// The rules of "Update pre-hire" (PATCH /open-apis/corehr/v2/pre_hires/:pre_hire_id,
// https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/patch) beyond the generated
// types, each stated by the field's description on the page.

/** `basic_info_update.names` or `offer_info_update.onboarding_method`: a block, optionally one field below it. */
const STANDARD_FIELD = /^(basic_info_update|offer_info_update)(\.[a-z0-9_]+)?$/;

/** `standard_update_fields`: "只支持最多下钻一层" (at most one level below `basic_info_update` / `offer_info_update`). */
const standardFieldsOneLevel: BodyRule = (body, ctx) => {
  for (const { value, path } of valuesAt(body, 'standard_update_fields.*'))
    if (typeof value === 'string' && !STANDARD_FIELD.test(value))
      ctx.addIssue({
        code: 'custom',
        path,
        message:
          'must name basic_info_update or offer_info_update, optionally one field below it (e.g. basic_info_update.names)',
      });
};

export const PatchPreHireV2BodySchema = lazySchema(() =>
  withRules<PatchPreHireV2Body>(
    GeneratedSchema(),
    onePrimary(
      'basic_info_update.phones',
      'basic_info_update.emails',
      'offer_info_update.work_emails',
      'basic_info_update.emergency_contact_list',
      'basic_info_update.emergency_contact_list.*.phones',
      'basic_info_update.dependent_list.*.emails',
    ),
    standardFieldsOneLevel,
    jsonCustomFieldValues,
  ),
);
