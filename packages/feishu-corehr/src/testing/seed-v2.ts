import type { PreHireV2 } from '../generated/models/pre-hire-v2.js';
import type { PreHireQuery } from '../generated/models/v1.js';
import { enumOf } from './seed.js';

/** The onboarding tasks of a new pre-hire's flow in the sandbox: job information, then personal information. */
export function initialTasks() {
  return [
    { task_code: '1', task_name: '职位信息', task_status: 'in_progress' },
    { task_code: '2', task_name: '个人信息', task_status: 'not_started' },
  ];
}

/**
 * The v2 view of a seeded pre-hire (the v1 seed's people, with person, employment, onboarding,
 * probation and contract blocks). The enum fields of these blocks are plain strings, as the
 * official definitions type them: `employment_type`, `entry_mode`, `recruitment_type`,
 * `contract_type`, `duration_type`, `signing_type`.
 */
export function toPreHireV2(record: PreHireQuery): PreHireV2 {
  const name = JSON.parse(String(record.custom_fields?.find((f) => f.field_name === 'name')?.value ?? '""')) as string;
  const [first = '', last = ''] = name.split(' ');
  const status = String(record.onboarding_status?.enum_name ?? 'preboarding');
  const done = status === 'completed' || status === 'day_one';
  return {
    pre_hire_id: String(record.id),
    person_info: {
      person_id: record.person_id ?? null,
      preferred_name: name,
      name_list: [{ full_name: name, first_name: first, name_primary: last, name_type: enumOf('preferred_name') }],
      phone_list: [],
      email_list: [],
      national_id_list: [],
    },
    employment_info: {
      department_id: record.department_id ?? null,
      worker_id: record.worker_id ?? null,
      employee_type_id: record.employee_type_id ?? null,
      work_email: record.work_email_list?.[0]?.email ?? null,
      cost_center_rates: (record.cost_center_rate ?? []).map((item) => ({ ...item })),
      employment_type: record.employee_type?.enum_name === 'contractor' ? 'contingent_worker' : 'employee',
    },
    onboarding_info: {
      ats_application_id: record.ats_application_id ?? null,
      onboarding_date: record.hire_date ?? null,
      onboarding_status: status,
      flow_id: `flow-${String(record.id)}`,
      onboarding_task_list: initialTasks().map((task) => (done ? { ...task, task_status: 'completed' } : task)),
      entry_mode: 'onsite',
      recruitment_type: 'recent_graduates',
    },
    probation_info: { probation_start_date: record.hire_date ?? null, probation_period: 6 },
    contract_info: {
      contract_start_date: record.hire_date ?? null,
      contract_type: 'labor_contract',
      duration_type: 'fixed_term',
      signing_type: 'renewed',
    },
  };
}
