import { z } from 'zod';
import { schemaFor } from '@hr/core/internal';
import { optionalList, optionalNumber, optionalString } from './primitives.js';

/** A Moka user attached to the application: job manager, job assistant or candidate owner. */
export interface MokaStaffContact {
  /** Full name as entered in Moka, e.g. `test`. */
  name?: string | null | undefined;
  /** Phone number, e.g. `17611232222`; null when not given. */
  phone?: string | null | undefined;
  /** Email address, e.g. `11q1@qq.com`; null when not given. */
  email?: string | null | undefined;
  /** Employee number in your HR system (Moka's `employeeId` here is that number, e.g. `01`); null when not set. */
  employeeId?: string | null | undefined;
}

/** A person identified by employee number: the referrer, or the author or a person mentioned (`@`) of a note. */
export interface PersonWithNumber {
  /** Full name as entered in Moka, e.g. `杨`. */
  name?: string | null | undefined;
  /** Email address, e.g. `11111@mokahr.com`; null when not given. */
  email?: string | null | undefined;
  /** Phone number, e.g. `15001802222`; null when not given. */
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
  /** Text of the note as written (plain text; mentions are listed in `targets`). */
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
  /** Moka's id of the tag (a number). */
  id?: number | null | undefined;
  /** Text of the tag as shown in Moka, e.g. `高潜`. */
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
