import type { OnboardingTask } from '../generated/models/onboarding-info.js';
import type { PreHireV2 } from '../generated/models/pre-hire-v2.js';
import { feishuError, feishuOk } from './envelope.js';
import { limited } from './rate-limit.js';
import { type Body, jsonBody } from './request-body.js';
import type { FeishuSandboxState } from './state.js';

/** The pre-hire restricted to `fields` (empty: only `pre_hire_id`); `block` or `block.field` as Feishu documents. */
function project(record: PreHireV2, fields: unknown): PreHireV2 {
  const out: Record<string, unknown> = { pre_hire_id: record.pre_hire_id };
  for (const path of Array.isArray(fields) ? fields : []) {
    const [block, field] = String(path).split('.', 2) as [keyof PreHireV2, string | undefined];
    const value = record[block];
    if (value === undefined || value === null || block === 'pre_hire_id') continue;
    if (field === undefined) out[block] = structuredClone(value);
    else if (typeof value === 'object' && field in value) {
      const target = (out[block] ??= {}) as Record<string, unknown>;
      target[field] = structuredClone((value as Record<string, unknown>)[field]);
    }
  }
  return out as PreHireV2;
}

function page(state: FeishuSandboxState, url: URL, items: PreHireV2[], body: Body, maxSize: number): Response {
  const size = Number(url.searchParams.get('page_size') ?? 10);
  if (!Number.isInteger(size) || size < 1 || size > maxSize) return feishuError(1160001, { msg: 'param is invalid' });
  const filter = JSON.stringify(body);
  let offset = 0;
  const token = url.searchParams.get('page_token');
  if (token) {
    const saved = state.pageTokens.get(token);
    if (!saved || saved.filter !== filter) return feishuError(1160001, { msg: 'param is invalid' });
    offset = saved.offset;
  }
  const next = offset + size;
  const hasMore = next < items.length;
  return feishuOk({
    items: items.slice(offset, next).map((record) => project(record, body.fields)),
    has_more: hasMore,
    ...(hasMore ? { page_token: state.pageTokenFor(next, filter) } : {}),
  });
}

const status = (record: PreHireV2) => String(record.onboarding_info?.onboarding_status ?? '');

/** POST /open-apis/corehr/v2/pre_hires/query: by IDs (at most 10), page size 1–10. */
export async function queryPreHires(request: Request, state: FeishuSandboxState): Promise<Response> {
  const refused = limited(state, 'preHires.query', 100);
  if (refused) return refused;
  const body = (await jsonBody(request)) ?? {};
  const ids = Array.isArray(body.pre_hire_ids) ? body.pre_hire_ids.map(String) : [];
  if (ids.length > 10) return feishuError(1160001, { msg: 'param is invalid' });
  const items = ids.flatMap((id) => state.preHiresV2.get(id) ?? []);
  return page(state, new URL(request.url), items, body, 10);
}

/**
 * POST /open-apis/corehr/v2/pre_hires/search: AND-ed filters, page size 1–100. Feishu documents that
 * a pre-hire created in the last 5 seconds may not be found yet ("创建待入职后，会有5秒内的数据延迟导致搜索不到数据"):
 * the sandbox leaves out the ones created less than `searchLagMs` ago.
 */
export async function searchPreHires(request: Request, state: FeishuSandboxState): Promise<Response> {
  const refused = limited(state, 'preHires.search', 100);
  if (refused) return refused;
  const body = (await jsonBody(request)) ?? {};
  const list = (key: string) => (Array.isArray(body[key]) ? (body[key] as unknown[]).map(String) : undefined);
  const [ids, workers, persons] = [list('pre_hire_ids'), list('worker_ids'), list('person_ids')];
  const from = body.onboarding_date_start as string | undefined;
  const to = body.onboarding_date_end as string | undefined;
  const keyword = typeof body.key_word === 'string' && body.key_word !== '' ? body.key_word : undefined;
  const items = [...state.preHiresV2.values()].filter((record) => {
    if (!state.searchable(String(record.pre_hire_id))) return false;
    const date = record.onboarding_info?.onboarding_date ?? '';
    const worker = record.employment_info?.worker_id ?? '';
    return (
      (!ids || ids.includes(String(record.pre_hire_id))) &&
      (!workers || workers.includes(worker)) &&
      (!persons || persons.includes(String(record.person_info?.person_id))) &&
      (body.onboarding_status === undefined || status(record) === body.onboarding_status) &&
      (!from || !to || (date >= from && date <= to)) &&
      (!keyword || worker === keyword || String(record.person_info?.preferred_name ?? '').includes(keyword))
    );
  });
  return page(state, new URL(request.url), items, body, 100);
}

