import { lazySchema, openEnum, schemaFor } from '@hr/core/internal';
import { z } from 'zod';
import { JobAddressSchema, type JobAddress } from './address.js';
import { CompanyReferenceSchema, type CompanyReference } from './company-reference.js';
import { listParams } from './paging.js';
import {
  JOB_APPLICATION_TYPES,
  JOB_CONTRACT_TYPES,
  JOB_FORMATS,
  JOB_KINDS,
  JOB_LEVELS,
  JOB_REMOTE_POLICIES,
  JOB_SALARY_SCOPES,
  JOB_STATUSES,
  type JobApplicationType,
  type JobContractType,
  type JobFormat,
  type JobKind,
  type JobLevel,
  type JobRemotePolicy,
  type JobSalaryScope,
  type JobStatus,
} from './job-enums.js';
import { SalaryRangeSchema, type SalaryRange } from './salary.js';
import { SkillReferenceSchema, type SkillReference } from './skill-reference.js';

/** A job as a card in the job lists (`GET /v2/jobs`, `GET /jobs`, related jobs, a company's jobs). */
export interface JobCard {
  /** The job's id (used by `jobs.apply`). */
  _id?: string | null;
  /** Job title, e.g. `Senior Full-Stack Developer`. */
  title?: string | null;
  /** URL slug of the job (used by `jobs.retrieve` and `jobs.related`). */
  slug?: string | null;
  /** Kind of posting: `job` or `pool` (talent pool). */
  job_type?: JobKind | null;
  /** Display label of `job_type`, e.g. `Job`. */
  job_type_formatted?: string | null;
  /** Contract type, e.g. `clt`. */
  type?: JobContractType | null;
  /** Display label of `type`, e.g. `CLT`. */
  type_formatted?: string | null;
  /** Seniority level, e.g. `specialist`. */
  level?: JobLevel | null;
  /** Display label of `level`, e.g. `Senior`. */
  level_formatted?: string | null;
  /** Remote policy: `integral` (remote), `partial` (hybrid) or `none` (on-site). */
  home_office?: JobRemotePolicy | null;
  /** Display label of `home_office`, e.g. `Remote`. */
  home_office_formatted?: string | null;
  /** Working format, e.g. `full_time`. */
  format?: JobFormat | null;
  /** Display label of `format`, e.g. `Full-time`. */
  format_formatted?: string | null;
  /** How applications are received, e.g. `coodesh`. */
  application_type?: JobApplicationType | null;
  /** Whether the salary is shown: `public` or `private`. */
  salary_scope?: JobSalaryScope | null;
  /** Currency of the salary, e.g. `BRL`. */
  currency_salary?: string | null;
  /** Display salary range, e.g. `R$ 8.000 - R$ 15.000`. */
  salary_range_formatted?: string | null;
  /** Whether candidates from other cities are accepted. */
  other_cities?: boolean | null;
  /** Location of the job, with its geographic point. */
  address?: JobAddress | null;
  /** The hiring company. */
  company?: CompanyReference | null;
  /** Skills asked for. */
  skills?: SkillReference[] | null;
  /** Publication status, e.g. `progress`. */
  status?: JobStatus | null;
  /** Number of views. */
  views?: number | null;
  /** When the job was published (ISO 8601). */
  publish_date?: string | null;
  /** When the job was created (ISO 8601). */
  created?: string | null;
}

/** The shape of {@link JobCard}; the full posting extends it. */
const jobCardShape = () => ({
  _id: z.string().nullish(),
  title: z.string().nullish(),
  slug: z.string().nullish(),
  job_type: openEnum(JOB_KINDS).nullish(),
  job_type_formatted: z.string().nullish(),
  type: openEnum(JOB_CONTRACT_TYPES).nullish(),
  type_formatted: z.string().nullish(),
  level: openEnum(JOB_LEVELS).nullish(),
  level_formatted: z.string().nullish(),
  home_office: openEnum(JOB_REMOTE_POLICIES).nullish(),
  home_office_formatted: z.string().nullish(),
  format: openEnum(JOB_FORMATS).nullish(),
  format_formatted: z.string().nullish(),
  application_type: openEnum(JOB_APPLICATION_TYPES).nullish(),
  salary_scope: openEnum(JOB_SALARY_SCOPES).nullish(),
  currency_salary: z.string().nullish(),
  salary_range_formatted: z.string().nullish(),
  other_cities: z.boolean().nullish(),
  address: JobAddressSchema().nullish(),
  company: CompanyReferenceSchema().nullish(),
  skills: z.array(SkillReferenceSchema()).nullish(),
  status: openEnum(JOB_STATUSES).nullish(),
  views: z.number().nullish(),
  publish_date: z.string().nullish(),
  created: z.string().nullish(),
});

