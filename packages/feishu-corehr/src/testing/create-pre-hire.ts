import { randomBytes } from 'node:crypto';
import type { PreHireV2 } from '../generated/models/pre-hire-v2.js';
import { createBodyProblem } from './create-checks.js';
import { feishuError, feishuOk } from './envelope.js';
import { limited } from './rate-limit.js';
import { type Body, jsonBody, text } from './request-body.js';
import { enumOf } from './seed.js';
import { initialTasks } from './seed-v2.js';
import type { FeishuSandboxState } from './state.js';

const personPhones = (record: PreHireV2) => (record.person_info?.phone_list ?? []).map((p) => p.phone_number);

/**
 * The refusal the sandbox answers for a body that fails its checks and, under
 * `repeatedOutBizId: 'refuse'`, for a repeated `out_biz_id`. Feishu documents no code for either on
 * the create page's sources read for this package: 1160001 "param is invalid" (documented on
 * "Delete pre-hire", https://open.feishu.cn/document/corehr-v1/pre_hire/delete) **stands in for an
 * undocumented refusal**. It is not Feishu's documented answer to these cases; code that must be
 * safe against a real refusal must not depend on it.
 */
const STAND_IN_REFUSAL = 1160001;

/**
 * POST /open-apis/corehr/v2/pre_hires: checks the body (`createChecks`, `tenantRequiredFields`),
 * treats a repeated `out_biz_id` as `repeatedOutBizId` says, refuses the documented person-data
 * duplicates (phone 1161029, work email 1161037, employee number 1161048), then adds the pre-hire.
 * A fault queued with `state.failNextCreates()` answers 500 instead (after creating, for `applied`).
 */
export async function createPreHire(request: Request, state: FeishuSandboxState): Promise<Response> {
  const refused = limited(state, 'preHires.create', 1000, 50);
  if (refused) return refused;
  const fault = state.createFaults.shift();
  if (fault === 'not-applied') return feishuError(1161000);
  const body = await jsonBody(request);
  if (typeof fault === 'object') {
    setTimeout(() => create(body, state), fault.appliedAfterMs).unref();
    return feishuError(1161000);
  }
  const answer = create(body, state);
  return fault === 'applied' ? feishuError(1161000) : answer;
}

function create(body: Body | undefined, state: FeishuSandboxState): Response {
  if (!body) return feishuError(STAND_IN_REFUSAL, { msg: 'param is invalid' });
  const problem = createBodyProblem(body, state.createChecks, state.tenantRequiredFields);
  if (problem) return feishuError(STAND_IN_REFUSAL, { msg: `param is invalid: ${problem}` });
  const basic = body.basic_info as Body;
  const offer = body.offer_info as Body;
  const outBizId = typeof body.out_biz_id === 'string' ? body.out_biz_id : undefined;
  const existing = outBizId === undefined ? undefined : state.outBizIds.get(outBizId);
  if (existing && state.repeatedOutBizId === 'return-existing') return feishuOk({ pre_hire_id: existing });
  if (existing && state.repeatedOutBizId === 'refuse')
    return feishuError(STAND_IN_REFUSAL, { msg: 'param is invalid' });
  const records = [...state.preHiresV2.values()];
  const phone = typeof basic.phone_number === 'string' ? basic.phone_number : undefined;
  if (phone && records.some((record) => personPhones(record).includes(phone))) return feishuError(1161029);
  const workEmail = typeof offer.work_email === 'string' ? offer.work_email : undefined;
  if (workEmail && records.some((record) => record.employment_info?.work_email === workEmail))
    return feishuError(1161037);
  const workerId = typeof basic.worker_id === 'string' ? basic.worker_id : undefined;
  if (workerId && records.some((record) => record.employment_info?.worker_id === workerId)) return feishuError(1161048);
  const id = String(7_400_000_000_000_000_000n + BigInt(`0x${randomBytes(6).toString('hex')}`));
  const name = (basic.name ?? {}) as Body;
  state.preHiresV2.set(id, {
    pre_hire_id: id,
    person_info: {
      person_id: String(6_900_000_000_000_000_000n + BigInt(`0x${randomBytes(5).toString('hex')}`)),
      preferred_name: typeof name.full_name === 'string' ? name.full_name : null,
      name_list: [{ ...structuredClone(name), name_type: enumOf('preferred_name') }],
      phone_list: phone
        ? [
            {
              phone_number: phone,
              international_area_code: enumOf(String(basic.international_area_code ?? '86_china')),
              is_primary: true,
            },
          ]
        : [],
      email_list:
        typeof basic.email === 'string' ? [{ email: basic.email, is_primary: true, email_usage: enumOf('home') }] : [],
      national_id_list: structuredClone((basic.national_id_list as never) ?? []),
      date_of_birth: typeof basic.date_of_birth === 'string' ? basic.date_of_birth : null,
    },
    employment_info: {
      department_id: text(offer.department_id),
      worker_id: workerId ?? null,
      employee_type_id: text(offer.employee_type_id),
      work_email: workEmail ?? null,
      job_id: text(offer.job_id),
      // Feishu answers these enums as plain strings (the official definitions type them `string`).
      employment_type: text(offer.employment_type_id),
    },
    onboarding_info: {
      ats_application_id: text(body.ats_application_id),
      onboarding_date: text(offer.onboarding_date),
      onboarding_status: 'preboarding',
      flow_id: `flow-${id}`,
      onboarding_task_list: initialTasks(),
      entry_mode: text(offer.entry_mode),
      recruitment_type: text(offer.recruitment_type_id),
    },
    probation_info: {
      probation_start_date: text(offer.probation_start_date),
      probation_end_date: text(offer.probation_end_date),
    },
    contract_info: {
      contract_start_date: text(offer.contract_start_date),
      contract_end_date: text(offer.contract_end_date),
      contract_type: text(offer.contract_type),
      duration_type: text(offer.duration_type_id),
      signing_type: text(offer.signing_type_id),
    },
  });
  state.recordCreate(id, outBizId);
  return feishuOk({ pre_hire_id: id });
}
