import { z } from 'zod';
import { schemaFor } from '@hr/core/internal';

/** A step of the candidate's hiring process. */
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

/** The source contact of a candidate (e.g. the headhunter who submitted them). */
export interface SourceContact {
  /** Full name of the source contact, e.g. `Michael Rosen`. */
  full_name?: string | null | undefined;
  /** Email address of the source contact, e.g. `michael@agency.example`. */
  email?: string | null | undefined;
  /** Phone number of the source contact as entered, e.g. `555 555 1234`; null when not given. */
  phone?: string | null | undefined;
}

/** A candidate in a position, as Comeet returns it. Not every field you POST can be read back. */
export interface Candidate {
  /** Unique ID of the candidate, e.g. `00.AAA`. */
  uid: string;
  /** Unique ID of the candidate's position. */
  position_uid?: string | null | undefined;
  /** The source contact, when one was given. */
  source_contact?: SourceContact | null | undefined;
  /** When the candidate was created, `YYYY-MM-DDTHH:mm:ssZ`. */
  time_created?: string | null | undefined;
  /** When the candidate's status last changed, `YYYY-MM-DDTHH:mm:ssZ`. */
  time_last_status_changed?: string | null | undefined;
  /** The steps the candidate is currently in. */
  current_steps?: CandidateStep[] | null | undefined;
  /** The steps the candidate completed. */
  completed_steps?: CandidateStep[] | null | undefined;
  /** The candidate's status, e.g. `In progress`. */
  status?: string | null | undefined;
}

/** A file on the candidate's profile (Files tab). */
export interface CandidateFile {
  /** Download URL; it expires after 15 minutes (read the candidate's files again to refresh it). */
  url?: string | null | undefined;
  /** File name, e.g. `file-1.txt`. */
  name?: string | null | undefined;
}

const time = z.string().nullish();

export const CandidateStepSchema = schemaFor<CandidateStep>()(
  z.looseObject({
    name: z.string().nullish(),
    type: z.string().nullish(),
    time_scheduled: time,
    time_completed: time,
  }),
);

export const SourceContactSchema = schemaFor<SourceContact>()(
  z.looseObject({
    full_name: z.string().nullish(),
    email: z.string().nullish(),
    phone: z.string().nullish(),
  }),
);

export const CandidateSchema = schemaFor<Candidate>()(
  z.looseObject({
    uid: z.union([z.string(), z.number()]).transform(String),
    position_uid: z.string().nullish(),
    source_contact: SourceContactSchema.nullish(),
    time_created: time,
    time_last_status_changed: time,
    current_steps: z.array(CandidateStepSchema).nullish(),
    completed_steps: z.array(CandidateStepSchema).nullish(),
    status: z.string().nullish(),
  }),
);

export const CandidateFileSchema = schemaFor<CandidateFile>()(
  z.looseObject({
    url: z.string().nullish(),
    name: z.string().nullish(),
  }),
);

export const CandidateFileListSchema = z.array(CandidateFileSchema);
