import { CreatePreHireBodySchema } from '../generated/models/create.js';

/**
 * How strictly the sandbox's create checks the required fields of its body:
 *
 * - `documented` (the default): what Feishu documents as required, enforced as documented. At the
 *   top level `basic_info` and `offer_info` (Feishu's official definitions mark them required, the
 *   Node SDK types them without `?`); inside them no scalar is required (not even
 *   `basic_info.name`), but an item of a list must carry the fields its definition requires when
 *   it is present (a phone its `international_area_code`, `phone_number`, `device_type`...; an
 *   address its `country_region_id` and `address_types`...), with the documented types, enums and
 *   date formats. Checked with the models generated from those definitions (see
 *   docs/feishu-corehr.md). So an empty `basic_info` is accepted and creates a pre-hire with no
 *   name: Feishu's definitions are silent on refusing it.
 * - `blocks-only`: only that `basic_info` and `offer_info` are objects (a tenant that checks less
 *   than the definitions say).
 *
 * On top of either, `tenantRequiredFields` plays a tenant that requires more fields than the
 * definitions mark (whether a tenant's own settings can do that is not documented in any source read
 * for this package: it is one of the versions the sandbox can play, not a documented behaviour).
 * Refusals answer 1160001 "param is invalid": see `createPreHire` for why that code.
 */
export type SandboxCreateChecks = 'documented' | 'blocks-only';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a dotted path (`basic_info.name.full_name`), or undefined. */
function valueAt(body: Record<string, unknown>, path: string): unknown {
  let value: unknown = body;
  for (const part of path.split('.')) value = isObject(value) ? value[part] : undefined;
  return value;
}

/**
 * The first problem of a create body under `checks` and `tenantRequiredFields` (a sentence naming
 * the field), or undefined when the body passes.
 */
export function createBodyProblem(
  body: Record<string, unknown>,
  checks: SandboxCreateChecks,
  tenantRequiredFields: readonly string[],
): string | undefined {
  for (const block of ['basic_info', 'offer_info'])
    if (!isObject(body[block])) return `${block} is required and must be an object`;
  if (checks === 'documented') {
    const parsed = CreatePreHireBodySchema().safeParse(body);
    if (!parsed.success) {
      const [issue] = parsed.error.issues;
      return `${issue!.path.map(String).join('.')}: ${issue!.message}`;
    }
  }
  for (const path of tenantRequiredFields) {
    const value = valueAt(body, path);
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
      return `${path} is required by the tenant's settings`;
  }
  return undefined;
}
