import { elementOf, type ManifestField, type ManifestType } from '../../scripts/generator/manifest.js';

/**
 * Values the documented rules need (a value "of its type" that a rule Feishu's page states would
 * refuse): the rest of each example is built from the manifest alone.
 */
const RULE_VALUES: Record<string, unknown> = {
  // v1 update: the five statuses; one cost center at 100%; the get page's date format.
  'preHires.patch:body.onboarding_status.enum_name': 'preboarding',
  'preHires.patch:body.cost_center_rate.rate': 100,
  'preHires.patch:body.hire_date': '2026-01-02',
  // v1 list: page_size is a numeric string in the official definitions (we take a number).
  'preHires.list:query.page_size': '100',
  // v2 update: at most one level below the blocks.
  'preHires.patchV2:body.standard_update_fields': ['basic_info_update.names'],
  // transform: the listed values, review_decision given with review_task.
  'preHires.transformOnboardingTask:body.transform_type': 'review_task',
  'preHires.transformOnboardingTask:body.review_decision': 'approve',
  'preHires.transformOnboardingTask:body.task_code': '1',
};

/**
 * An example of `fields`: every field present with a value of its manifest type (the first enum
 * value, a `YYYY-MM-DD` date where the description gives one, a JSON string for custom field
 * values, numbers within the page's range, one item per list), the field's name as its text.
 */
export function exampleOf(fields: readonly ManifestField[], path: string): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field.name, valueOf(field, field, `${path}.${field.name}`)]));
}

function valueOf(field: ManifestField, type: ManifestType, path: string): unknown {
  if (path in RULE_VALUES) return RULE_VALUES[path];
  switch (type.type) {
    case 'array': {
      const count = Math.max(1, field.limits?.minLength ?? 1);
      return Array.from({ length: count }, () => valueOf(field, type.items, path));
    }
    case 'object':
      return 'fields' in type ? exampleOf(type.fields, path) : {};
    case 'string':
      if (type.enum) return type.enum[0];
      if (field.values?.length) return field.values[0]!.value;
      if (field.format === 'date') return '2026-01-02';
      if (field.name === 'value' && path.includes('custom_fields')) return JSON.stringify(`${field.name}-text`);
      return field.name;
    case 'number': {
      const min = field.limits?.min ?? 1;
      return Math.max(min, Math.min(field.limits?.max ?? 1, 1));
    }
    case 'boolean':
      return true;
    case 'unknown':
      return field.name;
  }
}

/** Every field path of `fields` with the Node SDK's type and required-ness, as the manifest records them. */
export function nodeFacts(fields: readonly ManifestField[], path: string, out = new Map<string, string>()) {
  for (const field of fields) {
    if (field.in.node === undefined) continue;
    const at = `${path}.${field.name}`;
    out.set(at, `${field.in.node}${field.required ? '' : '?'}`);
    const inner = elementOf(field);
    if (inner.type === 'object' && 'fields' in inner) nodeFacts(inner.fields, at, out);
  }
  return out;
}
