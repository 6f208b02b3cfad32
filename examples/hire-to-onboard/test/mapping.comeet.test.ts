import { describe, expect, test } from 'vitest';
import { type HireWebhookPayload, parseHirePayload } from '@hr/comeet/webhooks';
import { loadMappingConfig } from '../config/mapping-config.js';
import { SANDBOX_MAPPING_PATH } from '../config/settings.js';
import { mapComeetHire } from '../mapping/comeet-hire.js';

const config = await loadMappingConfig(SANDBOX_MAPPING_PATH);

/** A hire payload as Comeet documents it ("Create an employee"), parsed by the SDK. */
function hire(overrides: Record<string, unknown> = {}, position: Record<string, unknown> = {}): HireWebhookPayload {
  return parseHirePayload(
    JSON.stringify({
      comeet_id: '19E.98',
      first_name: 'Bobby',
      middle_name: null,
      last_name: 'Chauck',
      email: 'bobby@example.com',
      phone: '+1-666-000-0000',
      hired_date: '2026-02-16',
      start_date: '2026-03-02',
      position: {
        comeet_id: '34D.98',
        name: 'Automation QA',
        department: 'R&D',
        employee_type: 'Headcount',
        location: 'Tel Aviv, Israel',
        hiring_manager: { first_name: 'Kelly', last_name: 'Lee', email: 'kelly@example.com' },
        ...position,
      },
      ...overrides,
    }),
  );
}

const fields = (gaps: { field: string }[]) => gaps.map((gap) => gap.field);

describe('mapComeetHire', () => {
  test('maps a hire to a create body: names split as Feishu keeps them, start_date as the onboarding date', () => {
    const result = mapComeetHire(hire(), config);
    expect(result.missing).toEqual([]);
    expect(result.body).toEqual({
      basic_info: {
        name: { full_name: 'Bobby Chauck', first_name: 'Bobby', name_primary: 'Chauck' },
        email: 'bobby@example.com',
      },
      offer_info: {
        employment_type_id: 'employee',
        onboarding_date: '2026-03-02',
        department_id: '7147562782945478177',
        employee_type_id: '6977973225846343171',
      },
    });
  });

  test('reports the phone, location, manager and job it cannot carry over', () => {
    const result = mapComeetHire(hire({ id_number: '12345' }, { seniority: 'Senior' }), config);
    expect(fields(result.unmapped)).toEqual([
      'offer_info.job_id',
      'basic_info.phone_number',
      'basic_info.national_id_list',
      'offer_info.onboarding_location_id',
      'offer_info.direct_leader_id',
      'offer_info.job_level_id',
    ]);
    expect(result.body?.basic_info).not.toHaveProperty('phone_number');
  });

  test('hired_date is not taken for a missing start_date', () => {
    const result = mapComeetHire(hire({ start_date: null }), config);
    expect(result.body).toBeUndefined();
    expect(result.missing).toEqual([
      { field: 'offer_info.onboarding_date', source: 'start_date', reason: 'the hire has no start date' },
    ]);
    expect(mapComeetHire(hire({ start_date: '2026-02-30' }), config).missing[0]!.reason).toBe(
      'not a YYYY-MM-DD date: 2026-02-30',
    );
  });

  test('an unknown department or employee type is missing; an absent type takes the configured default', () => {
    const result = mapComeetHire(hire({}, { department: 'Legal', employee_type: 'Intern' }), config);
    expect(result.missing.map((gap) => gap.reason)).toEqual([
      'no comeet.departments entry for department "Legal"',
      'no comeet.employeeTypes entry for "Intern"',
    ]);
    expect(mapComeetHire(hire({}, { employee_type: null }), config).body?.offer_info.employee_type_id).toBe(
      config.comeet.defaultEmployeeTypeId,
    );
  });

  test('a hire without any name is not created', () => {
    const result = mapComeetHire(hire({ first_name: null, last_name: '' }), config);
    expect(fields(result.missing)).toEqual(['basic_info.name.full_name']);
  });
});
