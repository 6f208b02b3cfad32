import type { MokaCandidate } from '@hr/moka';
import type { MappingConfig } from '../config/mapping-config.js';
import { dateInZone } from './dates.js';
import { type MappingResult, PreHireDraft, hasText, present } from './types.js';

/**
 * Maps a Moka candidate (from `candidates.pull()` or a `pushCandidate` webhook) to a Feishu CoreHR
 * v2 "Create pre-hire" body.
 *
 * From Moka: `name` → `basic_info.name.full_name`; `email`; `phone` with `prefixPhone` (through
 * `areaCodes`) → `phone_number` + `international_area_code`; `birthDate` → `date_of_birth` and
 * `offer.checkinDate` (the estimated start) → `offer_info.onboarding_date`, both read in
 * `timeZone`. From the configuration: `offer.departmentCode` → `department_id`, `hireMode` →
 * `employee_type_id`, `job.jobId` → `job_id`, and `employment_type_id`.
 *
 * Required (else the hire is not created): the name, the start date, the department, the employee
 * type. Reported when present but not carried over: gender, nationality, marital status, the
 * identity document (Feishu needs tenant IDs for its country and type), the offer's location (free
 * text; Feishu wants a location ID), the job level, a phone whose calling code has no mapping.
 */
export function mapMokaCandidate(candidate: MokaCandidate, config: MappingConfig): MappingResult {
  const draft = new PreHireDraft(config.employmentTypeId);
  const { basic_info: basic, offer_info: offer } = draft.body;

  if (hasText(candidate.name)) basic.name = { full_name: candidate.name.trim() };
  else draft.missing('basic_info.name.full_name', 'name', 'the candidate has no name');

  if (present(candidate.email)) basic.email = candidate.email;

  if (present(candidate.phone)) {
    const areaCode = present(candidate.prefixPhone) ? config.areaCodes[candidate.prefixPhone] : undefined;
    if (areaCode) {
      basic.phone_number = candidate.phone;
      basic.international_area_code = areaCode;
    } else
      draft.unmapped(
        'basic_info.phone_number',
        'phone, prefixPhone',
        present(candidate.prefixPhone)
          ? `no areaCodes entry for the calling code ${candidate.prefixPhone}`
          : 'Moka gives no calling code (prefixPhone) for the phone',
      );
  }

  if (present(candidate.birthDate)) {
    const date = dateInZone(candidate.birthDate, config.timeZone);
    if (date) basic.date_of_birth = date;
    else draft.unmapped('basic_info.date_of_birth', 'birthDate', `not a readable time: ${candidate.birthDate}`);
  }

  const checkin = candidate.offer?.checkinDate;
  const start = present(checkin) ? dateInZone(checkin, config.timeZone) : undefined;
  if (start) offer.onboarding_date = start;
  else
    draft.missing(
      'offer_info.onboarding_date',
      'offer.checkinDate',
      present(checkin) ? `not a readable time: ${checkin}` : 'the offer has no estimated start date',
    );

  const departmentCode = candidate.offer?.departmentCode;
  if (!present(departmentCode))
    draft.missing('offer_info.department_id', 'offer.departmentCode', 'the offer names no onboarding department');
  else if (config.moka.departments[String(departmentCode)])
    offer.department_id = config.moka.departments[String(departmentCode)];
  else
    draft.missing(
      'offer_info.department_id',
      'offer.departmentCode',
      `no moka.departments entry for department code ${departmentCode}`,
    );

  const hireMode = candidate.hireMode;
  const employeeType = present(hireMode)
    ? config.moka.employeeTypes[String(hireMode)]
    : config.moka.defaultEmployeeTypeId;
  if (employeeType) offer.employee_type_id = employeeType;
  else
    draft.missing(
      'offer_info.employee_type_id',
      'hireMode',
      present(hireMode)
        ? `no moka.employeeTypes entry for hireMode ${hireMode}`
        : 'Moka gives no hireMode and moka.defaultEmployeeTypeId is not set',
    );

  const jobId = candidate.job?.jobId;
  if (present(jobId)) {
    const feishuJob = config.moka.jobs?.[jobId];
    if (feishuJob) offer.job_id = feishuJob;
    else draft.unmapped('offer_info.job_id', 'job.jobId', `no moka.jobs entry for job ${jobId}`);
  }

  draft.unmappedWhenPresent([
    [candidate.gender, 'basic_info.gender_id', 'gender', 'Feishu wants its gender enum: no mapping configured'],
    [candidate.nationality, 'basic_info.nationality_v2_id', 'nationality', 'Feishu wants a nationality ID'],
    [candidate.married, 'basic_info.marital_status', 'married', 'Feishu wants its marital status enum'],
    [
      candidate.citizenId,
      'basic_info.national_id_list',
      'citizenId, certificateType',
      'Feishu wants a country / region ID and an ID type ID for the document',
    ],
    [
      candidate.offer?.location,
      'offer_info.onboarding_location_id',
      'offer.location',
      'Moka writes the location as free text; Feishu wants a location ID',
    ],
    [
      candidate.offer?.jobRankInfo?.name,
      'offer_info.job_level_id',
      'offer.jobRankInfo',
      'Feishu wants a job level ID: no mapping configured',
    ],
  ]);

  return draft.result();
}
