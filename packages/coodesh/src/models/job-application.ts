import { lazySchema, openEnum, schemaFor } from '@hr/core/internal';
import { z } from 'zod';
import { JOB_CONTRACT_TYPES, type JobContractType } from './job-enums.js';
import { SalaryRangeInputSchema, SalaryRangeSchema, type SalaryRange, type SalaryRangeInput } from './salary.js';

/** The candidate's address sent with an application. */
export interface CandidateAddressInput {
  /** City, e.g. `Belo Horizonte`. */
  city?: string;
  /** State or province code, e.g. `MG`. */
  province?: string;
  /** Country code, e.g. `BR`. */
  country?: string;
  /** Phone number, e.g. `+5531999998888`. */
  phone?: string;
}

/** Schema of {@link CandidateAddressInput}. */
export const CandidateAddressInputSchema = lazySchema(() =>
  schemaFor<CandidateAddressInput>()(
    z.looseObject({
      city: z.string().optional(),
      province: z.string().optional(),
      country: z.string().optional(),
      phone: z.string().optional(),
    }),
  ),
);

/** Body of `POST /jobs/apply/:jobId`: a candidate's application to a job. */
export interface ApplyToJobBody {
  /** Candidate email address (required). */
  email: string;
  /** Candidate full name (required). */
  fullname: string;
  /** LinkedIn profile URL (the reference lost this field's name; `linkedin` is a guess). */
  linkedin?: string;
  /** GitHub profile URL. */
  github?: string;
  /** CV/resume URL (required if no file upload). */
  cv?: string;
  /** Preferred contact method, e.g. `email` (see `fields.applications()` → `contact_preference`). */
  contact_preference?: string;
  /** Preferred contact hours, e.g. `morning`. */
  contact_hour?: string;
  /** Contract type preference. */
  contract_type?: (typeof JOB_CONTRACT_TYPES)[number];
  /** Salary range expectation (BRL). */
  salary_range?: SalaryRangeInput;
  /** Salary range expectation (JPY). */
  salary_range_jp?: SalaryRangeInput;
  /** Open to relocate to other cities. */
  other_cities?: boolean;
  /** Candidate address. */
  address?: CandidateAddressInput;
}

/** Schema of {@link ApplyToJobBody}. */
export const ApplyToJobBodySchema = lazySchema(() =>
  schemaFor<ApplyToJobBody>()(
    z.looseObject({
      email: z.email(),
      fullname: z.string().trim().min(1),
      linkedin: z.url().optional(),
      github: z.url().optional(),
      cv: z.url().optional(),
      contact_preference: z.string().min(1).optional(),
      contact_hour: z.string().min(1).optional(),
      contract_type: z.enum(JOB_CONTRACT_TYPES).optional(),
      salary_range: SalaryRangeInputSchema().optional(),
      salary_range_jp: SalaryRangeInputSchema().optional(),
      other_cities: z.boolean().optional(),
      address: CandidateAddressInputSchema().optional(),
    }),
  ),
);

/** State of one report attached to an application. */
export interface ApplicationReport {
  /** Report status, e.g. `completed` or `pending`. */
  status?: string | null;
  /** Access token of the report. */
  token?: string | null;
  /** Access token of the behavioural passport. */
  passport_token?: string | null;
}

/** Schema of {@link ApplicationReport}. */
export const ApplicationReportSchema = lazySchema(() =>
  schemaFor<ApplicationReport>()(
    z.looseObject({
      status: z.string().nullish(),
      token: z.string().nullish(),
      passport_token: z.string().nullish(),
    }),
  ),
);

/** The application created by `POST /jobs/apply/:jobId`. */
export interface JobApplication {
  /** The application's id. */
  _id?: string | null;
  /** Candidate full name. */
  fullname?: string | null;
  /** Preferred contact method, e.g. `email`. */
  contact_preference?: string | null;
  /** Contract type preference, e.g. `clt`. */
  contract_type?: JobContractType | null;
  /** Salary range expectation. */
  salary_range?: SalaryRange | null;
  /** Application status, e.g. `draft`. */
  status?: string | null;
  /** Display label of `status`, e.g. `Draft`. */
  status_formatted?: string | null;
  /** Id of the candidate's user. */
  user?: string | null;
  /** Behavioural report state. */
  behavioral_report?: ApplicationReport | null;
  /** Scorecard report state. */
  scorecard_report?: ApplicationReport | null;
  /** Quiz report state. */
  quiz_report?: ApplicationReport | null;
}

/** Schema of {@link JobApplication}. */
export const JobApplicationSchema = lazySchema(() =>
  schemaFor<JobApplication>()(
    z.looseObject({
      _id: z.string().nullish(),
      fullname: z.string().nullish(),
      contact_preference: z.string().nullish(),
      contract_type: openEnum(JOB_CONTRACT_TYPES).nullish(),
      salary_range: SalaryRangeSchema().nullish(),
      status: z.string().nullish(),
      status_formatted: z.string().nullish(),
      user: z.string().nullish(),
      behavioral_report: ApplicationReportSchema().nullish(),
      scorecard_report: ApplicationReportSchema().nullish(),
      quiz_report: ApplicationReportSchema().nullish(),
    }),
  ),
);
