import type { HireWebhookPayload } from '@hr/comeet/webhooks';
import type { MappingConfig } from '../config/mapping-config.js';
import { isIsoDate } from './dates.js';
import { type MappingResult, PreHireDraft, hasText, present } from './types.js';

/**
 * Maps a Comeet hire (the Hires API payload of a verified hire webhook) to a Feishu CoreHR v2
 * "Create pre-hire" body.
 *
 * From Comeet: `first_name` / `middle_name` / `last_name` → `basic_info.name` (`first_name`,
 * `middle_name`, `name_primary` the family name, and `full_name` joining them); `email`;
 * `start_date` (already `YYYY-MM-DD`) → `offer_info.onboarding_date`. From the configuration:
 * `position.department` → `department_id`, `position.employee_type` → `employee_type_id`,
 * `position.comeet_id` → `job_id`, and `employment_type_id`.
 *
 * Required (else the hire is not created): a name, the start date, the department, the employee
 * type. `hired_date` is not used as a start date: Comeet sends both, and they differ. Reported when
 * present but not carried over: phone numbers (free text in Comeet, without a separate calling
 * code), the ID number, the location, the hiring manager (Feishu wants an employment ID), the
 * seniority (Feishu wants a job level ID).
 */
export function mapComeetHire(hire: HireWebhookPayload, config: MappingConfig): MappingResult {
  const draft = new PreHireDraft(config.employmentTypeId);
  const { basic_info: basic, offer_info: offer } = draft.body;

  const parts = [hire.first_name, hire.middle_name, hire.last_name].filter(hasText).map((part) => part.trim());
  if (parts.length > 0) {
    basic.name = {
      full_name: parts.join(' '),
      ...(hasText(hire.first_name) ? { first_name: hire.first_name.trim() } : {}),
      ...(hasText(hire.middle_name) ? { middle_name: hire.middle_name.trim() } : {}),
      ...(hasText(hire.last_name) ? { name_primary: hire.last_name.trim() } : {}),
    };
  } else draft.missing('basic_info.name.full_name', 'first_name, last_name', 'the hire has no name');

  if (present(hire.email)) basic.email = hire.email;

  if (present(hire.start_date) && isIsoDate(hire.start_date)) offer.onboarding_date = hire.start_date;
  else
    draft.missing(
      'offer_info.onboarding_date',
      'start_date',
      present(hire.start_date) ? `not a YYYY-MM-DD date: ${hire.start_date}` : 'the hire has no start date',
    );

  const position = hire.position;
  const department = position?.department;
  if (!present(department))
    draft.missing('offer_info.department_id', 'position.department', 'the position has no department');
  else if (config.comeet.departments[department]) offer.department_id = config.comeet.departments[department];
  else
    draft.missing(
      'offer_info.department_id',
      'position.department',
      `no comeet.departments entry for department "${department}"`,
    );

  const employeeType = position?.employee_type;
  const employeeTypeId = present(employeeType)
    ? config.comeet.employeeTypes[employeeType]
    : config.comeet.defaultEmployeeTypeId;
  if (employeeTypeId) offer.employee_type_id = employeeTypeId;
  else
    draft.missing(
      'offer_info.employee_type_id',
      'position.employee_type',
      present(employeeType)
        ? `no comeet.employeeTypes entry for "${employeeType}"`
        : 'the position has no employee type and comeet.defaultEmployeeTypeId is not set',
    );

  const positionUid = position?.comeet_id;
  if (present(positionUid)) {
    const job = config.comeet.jobs?.[positionUid];
    if (job) offer.job_id = job;
    else draft.unmapped('offer_info.job_id', 'position.comeet_id', `no comeet.jobs entry for position ${positionUid}`);
  }

  draft.unmappedWhenPresent([
    [
      hire.phone ?? hire.mobile_phone,
      'basic_info.phone_number',
      'phone, mobile_phone',
      'Comeet stores phones as free text; Feishu wants the number and its calling code apart',
    ],
    [
      hire.id_number,
      'basic_info.national_id_list',
      'id_number',
      'Feishu wants a country / region ID and an ID type ID for the document',
    ],
    [position?.location, 'offer_info.onboarding_location_id', 'position.location', 'Feishu wants a location ID'],
    [
      position?.hiring_manager?.email,
      'offer_info.direct_leader_id',
      'position.hiring_manager',
      "Feishu wants the manager's employment ID",
    ],
    [position?.seniority, 'offer_info.job_level_id', 'position.seniority', 'Feishu wants a job level ID'],
  ]);

  return draft.result();
}
