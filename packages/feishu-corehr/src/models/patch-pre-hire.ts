import { lazySchema } from '@hr/core/internal';
import { ONBOARDING_STATUSES } from '../generated/enums.js';
import { type PatchPreHireBody, PatchPreHireBodySchema as GeneratedSchema } from '../generated/models/v1.js';
import { type BodyRule, isoDate, jsonCustomFieldValues, valuesAt, withRules } from './rules.js';

// The rules of "Update pre-hire (not recommended)" (PATCH /open-apis/corehr/v1/pre_hires/:pre_hire_id,
// https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/pre_hire/patch) beyond the
// generated types, each with where Feishu states it.

/**
 * `cost_center_rate`: the error codes of the page: 1161019 duplicate cost center,
 * 1161020 a rate not an integer from 1 to 100, 1161021 incomplete (an item without its ID or rate),
 * 1161023 rates not adding up to 100. An empty list is accepted (none of the codes refuses it: it
 * clears the allocation), and the sum applies to a non-empty list.
 */
const costCenterRates: BodyRule = (body, ctx) => {
  for (const { value, path } of valuesAt(body, 'cost_center_rate')) {
    if (!Array.isArray(value) || value.length === 0) continue;
    const seen = new Map<string, number>();
    let total = 0;
    value.forEach((raw: unknown, index) => {
      const item = (typeof raw === 'object' && raw !== null ? raw : {}) as { cost_center_id?: unknown; rate?: unknown };
      const at = [...path, index];
      if (typeof item.cost_center_id !== 'string' || item.cost_center_id === '')
        ctx.addIssue({ code: 'custom', path: [...at, 'cost_center_id'], message: 'is required (Feishu code 1161021)' });
      if (typeof item.rate !== 'number' || !Number.isInteger(item.rate) || item.rate < 1 || item.rate > 100)
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'rate'],
          message: 'must be an integer from 1 to 100 (Feishu code 1161020)',
        });
      else total += item.rate;
      if (typeof item.cost_center_id !== 'string') return;
      const first = seen.get(item.cost_center_id);
      if (first === undefined) seen.set(item.cost_center_id, index);
      else
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'cost_center_id'],
          message: `duplicates cost_center_rate.${first}.cost_center_id "${item.cost_center_id}": each cost center may appear once (Feishu code 1161019)`,
        });
    });
    if (total !== 100 && value.every((item: { rate?: unknown } | null) => typeof item?.rate === 'number'))
      ctx.addIssue({ code: 'custom', path, message: `rates must add up to 100, got ${total} (Feishu code 1161023)` });
  }
};

/** `onboarding_status.enum_name`: one of the five statuses the page lists (preboarding, deleted, day_one, withdrawn, completed). */
const onboardingStatus: BodyRule = (body, ctx) => {
  for (const { value, path } of valuesAt(body, 'onboarding_status.enum_name'))
    if (!(ONBOARDING_STATUSES as readonly unknown[]).includes(value))
      ctx.addIssue({ code: 'custom', path, message: `must be one of ${ONBOARDING_STATUSES.join(', ')}` });
};

/**
 * `hire_date`: `YYYY-MM-DD`, the format "Get pre-hire" gives the same `pre_hire` field
 * (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/pre_hire/get: 入职日期，格式："YYYY-MM-DD").
 */
const hireDate: BodyRule = (body, ctx) => {
  for (const { value, path } of valuesAt(body, 'hire_date')) {
    const parsed = isoDate.safeParse(value);
    if (!parsed.success)
      for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path, message: issue.message });
  }
};

export const PatchPreHireBodySchema = lazySchema(() =>
  withRules<PatchPreHireBody>(GeneratedSchema(), costCenterRates, onboardingStatus, hireDate, jsonCustomFieldValues),
);
