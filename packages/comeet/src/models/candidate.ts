import { z } from 'zod';
import { openEnum, schemaFor } from '@hr/core/internal';
import { PROSPECT_STATUSES } from './create-candidate.js';

/**
 * The candidate statuses of the Candidate schema (https://developers.comeet.com/reference/candidates-copy):
 * In progress, On hold, Awaiting Decision, Rejected, Withdrawn, Hired.
 */
export const CANDIDATE_STATUSES = [
  'In progress',
  'On hold',
  'Awaiting Decision',
  'Rejected',
  'Withdrawn',
  'Hired',
] as const;

/** A candidate status: one of `CANDIDATE_STATUSES`, or a value Comeet adds later. */
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number] | (string & {});

/** A step of the candidate's hiring process (Retrieve a Candidate, https://developers.comeet.com/reference/retrieve-a-candidate). */
export interface CandidateStep {
  /** Step name, e.g. `Technical interview`. */
  name?: string | null | undefined;
  /** Step type, e.g. `In person Interview` or `Go/No-go`. */
  type?: string | null | undefined;
  /** When the step is (or was) scheduled, `YYYY-MM-DDTHH:mm:ssZ`. */
  time_scheduled?: string | null | undefined;
  /** When the step was completed (completed steps only), `YYYY-MM-DDTHH:mm:ssZ`. */
  time_completed?: string | null | undefined;
}

/**
 * The source contact of a candidate (e.g. the headhunter who submitted them). Receiving it requires a
 * permission ("Include source contact ID", "... personal details"). The Candidate schema lists `uid`,
 * `first_name`, `last_name` and `email`; the response examples of Create, Retrieve and Update a
 * Candidate show `full_name`, `email` and `phone`: both shapes are typed.
 */
export interface SourceContact {
  /** UID of the source contact (Candidate schema). */
  uid?: string | null | undefined;
  /** First name of the source contact (Candidate schema). */
  first_name?: string | null | undefined;
  /** Last name of the source contact (Candidate schema). */
  last_name?: string | null | undefined;
  /** Email address of the source contact, e.g. `michael@agency.example`. */
  email?: string | null | undefined;
  /** Full name, e.g. `Michael Rosen` (Create / Retrieve / Update a Candidate response examples). */
  full_name?: string | null | undefined;
  /** Phone number as entered, e.g. `555 555 1234` (Create / Retrieve / Update response examples). */
  phone?: string | null | undefined;
}

/** Where the candidate came from. Receiving it requires the permission "Include source data in candidate object". */
export interface CandidateSource {
  /** UID of the source. */
  uid?: string | null | undefined;
  /** Name of the source, e.g. the agency's or the referrer's name. */
  name?: string | null | undefined;
  /**
   * Source type, e.g. `Agency` or `Referrer: Compensated`. Not enumerated for the Recruiting API, and
   * spelled with different capitals elsewhere (a production client saw `Active search` in the API and
   * `Active Search` in Comeet's CSV export): compare without case.
   */
  type?: string | null | undefined;
}

/** The opening a Hired candidate was hired for (included only when `status` is `Hired`). */
export interface CandidateOpening {
  /** The opening's UID. */
  uid?: string | null | undefined;
  /** The start date of the hired candidate, `YYYY-MM-DDTHH:mm:ssZ`. */
  time_start_to_work?: string | null | undefined;
  /**
   * The hire date of the hired candidate (the Opening model's `hired_candidate_hire_date`,
   * https://developers.comeet.com/reference/openings-copy). Use it as the hire date, not
   * `time_last_status_changed`, which moves with any later status change.
   */
  hired_candidate_hire_date?: string | null | undefined;
}

/** The candidate's resume (only with the dedicated permission). */
export interface CandidateResume {
  /** File name, e.g. `bobby_cv.docx`. */
  name?: string | null | undefined;
  /** Download URL. It expires 15 minutes after it is delivered: read the candidate again for a fresh one, do not store it. */
  url?: string | null | undefined;
}

/**
 * A candidate, as Comeet returns it (Candidate schema, https://developers.comeet.com/reference/candidates-copy).
 * A candidate object is one hiring process: the same person in several positions is several candidates
 * sharing a `person_uid`. Fields marked with a permission come only when the integration has it.
 * Unknown fields are kept. Not every field you POST can be read back.
 */
