import { z } from 'zod';
import { schemaFor } from '@hr/core/internal';
import { requiredString } from './create-candidate.js';
import { comeetTime, formatComeetTime } from './comeet-time.js';
import { UPDATED_BY_TYPES } from './update-candidate.js';

/** Who wrote a note, as "Create a Candidate Note" takes it (https://developers.comeet.com/reference/create-a-candidate-note). */
export interface NoteAuthorInput {
  /** One of `user`, `source_contact`, `other`, `app`. Required. */
  type: (typeof UPDATED_BY_TYPES)[number];
  /** First name of the author (for an app, its name). Required. */
  first_name: string;
  /** Middle name of the author. */
  middle_name?: string | undefined;
  /** Last name of the author. */
  last_name?: string | undefined;
  /** Email address of the author. */
  email?: string | undefined;
}

/** A titled detail shown under the note, e.g. `{ title: 'Phone number', text: '+1-666-000-0000' }`. */
export interface NoteDetailInput {
  /** The detail's title. Required. */
  title: string;
  /** The detail's text. */
  text?: string | undefined;
}

/**
 * The body of `POST /candidates/{uid}/notes`: a note on an existing candidate's profile, to add
 * information about the candidate or document an event. Needs the integration permission "Notes:
 * Create notes on the candidate profile".
 */
export interface AddNoteParams {
  /** When the note was written: a `Date`, or a UTC time `YYYY-MM-DDTHH:mm:ssZ`. Required. */
  time_created: string | Date;
  /** Who wrote the note. Required. */
  created_by: NoteAuthorInput;
  /**
   * The note, HTML. Only `<b>`, `<i>` and `<u>` are supported: Comeet removes other tags, or shows them
   * as text, for security. Required.
   */
  text: string;
  /** Titled details shown with the note. */
  details?: NoteDetailInput[] | undefined;
}

/** The author of a note, as Comeet returns it. */
export interface NoteAuthor {
  /** One of `user`, `source_contact`, `other`, `app`. */
  type?: string | null | undefined;
  /** Comeet's UID of the author. */
  uid?: string | null | undefined;
}

/** A detail of a note, as Comeet returns it. */
export interface NoteDetail {
  /** The detail's title. */
  title?: string | null | undefined;
  /** The detail's text. */
  text?: string | null | undefined;
}

/** A note on a candidate's profile (the answer of Create a Candidate Note). Unknown fields are kept. */
export interface CandidateNote {
  /** The note's UID, e.g. `B12.121`. */
  uid?: string | null | undefined;
  /** When the note was written, `YYYY-MM-DDTHH:mm:ssZ`. */
  time_created?: string | null | undefined;
  /** Who wrote it. */
  created_by?: NoteAuthor | null | undefined;
  /** The note (HTML, `<b>`, `<i>`, `<u>`). */
  text?: string | null | undefined;
  /** Titled details. */
  details?: NoteDetail[] | null | undefined;
}

/** The input schema of `POST /candidates/{uid}/notes`: the documented rules, unknown keys sent as given. */
export const AddNoteBodySchema = z.looseObject({
  time_created: z
    .union([z.date().refine((date) => !Number.isNaN(date.getTime()), 'must be a valid date'), comeetTime], {
      error: 'is required: a Date or a UTC time YYYY-MM-DDTHH:mm:ssZ',
    })
    .transform((time) => (time instanceof Date ? formatComeetTime(time) : time)),
  created_by: z.looseObject(
    {
      type: z.enum(UPDATED_BY_TYPES, { error: `must be one of: ${UPDATED_BY_TYPES.join(', ')}` }),
      first_name: requiredString,
      middle_name: z.string().optional(),
      last_name: z.string().optional(),
      email: z.email('must be a valid email address').optional(),
    },
    { error: 'is required: who wrote the note ({ type, first_name })' },
  ),
  text: requiredString,
  details: z.array(z.looseObject({ title: requiredString, text: z.string().optional() })).optional(),
});

const str = z.string().nullish();

export const NoteAuthorSchema = schemaFor<NoteAuthor>()(
  z.looseObject({ type: str, uid: z.union([z.string(), z.number()]).transform(String).nullish() }),
);

export const NoteDetailSchema = schemaFor<NoteDetail>()(z.looseObject({ title: str, text: str }));

export const CandidateNoteSchema = schemaFor<CandidateNote>()(
  z.looseObject({
    uid: z.union([z.string(), z.number()]).transform(String).nullish(),
    time_created: str,
    created_by: NoteAuthorSchema.nullish(),
    text: str,
    details: z.array(NoteDetailSchema).nullish(),
  }),
);
