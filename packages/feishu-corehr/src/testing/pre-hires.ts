import type { PreHireQuery } from '../generated/models/v1.js';
import { feishuError, feishuOk } from './envelope.js';
import { limited } from './rate-limit.js';
import { enumOf } from './seed.js';
import type { FeishuSandboxState } from './state.js';

const ONBOARDING = new Set(['preboarding', 'day_one', 'completed', 'withdrawn', 'deleted']);

/** `GET /open-apis/corehr/v1/pre_hires`: filter by `pre_hire_ids`, page by `page_size` / `page_token`. */
export function listPreHires(url: URL, state: FeishuSandboxState): Response {
  const overLimit = limited(state, 'preHires.list', 1000, 50);
  if (overLimit) return overLimit;
  const ids = url.searchParams
    .getAll('pre_hire_ids')
    .flatMap((value) => value.split(','))
    .filter(Boolean);
  const rawSize = url.searchParams.get('page_size');
  const size = rawSize === null ? state.defaultPageSize : Number(rawSize);
  if (!Number.isInteger(size) || size < 1 || size > 100 || ids.length > 10) return feishuError(1164301);
  const filter = ids.join(',');
  const token = url.searchParams.get('page_token');
  let offset = 0;
  if (token) {
    const saved = state.pageTokens.get(token);
    if (!saved || saved.filter !== filter) return feishuError(1164301);
    offset = saved.offset;
  }
  const matching = [...state.preHires.values()].filter((record) => ids.length === 0 || ids.includes(String(record.id)));
  const items = matching.slice(offset, offset + size);
  const next = offset + size;
  const hasMore = next < matching.length;
  return feishuOk({ items, has_more: hasMore, ...(hasMore ? { page_token: state.pageTokenFor(next, filter) } : {}) });
}

/** `GET /open-apis/corehr/v1/pre_hires/:pre_hire_id`: the pre-hire (as the update answers it), or 1164403 for an unknown ID. */
export function getPreHire(id: string, state: FeishuSandboxState): Response {
  const overLimit = limited(state, 'preHires.get', 1000, 50);
  if (overLimit) return overLimit;
  const record = state.preHires.get(id);
  return record ? feishuOk({ pre_hire: toPreHire(record) }) : feishuError(1164403);
}

/**
 * `DELETE /open-apis/corehr/v1/pre_hires/:pre_hire_id`: removes the pre-hire from both views without
 * checking its onboarding flow (as the page says), or 1164403 for an unknown ID.
 */
export function deletePreHireV1(id: string, state: FeishuSandboxState): Response {
  const overLimit = limited(state, 'preHires.deleteV1', 1000, 50);
  if (overLimit) return overLimit;
  if (!state.preHires.delete(id)) return feishuError(1164403);
  state.preHiresV2.delete(id);
  return feishuOk({});
}

/**
 * `PATCH /open-apis/corehr/v1/pre_hires/:pre_hire_id`: applies the fields given, once per `client_token`
 * (a repeated token answers the first result again), with the documented cost-center codes.
 */
export async function patchPreHire(request: Request, id: string, state: FeishuSandboxState): Promise<Response> {
  const overLimit = limited(state, 'preHires.patch', 100);
  if (overLimit) return overLimit;
  const clientToken = new URL(request.url).searchParams.get('client_token');
  const replay = clientToken ? state.clientTokens.get(clientToken) : undefined;
  if (replay && replay.preHireId === id) return feishuOk(replay.result);
  const record = state.preHires.get(id);
  if (!record) return feishuError(1164403);
  const body = (await request.json().catch(() => undefined)) as Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object') return feishuError(1164301);
  const refused = checkUpdate(body, state);
  if (refused) return refused;
  apply(record, body);
  state.updatesApplied++;
  void state.events.pushV2('corehr.pre_hire.updated_v1', { pre_hire_id: id, field_changes: Object.keys(body) });
  const result = { pre_hire: toPreHire(record) };
  if (clientToken) state.clientTokens.set(clientToken, { preHireId: id, result });
  return feishuOk(result);
}

/** The documented checks of the update, in Feishu's codes. */
function checkUpdate(body: Record<string, unknown>, state: FeishuSandboxState): Response | undefined {
  if (body.hire_date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(body.hire_date))) return feishuError(1164416);
  const status = (body.onboarding_status as { enum_name?: unknown } | undefined)?.enum_name;
  if (body.onboarding_status !== undefined && !ONBOARDING.has(String(status))) return feishuError(1164412);
  if (body.cost_center_rate === undefined) return undefined;
  const rates = body.cost_center_rate as { cost_center_id?: unknown; rate?: unknown }[];
  if (!Array.isArray(rates)) return feishuError(1161021);
  if (rates.length === 0) return undefined; // an empty list clears the allocation
  const seen = new Set<string>();
  let total = 0;
  for (const item of rates) {
    if (typeof item?.cost_center_id !== 'string' || typeof item.rate !== 'number') return feishuError(1161021);
    if (seen.has(item.cost_center_id)) return feishuError(1161019);
    seen.add(item.cost_center_id);
    if (!Number.isInteger(item.rate) || item.rate < 1 || item.rate > 100) return feishuError(1161020);
    const center = state.costCenters.get(item.cost_center_id);
    if (!center) return feishuError(1161022);
    if (center === 'deactivated') return feishuError(1161024);
    if (center === 'disabling') return feishuError(1161025);
    total += item.rate;
  }
  return total === 100 ? undefined : feishuError(1161023);
}

function apply(record: PreHireQuery, body: Record<string, unknown>): void {
  for (const key of [
    'ats_application_id',
    'hire_date',
    'worker_id',
    'employee_type_id',
    'person_id',
    'custom_fields',
    'cost_center_rate',
  ] as const) {
    if (body[key] !== undefined) (record as Record<string, unknown>)[key] = structuredClone(body[key]);
  }
  for (const key of ['employee_type', 'onboarding_status'] as const) {
    const name = (body[key] as { enum_name?: unknown } | undefined)?.enum_name;
    if (typeof name === 'string') record[key] = enumOf(name);
  }
}

/** The `pre_hire` object of the get and update answers (no work emails or department). */
function toPreHire(record: PreHireQuery) {
  const { work_email_list: _emails, department_id: _department, ...preHire } = record;
  return structuredClone(preHire);
}
