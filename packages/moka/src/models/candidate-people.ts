import { z } from 'zod';
import { schemaFor } from '@hr/core';
import { optionalList, optionalNumber, optionalString } from './primitives.js';

/** A Moka user attached to the application: job manager, job assistant or candidate owner. */
export interface MokaStaffContact {
  /** Name. */
  name?: string | null | undefined;
  /** Phone. */
  phone?: string | null | undefined;
  /** Email. */
  email?: string | null | undefined;
  /** Employee number. */
  employeeId?: string | null | undefined;
}

/** A person identified by employee number: the referrer, or the author or a person mentioned (`@`) of a note. */
export interface PersonWithNumber {
  /** Name. */
  name?: string | null | undefined;
  /** Email. */
  email?: string | null | undefined;
  /** Phone. */
  phone?: string | null | undefined;
  /** Employee number; null when there is none. */
  number?: string | null | undefined;
}

/** The referrer of the candidate (`referrer`). */
export type Referrer = PersonWithNumber;
/** The author, or a person mentioned (`@`), of a note. */
export type RemarkPerson = PersonWithNumber;

/** A note on the candidate (`remarks[]`). */
export interface Remark {
  /** Who wrote the note. */
  creator?: RemarkPerson | null | undefined;
  /** Note content. */
  content?: string | null | undefined;
  /** People mentioned (`@`) in the note, in the same format as `creator`. */
  targets?: RemarkPerson[] | null | undefined;
  /** Whether the note is private: 1 private, 0 public. */
  is_private?: number | null | undefined;
  /** Note type, e.g. filled in manually. */
  type?: string | null | undefined;
  /** When the note was created. */
  created_at?: string | null | undefined;
}

/** A tag on the candidate (`label[]`). */
export interface CandidateLabel {
  /** Tag id. */
  id?: number | null | undefined;
  /** Tag name. */
  label?: string | null | undefined;
}

export const MokaStaffContactSchema = schemaFor<MokaStaffContact>()(
  z.looseObject({
    name: optionalString,
    phone: optionalString,
    email: optionalString,
    employeeId: optionalString,
  }),
);

export const PersonWithNumberSchema = schemaFor<PersonWithNumber>()(
  z.looseObject({
    name: optionalString,
    email: optionalString,
    phone: optionalString,
    number: optionalString,
  }),
);
export const ReferrerSchema = PersonWithNumberSchema;
export const RemarkPersonSchema = PersonWithNumberSchema;

export const RemarkSchema = schemaFor<Remark>()(
  z.looseObject({
    creator: RemarkPersonSchema.nullish(),
    content: optionalString,
    targets: optionalList(RemarkPersonSchema),
    is_private: optionalNumber,
    type: optionalString,
    created_at: optionalString,
  }),
);

export const CandidateLabelSchema = schemaFor<CandidateLabel>()(
  z.looseObject({
    id: optionalNumber,
    label: optionalString,
  }),
);
