/**
 * Job enumerations with the values the Coodesh reference documents (`GET /fields/jobs` gives their
 * display labels). Responses accept unknown values too (open enums); inputs accept only these.
 */

/** Contract type (`type` on jobs, `contract_type` on applications). */
export const JOB_CONTRACT_TYPES = [
  'clt',
  'pj',
  'intern',
  'freelance',
  'flex',
  'consulting',
  'project',
  'lecture',
  'mvp',
  'co_founder',
] as const;
/** Contract type: `clt`, `pj`, `intern`, `freelance`, `flex`, `consulting`, `project`, `lecture`, `mvp`, `co_founder`, or a newer value. */
export type JobContractType = (typeof JOB_CONTRACT_TYPES)[number] | (string & {});

/** Seniority level (`level`). */
export const JOB_LEVELS = ['trainee', 'beginner', 'intermediary', 'specialist'] as const;
/** Seniority level: `trainee`, `beginner` (Junior), `intermediary` (Pleno), `specialist` (Senior), or a newer value. */
export type JobLevel = (typeof JOB_LEVELS)[number] | (string & {});

/** Remote policy (`home_office`). */
export const JOB_REMOTE_POLICIES = ['integral', 'partial', 'none'] as const;
/** Remote policy: `integral` (remote), `partial` (hybrid), `none` (on-site), or a newer value. */
export type JobRemotePolicy = (typeof JOB_REMOTE_POLICIES)[number] | (string & {});

/** Working format (`format`). */
export const JOB_FORMATS = ['full_time', 'part_time'] as const;
/** Working format: `full_time`, `part_time`, or a newer value. */
export type JobFormat = (typeof JOB_FORMATS)[number] | (string & {});

/** Kind of posting (`job_type`). */
export const JOB_KINDS = ['job', 'pool'] as const;
/** Kind of posting: `job`, `pool` (talent pool), or a newer value. */
export type JobKind = (typeof JOB_KINDS)[number] | (string & {});

/** Publication status (`status`). */
export const JOB_STATUSES = ['created', 'progress'] as const;
/** Publication status: `created` (draft), `progress` (in progress), or a newer value. */
export type JobStatus = (typeof JOB_STATUSES)[number] | (string & {});

/** Salary visibility (`salary_scope`). */
export const JOB_SALARY_SCOPES = ['public', 'private'] as const;
/** Salary visibility: `public`, `private`, or a newer value. */
export type JobSalaryScope = (typeof JOB_SALARY_SCOPES)[number] | (string & {});

/** How applications are received (`application_type`). */
export const JOB_APPLICATION_TYPES = ['coodesh', 'email', 'external_url'] as const;
/** How applications are received: `coodesh`, `email` (in the platform), `external_url` (redirect), or a newer value. */
export type JobApplicationType = (typeof JOB_APPLICATION_TYPES)[number] | (string & {});
