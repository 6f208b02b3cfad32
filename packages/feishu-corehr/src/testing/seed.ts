import type { PreHireQuery } from '../generated/models/v1.js';

/** Cost centers known to the sandbox, with their state. */
export const SANDBOX_COST_CENTERS: Readonly<Record<string, 'active' | 'deactivated' | 'disabling'>> = {
  '6950635856373745165': 'active',
  '6950635856373745166': 'active',
  '6950635856373745167': 'active',
  '6950635856373745170': 'deactivated',
  '6950635856373745171': 'disabling',
};

/** Display names of the enum values the sandbox uses. */
const ENUM_DISPLAY: Readonly<Record<string, readonly [zh: string, en: string]>> = {
  regular: ['正式', 'Regular'],
  intern: ['实习', 'Intern'],
  contractor: ['外包', 'Contractor'],
  preboarding: ['待入职', 'To be onboarded'],
  day_one: ['准备就绪', 'Ready'],
  completed: ['已完成', 'Completed'],
  withdrawn: ['已撤销', 'Withdrawn'],
  deleted: ['已删除', 'Deleted'],
  work: ['工作', 'Work'],
};

/** An enum object with its zh-CN and en-US display names. */
export function enumOf(name: string) {
  // Own keys only: a name such as `__proto__` must not find Object.prototype.
  const [zh, en] = Object.hasOwn(ENUM_DISPLAY, name) ? ENUM_DISPLAY[name]! : [name, name];
  return {
    enum_name: name,
    display: [
      { lang: 'zh-CN', value: zh },
      { lang: 'en-US', value: en },
    ],
  };
}

const GIVEN = ['Sandy', 'Wei', 'Lina', 'Hao', 'Mei', 'Jun', 'Yan', 'Tao', 'Xin', 'Bo'];
const FAMILY = ['Zhang', 'Li', 'Wang', 'Liu', 'Chen'];
const TYPES = ['regular', 'regular', 'intern', 'regular', 'contractor'];
const STATUSES = ['preboarding', 'preboarding', 'day_one', 'completed', 'withdrawn'];
const DEPARTMENTS = ['6893014062142064135', '6893014062142064136', '6893014062142064137'];

/** `count` realistic pre-hires, ids `7140964208476371`, `7140964208476372`, ... */
export function seedPreHires(count = 25): PreHireQuery[] {
  return Array.from({ length: count }, (_, i) => {
    const given = GIVEN[(i + Math.floor(i / GIVEN.length)) % GIVEN.length]!;
    const family = FAMILY[i % FAMILY.length]!;
    const split = i % 4 === 0;
    const employeeType = TYPES[i % TYPES.length]!;
    return {
      ats_application_id: String(4719168654814483759n + BigInt(i)),
      id: String(7140964208476371 + i),
      hire_date: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
      employee_type: enumOf(employeeType),
      worker_id: String(1245646 + i),
      employee_type_id: employeeType === 'intern' ? '6972460512853755656' : '6972460512853755655',
      person_id: String(656464648662 + i),
      custom_fields: [
        { field_name: 'name', value: JSON.stringify(`${given} ${family}`) },
        { field_name: 'probation_months', value: JSON.stringify(3 + (i % 4)) },
        { field_name: 'laptop_ids', value: JSON.stringify([`LT-${1000 + i}`]) },
      ],
      onboarding_status: enumOf(STATUSES[i % STATUSES.length]!),
      cost_center_rate: split
        ? [
            { cost_center_id: '6950635856373745165', rate: 60 },
            { cost_center_id: '6950635856373745166', rate: 40 },
          ]
        : [{ cost_center_id: '6950635856373745165', rate: 100 }],
      work_email_list: [
        {
          email: `${given}.${family}${i}@example.com`.toLowerCase(),
          is_primary: true,
          is_public: true,
          email_usage: enumOf('work'),
          custom_fields: [],
        },
      ],
      department_id: DEPARTMENTS[i % DEPARTMENTS.length]!,
    };
  });
}
