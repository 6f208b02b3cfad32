import { lazySchema } from '@hr/core/internal';
import { type CreatePreHireBody, CreatePreHireBodySchema as GeneratedSchema } from '../generated/models/create.js';
import { jsonCustomFieldValues, onePrimary, withRules } from './rules.js';

// The rules of "Create pre-hire" (POST /open-apis/corehr/v2/pre_hires,
// https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/create) beyond the
// generated types (required fields, enums, integers, the page's item limits and date formats):
// - at most one primary emergency contact, phone and email per list: the fields' descriptions
//   ("主要联系人，若有多个联系人，只能有一个联系人的「is_primary」为true", the same for phones and emails);
// - custom field values hold JSON (字段值，是json转义后的字符串).
export const CreatePreHireBodySchema = lazySchema(() =>
  withRules<CreatePreHireBody>(
    GeneratedSchema(),
    onePrimary(
      'basic_info.emergency_contact_list',
      'basic_info.emergency_contact_list.*.phones',
      'basic_info.dependent_list.*.emails',
    ),
    jsonCustomFieldValues,
  ),
);