/** PATCH /open-apis/corehr/v2/pre_hires/:pre_hire_id: names, phones, emails, onboarding fields; named-but-absent fields are cleared. */
export async function patchPreHireV2(request: Request, id: string, state: FeishuSandboxState): Promise<Response> {
  const refused = limited(state, 'preHires.patchV2', 1000, 50);
  if (refused) return refused;
  const record = state.preHiresV2.get(id);
  if (!record) return feishuError(1161105);
  const body = (await jsonBody(request)) ?? {};
  const basic = (body.basic_info_update ?? {}) as Body;
  const offer = (body.offer_info_update ?? {}) as Body;
  const person = (record.person_info ??= {});
  const onboarding = (record.onboarding_info ??= {});
  const employment = (record.employment_info ??= {});
  const named = new Set(Array.isArray(body.standard_update_fields) ? body.standard_update_fields.map(String) : []);
  const touches = (field: string, given: unknown) =>
    given !== undefined || named.has(field) || named.has(field.split('.')[0]!);
  const changes: string[] = [];
  if (touches('basic_info_update.names', basic.names)) {
    person.name_list = structuredClone((basic.names as never) ?? []);
    changes.push('wk_updated_at');
  }
  if (touches('basic_info_update.phones', basic.phones)) {
    person.phone_list = structuredClone((basic.phones as never) ?? []);
    changes.push('wk_updated_at');
  }
  if (touches('basic_info_update.emails', basic.emails)) {
    person.email_list = structuredClone((basic.emails as never) ?? []);
    changes.push('wk_updated_at');
  }
  if (touches('offer_info_update.onboarding_date', offer.onboarding_date)) {
    onboarding.onboarding_date = (offer.onboarding_date as string | undefined) ?? null;
    changes.push('onboarding_date');
  }
  if (touches('offer_info_update.work_emails', offer.work_emails)) {
    employment.work_email = ((offer.work_emails as { email?: string }[] | undefined) ?? [])[0]?.email ?? null;
    changes.push('work_email');
  }
  if (changes.length > 0)
    void state.events.pushV2('corehr.pre_hire.updated_v1', { pre_hire_id: id, field_changes: [...new Set(changes)] });
  return feishuOk({ pre_hire_id: id });
}

/** DELETE /open-apis/corehr/v2/pre_hires/:pre_hire_id (no event: Feishu documents none for API deletions). */
export function deletePreHire(id: string, state: FeishuSandboxState): Response {
  const refused = limited(state, 'preHires.delete', 1000, 50);
  if (refused) return refused;
  if (!state.preHiresV2.delete(id)) return feishuError(1160001, { msg: 'param is invalid' });
  return feishuOk({});
}

function taskChanged(state: FeishuSandboxState, record: PreHireV2, tasks: OnboardingTask[], flowStatus?: string): void {
  void state.events.pushV2('corehr.pre_hire.onboarding_task_changed_v2', {
    pre_hire_id: record.pre_hire_id,
    onboarding_flow_id: record.onboarding_info?.flow_id,
    onboarding_task_changes: tasks.map((task) => ({ task_code: task.task_code, after_status: task.task_status })),
    ...(flowStatus ? { onboarding_flow_change: { after_status: flowStatus } } : {}),
  });
}

/** POST /open-apis/corehr/v2/pre_hires/:pre_hire_id/complete: needs every task done (1161099) and an onboarding date (1161101). */
export function completePreHire(id: string, state: FeishuSandboxState): Response {
  const refused = limited(state, 'preHires.complete', 1000, 50);
  if (refused) return refused;
  const record = state.preHiresV2.get(id);
  if (!record) return feishuError(1161105);
  if (!['preboarding', 'day_one'].includes(status(record))) return feishuError(1161129);
  const tasks = record.onboarding_info?.onboarding_task_list ?? [];
  if (tasks.some((task) => !['completed', 'skipped', 'manual_skipped'].includes(String(task.task_status))))
    return feishuError(1161099);
  if (!record.onboarding_info?.onboarding_date) return feishuError(1161101);
  record.onboarding_info.onboarding_status = 'completed';
  taskChanged(state, record, [], 'completed');
  return feishuOk({ success: true });
}