export interface Candidate {
  /**
   * The candidate's API UID, e.g. `00.AAA`. Comeet's UI and profile URLs show a numeric ID instead
   * (`/can/60235428`); the API answers that one with 404 `not_found` unless it is read with
   * `retrieve(id, { identifier_type: 'REAL_ID' })`.
   */
  uid: string;
  /** The candidate's person UID: each person can have several candidate objects (hiring processes). */
  person_uid?: string | null | undefined;
  /** First name. */
  first_name?: string | null | undefined;
  /** Middle name. */
  middle_name?: string | null | undefined;
  /** Last name. */
  last_name?: string | null | undefined;
  /** Email address. */
  email?: string | null | undefined;
  /** Phone number, as entered. */
  phone?: string | null | undefined;
  /** Mobile phone number, as entered. */
  mobile_phone?: string | null | undefined;
  /** National ID number (`national_id` when creating the candidate). */
  id_number?: string | null | undefined;
  /** LinkedIn profile URL. */
  linkedin_url?: string | null | undefined;
  /** True when the candidate was deleted; the object then includes only `uid`. */
  deleted?: boolean | null | undefined;
  /** UID of the candidate's position. */
  position_uid?: string | null | undefined;
  /** The source contact (requires a permission). */
  source_contact?: SourceContact | null | undefined;
  /** The source (requires the permission "Include source data in candidate object"). */
  source?: CandidateSource | null | undefined;
  /** When the candidate was created, `YYYY-MM-DDTHH:mm:ssZ`. */
  time_created?: string | null | undefined;
  /** URL of the candidate's profile in Comeet; its `/can/<id>` part is the numeric ID shown in Comeet. */
  URL?: string | null | undefined;
  /** The steps the candidate completed. */
  completed_steps?: CandidateStep[] | null | undefined;
  /** While the candidate is In progress, the steps it is waiting for; empty in any other status. */
  current_steps?: CandidateStep[] | null | undefined;
  /** The steps still ahead (requires the permission "Include future workflow steps in candidate object"). */
  future_steps?: CandidateStep[] | null | undefined;
  /** One of In progress, On hold, Awaiting Decision, Rejected, Withdrawn, Hired. */
  status?: CandidateStatus | null | undefined;
  /** One of Sourced, Contacted, Responded, Interested, Not interested, Do not contact. */
  prospect_status?: (typeof PROSPECT_STATUSES)[number] | (string & {}) | null | undefined;
  /** The opening the candidate was hired for; included when `status` is `Hired`. */
  opening?: CandidateOpening | null | undefined;
  /** When the status last changed, `YYYY-MM-DDTHH:mm:ssZ`. Not the hire date: see `opening.hired_candidate_hire_date`. */
  time_last_status_changed?: string | null | undefined;
  /** The resume; included only when the dedicated permission is granted. Its URL expires after 15 minutes. */
  resume?: CandidateResume | null | undefined;
  /** Tags of the candidate, objects (their fields are not shown in the public Candidate schema). */
  tags?: Record<string, unknown>[] | null | undefined;
}

/** A file on the candidate's profile (Files tab). */
export interface CandidateFile {
  /** Download URL; it expires after 15 minutes (read the candidate's files again to refresh it). */
  url?: string | null | undefined;
  /** File name, e.g. `file-1.txt`. */
  name?: string | null | undefined;
}

const str = z.string().nullish();

export const CandidateStepSchema = schemaFor<CandidateStep>()(
  z.looseObject({ name: str, type: str, time_scheduled: str, time_completed: str }),
);

export const SourceContactSchema = schemaFor<SourceContact>()(
  z.looseObject({ uid: str, first_name: str, last_name: str, email: str, full_name: str, phone: str }),
);

export const CandidateSourceSchema = schemaFor<CandidateSource>()(z.looseObject({ uid: str, name: str, type: str }));

export const CandidateOpeningSchema = schemaFor<CandidateOpening>()(
  z.looseObject({ uid: str, time_start_to_work: str, hired_candidate_hire_date: str }),
);

export const CandidateResumeSchema = schemaFor<CandidateResume>()(z.looseObject({ name: str, url: str }));

const steps = z.array(CandidateStepSchema).nullish();

export const CandidateSchema = schemaFor<Candidate>()(
  z.looseObject({
    uid: z.union([z.string(), z.number()]).transform(String),
    person_uid: str,
    first_name: str,
    middle_name: str,
    last_name: str,
    email: str,
    phone: str,
    mobile_phone: str,
    id_number: str,
    linkedin_url: str,
    deleted: z.boolean().nullish(),
    position_uid: str,
    source_contact: SourceContactSchema.nullish(),
    source: CandidateSourceSchema.nullish(),
    time_created: str,
    URL: str,
    completed_steps: steps,
    current_steps: steps,
    future_steps: steps,
    status: openEnum(CANDIDATE_STATUSES).nullish(),
    prospect_status: openEnum(PROSPECT_STATUSES).nullish(),
    opening: CandidateOpeningSchema.nullish(),
    time_last_status_changed: str,
    resume: CandidateResumeSchema.nullish(),
    tags: z.array(z.record(z.string(), z.unknown())).nullish(),
  }),
);

export const CandidateFileSchema = schemaFor<CandidateFile>()(z.looseObject({ url: str, name: str }));

export const CandidateFileListSchema = z.array(CandidateFileSchema);