/** Schema of {@link JobCard}. */
export const JobCardSchema = lazySchema(() => schemaFor<JobCard>()(z.looseObject(jobCardShape())));

/** The category of a job. */
export interface JobCategory {
  /** The category's id. */
  _id?: string | null;
  /** Category name, e.g. `Technology`. */
  name?: string | null;
  /** Category slug, e.g. `technology`. */
  slug?: string | null;
}

/** Schema of {@link JobCategory}. */
export const JobCategorySchema = lazySchema(() =>
  schemaFor<JobCategory>()(
    z.looseObject({
      _id: z.string().nullish(),
      name: z.string().nullish(),
      slug: z.string().nullish(),
    }),
  ),
);

/** A full public job posting (`GET /jobs/single/:slug`). */
export interface Job extends JobCard {
  /** HTML description of the job. */
  description?: string | null;
  /** Roles sought, e.g. `['backend', 'fullstack']`. */
  looking_for?: string[] | null;
  /** Display labels of `looking_for`. */
  looking_for_formatted?: string[] | null;
  /** Salary range offered. */
  salary_range?: SalaryRange | null;
  /** Category of the job. */
  category?: JobCategory | null;
  /** Languages asked for. */
  languages?: string[] | null;
  /** Requirements. */
  requirements?: string[] | null;
  /** Nice-to-haves. */
  differentials?: string[] | null;
  /** Highlights of the offer. */
  highlights?: string[] | null;
  /** Benefits. */
  benefits?: string[] | null;
  /** Challenges of the selection process. */
  challenges?: string[] | null;
  /** When the posting expires (ISO 8601). */
  expires?: string | null;
  /** Display label of `status`, e.g. `In Progress`. */
  status_formatted?: string | null;
  /** Number of applications received. */
  proposals_counter?: number | null;
  /** Whether the job is hidden from search. */
  exclude_from_search?: boolean | null;
  /** The viewer's application to this job, or null when none. */
  application?: Record<string, unknown> | null;
}

/** Schema of {@link Job}. */
export const JobSchema = lazySchema(() =>
  schemaFor<Job>()(
    z.looseObject({
      ...jobCardShape(),
      description: z.string().nullish(),
      looking_for: z.array(z.string()).nullish(),
      looking_for_formatted: z.array(z.string()).nullish(),
      salary_range: SalaryRangeSchema().nullish(),
      category: JobCategorySchema().nullish(),
      languages: z.array(z.string()).nullish(),
      requirements: z.array(z.string()).nullish(),
      differentials: z.array(z.string()).nullish(),
      highlights: z.array(z.string()).nullish(),
      benefits: z.array(z.string()).nullish(),
      challenges: z.array(z.string()).nullish(),
      expires: z.string().nullish(),
      status_formatted: z.string().nullish(),
      proposals_counter: z.number().nullish(),
      exclude_from_search: z.boolean().nullish(),
      application: z.record(z.string(), z.unknown()).nullish(),
    }),
  ),
);

/** Query of the public job lists: free-text `search` and page-number paging. */
export interface JobListQuery {
  /** Free-text search (title, skills...). */
  search?: string;
  /** Page number, >= 1 (default 1). */
  page?: number;
  /** Page size, 1..2000 (default 20). */
  pageSize?: number;
  /** Maximum number of items, 0..2000 (alternative to `pageSize`). */
  limit?: number;
}

/** Schema of {@link JobListQuery}. */
export const JobListQuerySchema = lazySchema(() =>
  schemaFor<JobListQuery>()(z.looseObject(listParams('search', 'page', 'pageSize', 'limit'))),
);