/** POST /open-apis/corehr/v2/pre_hires/withdraw_onboarding: preboarding or day_one only (1161129). */
export async function withdrawOnboarding(request: Request, state: FeishuSandboxState): Promise<Response> {
  const refused = limited(state, 'preHires.withdrawOnboarding', 100);
  if (refused) return refused;
  const body = (await jsonBody(request)) ?? {};
  const record = state.preHiresV2.get(String(body.pre_hire_id));
  if (!record || typeof body.withdraw_reason !== 'string') return feishuError(1161105);
  if (!['preboarding', 'day_one'].includes(status(record))) return feishuError(1161129);
  record.onboarding_info!.onboarding_status = 'withdrawn';
  record.onboarding_info!.withdrawn_reason = body.withdraw_reason;
  taskChanged(state, record, [], 'withdrawn');
  return feishuOk({ success: true });
}

/** POST /open-apis/corehr/v2/pre_hires/restore_flow_instance: withdrawn pre-hires only. */
export async function restoreFlowInstance(request: Request, state: FeishuSandboxState): Promise<Response> {
  const refused = limited(state, 'preHires.restoreFlowInstance', 100);
  if (refused) return refused;
  const body = (await jsonBody(request)) ?? {};
  const record = state.preHiresV2.get(String(body.pre_hire_id));
  if (!record) return feishuError(1161001, { msg: 'param is invalid' });
  if (status(record) !== 'withdrawn') return feishuError(1161129);
  record.onboarding_info!.onboarding_status = 'preboarding';
  record.onboarding_info!.withdrawn_reason = null;
  taskChanged(state, record, [], 'in_progress');
  return feishuOk({ success: true });
}

/** Completes `task` and starts the next not-started one; the changed tasks. */
function advance(tasks: OnboardingTask[], task: OnboardingTask): OnboardingTask[] {
  task.task_status = 'completed';
  const next = tasks.find((candidate) => candidate.task_status === 'not_started');
  if (next) next.task_status = 'in_progress';
  return next ? [task, next] : [task];
}

/** POST /open-apis/corehr/v2/pre_hires/:pre_hire_id/transit_task: completes an in-progress task. */
export async function transitTask(request: Request, id: string, state: FeishuSandboxState): Promise<Response> {
  const refused = limited(state, 'preHires.transitTask', 1000, 50);
  if (refused) return refused;
  const record = state.preHiresV2.get(id);
  if (!record) return feishuError(1161105);
  const body = (await jsonBody(request)) ?? {};
  const tasks = record.onboarding_info?.onboarding_task_list ?? [];
  const task = tasks.find((candidate) => candidate.task_code === String(body.task_id));
  if (!task || task.task_status !== 'in_progress') return feishuError(1161129);
  taskChanged(state, record, advance(tasks, task));
  return feishuOk({ success: true });
}

/** POST /open-apis/corehr/v2/pre_hires/transform_onboarding_task: start, submit or review a task. */
export async function transformOnboardingTask(request: Request, state: FeishuSandboxState): Promise<Response> {
  const refused = limited(state, 'preHires.transformOnboardingTask', 1000, 50);
  if (refused) return refused;
  const body = (await jsonBody(request)) ?? {};
  const record = state.preHiresV2.get(String(body.pre_hire_id));
  if (!record) return feishuError(1161105);
  const tasks = record.onboarding_info?.onboarding_task_list ?? [];
  const task = tasks.find((candidate) => candidate.task_code === String(body.task_code));
  if (!task) return feishuError(1161129);
  const from = String(task.task_status);
  let changed: OnboardingTask[];
  if (body.transform_type === 'manual_start_task' && from === 'not_started') {
    task.task_status = 'in_progress';
    changed = [task];
  } else if (body.transform_type === 'submit_task' && (from === 'in_progress' || from === 'rejected')) {
    task.task_status = 'in_review';
    changed = [task];
  } else if (body.transform_type === 'review_task' && from === 'in_review') {
    if (body.review_decision === 'reject') {
      task.task_status = 'rejected';
      changed = [task];
    } else changed = advance(tasks, task);
  } else return feishuError(1161129);
  taskChanged(state, record, changed);
  return feishuOk({ success: true });
}
