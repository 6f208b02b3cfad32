import { readFile } from 'node:fs/promises';
import { isKnownTimeZone } from '../mapping/dates.js';

/**
 * The Feishu values the ATS data cannot give: tenant-specific IDs and enum values. Every entry is
 * your configuration (copy `sandbox-mapping.json` and replace the IDs with your tenant's, read
 * from Feishu's "Batch get departments", "List employee types" and "Get field details" APIs).
 * A hire whose values have no entry here is reported, never created with a guessed ID.
 */
export interface MappingConfig {
  /** IANA time zone the ATS instants are read in to get dates, e.g. `Asia/Shanghai`. */
  timeZone: string;
  /** Feishu `offer_info.employment_type_id` enum sent for every hire, e.g. `employee` (Feishu notes it is in fact required). */
  employmentTypeId: string;
  /** Country calling code as the ATS writes it (e.g. `+86`) → Feishu `international_area_code` enum (e.g. `86_china`). */
  areaCodes: Record<string, string>;
  /** Moka-specific IDs. */
  moka: AtsMapping & {
    /** Moka `hireMode` (1 experienced hires, 2 campus) → Feishu `employee_type_id`. */
    employeeTypes: Record<string, string>;
  };
  /** Comeet-specific IDs. */
  comeet: AtsMapping & {
    /** Comeet `position.employee_type` (`Headcount`, `Outsource`, `Intern`) → Feishu `employee_type_id`. */
    employeeTypes: Record<string, string>;
  };
}

/** What both ATS mappings share. */
interface AtsMapping {
  /** ATS department (Moka department code, Comeet department name) → Feishu `department_id`. */
  departments: Record<string, string>;
  /** ATS job (Moka job id, Comeet position UID) → Feishu `job_id` (optional: unlisted jobs are reported). */
  jobs?: Record<string, string> | undefined;
  /** Feishu `employee_type_id` for hires whose record carries no employee type at all (never used for an unknown one). */
  defaultEmployeeTypeId?: string | undefined;
}

const isRecordOfStrings = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((entry) => typeof entry === 'string' && entry !== '');

/** The problems of a parsed configuration (empty when it is usable), each naming the key. */
export function mappingConfigProblems(config: unknown): string[] {
  const problems: string[] = [];
  const root = (config ?? {}) as Record<string, unknown>;
  if (typeof root.timeZone !== 'string' || !isKnownTimeZone(root.timeZone))
    problems.push('timeZone: must be an IANA time zone, e.g. "Asia/Shanghai"');
  if (typeof root.employmentTypeId !== 'string' || root.employmentTypeId === '')
    problems.push('employmentTypeId: must be a Feishu employment type enum, e.g. "employee"');
  if (!isRecordOfStrings(root.areaCodes)) problems.push('areaCodes: must map calling codes to Feishu enums');
  for (const ats of ['moka', 'comeet'] as const) {
    const section = root[ats] as Record<string, unknown> | undefined;
    if (typeof section !== 'object' || section === null) {
      problems.push(`${ats}: is required`);
      continue;
    }
    for (const key of ['departments', 'employeeTypes'])
      if (!isRecordOfStrings(section[key])) problems.push(`${ats}.${key}: must map ATS values to non-empty Feishu IDs`);
    if (section.jobs !== undefined && !isRecordOfStrings(section.jobs))
      problems.push(`${ats}.jobs: must map ATS jobs to non-empty Feishu job IDs`);
    if (
      section.defaultEmployeeTypeId !== undefined &&
      (typeof section.defaultEmployeeTypeId !== 'string' || section.defaultEmployeeTypeId === '')
    )
      problems.push(`${ats}.defaultEmployeeTypeId: must be a non-empty Feishu employee type ID`);
  }
  return problems;
}

/** Reads and checks a mapping configuration file; throws one error listing every problem. */
export async function loadMappingConfig(path: string): Promise<MappingConfig> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the mapping configuration ${path}: ${(error as Error).message}`);
  }
  const problems = mappingConfigProblems(parsed);
  if (problems.length > 0) throw new Error(`The mapping configuration ${path} is not usable: ${problems.join('; ')}`);
  return parsed as MappingConfig;
}
