import { describe, expect, test } from 'vitest';
import type { MokaCandidate } from '@hr/moka';
import { MokaCandidateSchema } from '@hr/moka/schemas';
import { buildCandidate } from '@hr/moka/testing';
import { loadMappingConfig, mappingConfigProblems } from '../config/mapping-config.js';
import { SANDBOX_MAPPING_PATH } from '../config/settings.js';
import { mapMokaCandidate } from '../mapping/moka-candidate.js';

const config = await loadMappingConfig(SANDBOX_MAPPING_PATH);

/** Moka's documented example candidate (offer department code 30, +86), as the SDK parses it. */
function candidate(overrides: Record<string, unknown> = {}, offer: Record<string, unknown> = {}): MokaCandidate {
  const record = buildCandidate(47_200_001, { name: '张三', ...overrides });
  if (record['offer'] !== null)
    record['offer'] = { ...(record['offer'] as object), checkinDate: '2026-03-01T17:30:00.000Z', ...offer };
  return MokaCandidateSchema.parse(record);
}

const fields = (gaps: { field: string }[]) => gaps.map((gap) => gap.field);

describe('mapMokaCandidate', () => {
  test("maps Moka's example candidate to a create body, with the configured Feishu IDs", () => {
    const result = mapMokaCandidate(candidate(), config);
    expect(result.missing).toEqual([]);
    expect(result.body).toEqual({
      basic_info: {
        name: { full_name: '张三' },
        email: 'candidate47200001@example.com',
        phone_number: '17607200001',
        international_area_code: '86_china',
      },
      offer_info: {
        employment_type_id: 'employee',
        onboarding_date: '2026-03-02', // 17:30 UTC on 1 March is 2 March in Asia/Shanghai
        department_id: '7147562782945478177',
        employee_type_id: '6977973225846343171',
      },
    });
    expect(result.body).not.toHaveProperty('out_biz_id'); // the writer adds it
  });

  test('reports the values it cannot carry over instead of guessing them', () => {
    const result = mapMokaCandidate(
      candidate({ gender: 'Male', citizenId: '110101199003070000', certificateType: 1 }),
      config,
    );
    expect(fields(result.unmapped)).toEqual([
      'offer_info.job_id',
      'basic_info.gender_id',
      'basic_info.national_id_list',
      'offer_info.onboarding_location_id',
      'offer_info.job_level_id',
    ]);
    expect(result.body?.basic_info).not.toHaveProperty('gender_id');
    expect(result.body?.basic_info).not.toHaveProperty('national_id_list');
    expect(result.unmapped[0]!.reason).toContain('ea932057-2637-4408-98a2-a3366b4ade14');
  });

  test('a department without a mapping is missing: no body, so nothing is created', () => {
    const result = mapMokaCandidate(candidate({}, { departmentCode: 99 }), config);
    expect(result.body).toBeUndefined();
    expect(result.missing).toEqual([
      {
        field: 'offer_info.department_id',
        source: 'offer.departmentCode',
        reason: 'no moka.departments entry for department code 99',
      },
    ]);
  });

  test('no name, no start date, no offer department: each one is named', () => {
    const result = mapMokaCandidate(candidate({ name: null, offer: null }), config);
    expect(result.body).toBeUndefined();
    expect(fields(result.missing)).toEqual([
      'basic_info.name.full_name',
      'offer_info.onboarding_date',
      'offer_info.department_id',
    ]);
  });

  test('an unreadable start time is missing, not sent', () => {
    const result = mapMokaCandidate(candidate({}, { checkinDate: 'next Monday' }), config);
    expect(result.missing).toEqual([
      { field: 'offer_info.onboarding_date', source: 'offer.checkinDate', reason: 'not a readable time: next Monday' },
    ]);
  });

  test('a phone whose calling code has no areaCodes entry is reported and left out', () => {
    const result = mapMokaCandidate(candidate({ prefixPhone: '+852' }), config);
    expect(result.body?.basic_info.phone_number).toBeUndefined();
    expect(result.body?.basic_info.international_area_code).toBeUndefined();
    expect(result.unmapped[0]).toEqual({
      field: 'basic_info.phone_number',
      source: 'phone, prefixPhone',
      reason: 'no areaCodes entry for the calling code +852',
    });
  });

  test('employee type: hireMode through the table; an unknown mode is missing, not defaulted', () => {
    expect(mapMokaCandidate(candidate({ hireMode: 2 }), config).missing).toEqual([
      {
        field: 'offer_info.employee_type_id',
        source: 'hireMode',
        reason: 'no moka.employeeTypes entry for hireMode 2',
      },
    ]);
    const withDefault = { ...config, moka: { ...config.moka, defaultEmployeeTypeId: 'default-type' } };
    expect(mapMokaCandidate(candidate({ hireMode: 2 }), withDefault).missing).toHaveLength(1);
    expect(mapMokaCandidate(candidate({ hireMode: null }), withDefault).body?.offer_info.employee_type_id).toBe(
      'default-type',
    );
  });

  test('birth dates are read in the configured zone', () => {
    const body = mapMokaCandidate(candidate({ birthDate: '1990-05-31T16:00:00.000Z' }), config).body!;
    expect(body.basic_info.date_of_birth).toBe('1990-06-01');
    const utc = mapMokaCandidate(candidate({ birthDate: '1990-05-31T16:00:00.000Z' }), { ...config, timeZone: 'UTC' });
    expect(utc.body!.basic_info.date_of_birth).toBe('1990-05-31');
  });
});

describe('the mapping configuration', () => {
  test('the sandbox configuration is usable', () => {
    expect(mappingConfigProblems(config)).toEqual([]);
  });

  test('every problem is named by its key', () => {
    expect(
      mappingConfigProblems({ timeZone: 'Mars/Olympus', areaCodes: { '+86': '' }, moka: { departments: {} } }),
    ).toEqual([
      'timeZone: must be an IANA time zone, e.g. "Asia/Shanghai"',
      'employmentTypeId: must be a Feishu employment type enum, e.g. "employee"',
      'areaCodes: must map calling codes to Feishu enums',
      'moka.employeeTypes: must map ATS values to non-empty Feishu IDs',
      'comeet: is required',
    ]);
  });
});
