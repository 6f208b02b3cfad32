import { z } from 'zod';
import { openEnum, schemaFor } from '@hr/core/internal';

/** Source types Comeet documents for `source.type`. */
export const SOURCE_TYPES = [
  'Agency',
  'Campus',
  'Comeet Elastic Recruiting',
  'Internal',
  'Job Board',
  'Job fairs',
  'Other',
  'Referrer: Compensated',
  'Referrer: Uncompensated',
  'Social network',
  'Sourcing',
  'Web',
] as const;

/** Employee types Comeet documents for `position.employee_type`. */
export const EMPLOYEE_TYPES = ['Outsource', 'Headcount', 'Intern'] as const;

/** The candidate's source; null when the candidate has no source defined. */
export interface HireSource {
  /** Source name, e.g. `JobmeHR`. */
  name?: string | null | undefined;
  /** One of Agency, Campus, Comeet Elastic Recruiting, Internal, Job Board, Job fairs, Other, Referrer: Compensated, Referrer: Uncompensated, Social network, Sourcing, Web. */
  type?: (typeof SOURCE_TYPES)[number] | (string & {}) | null | undefined;
  /** Comeet's unique ID of the source, e.g. `101E.27`. */
  comeet_id?: string | null | undefined;
}

/** A file delivered with a hire (a public URL). */
export interface HireFile {
  /** File name as stored in Comeet, e.g. `Offer letter.pdf`. */
  name?: string | null | undefined;
  /** A public URL; resume links expire three minutes, picture links 200 seconds after delivery. */
  url?: string | null | undefined;
  /** File type; only `offer_letter` files are delivered in `files`. */
  type?: string | null | undefined;
}

/** A person on the position's hiring team. */
export interface HirePerson {
  /** First name of the team member. */
  first_name?: string | null | undefined;
  /** Last name of the team member. */
  last_name?: string | null | undefined;
  /** Email address of the team member (their Comeet login), e.g. `hm@example.com`. */
  email?: string | null | undefined;
}

/** The opening the candidate is hired for. */
export interface HireOpening {
  /** Name (description) of the opening the candidate fills, as written in Comeet. */
  description?: string | null | undefined;
  /** Why the opening exists, e.g. `new`. */
  reason?: string | null | undefined;
  /** Key-value pairs of the custom opening fields. */
  custom_fields?: Record<string, unknown> | null | undefined;
}

/** The position the candidate is hired for. */
export interface HirePosition {
  /** Comeet's unique ID of the position (the `position_uid` of the Recruiting API), e.g. `34D.98`. */
  comeet_id?: string | null | undefined;
  /** Internal name of the position (see `public_name` for the public one), e.g. `Automation QA`. */
  name?: string | null | undefined;
  /** Public facing name of the position, if different from `name`; otherwise null. */
  public_name?: string | null | undefined;
  /** Department of the position as set in Comeet, e.g. `R&D`; null when not set. */
  department?: string | null | undefined;
  /** The position's description as HTML; null when empty. */
  description?: string | null | undefined;
  /** The position's requirements as HTML; null when empty. */
  requirements?: string | null | undefined;
  /** The position id set by the customer; may be null or empty. Not to be confused with `comeet_id`. */
  position_id?: string | null | undefined;
  /** Location of the position as a display name, e.g. `Tel Aviv, Israel`; null when not set. */
  location?: string | null | undefined;
  /** Employment, e.g. `Full-time`. */
  employment?: string | null | undefined;
  /** Employee type: Outsource, Headcount, Intern, or null. */
  employee_type?: (typeof EMPLOYEE_TYPES)[number] | (string & {}) | null | undefined;
  /** The position's Seniority field as set in Comeet, e.g. `Intermediate`; null when not set. */
  seniority?: string | null | undefined;
  /** The position's hiring manager; null when none is assigned. */
  hiring_manager?: HirePerson | null | undefined;
  /** The position's leading recruiter; null when none is assigned. */
  leading_recruiter?: HirePerson | null | undefined;
  /** Key-value pairs of public custom position category fields. */
  custom_fields?: Record<string, unknown> | null | undefined;
}

/** One answer to a partner questionnaire question: a string, or a dropdown option. */
export type QuestionnaireAnswer =
  string | { uid?: string | number | null; title?: string | null; [key: string]: unknown };

/** The recruiter's answer to one question you returned from "Request hire questionnaire". */
export interface PartnerQuestionnaireAnswer {
  /** Question UID, as provided by the partner. */
  uid?: string | number | null | undefined;
  /** Short answer / date picker (YYYY-MM-DD): one string; dropdowns: one object with `uid` and `title`. */
  answers?: QuestionnaireAnswer[] | null | undefined;
}

/**
 * The hired candidate Comeet POSTs to your endpoints (Hires API: "Request hire questionnaire" and
 * "Create an employee"). Unknown fields are kept.
 */
export interface HireWebhookPayload {
  /** Comeet's unique ID of the candidate (the `uid` of the Recruiting API), e.g. `19E.98`. */
  comeet_id: string;
  /** Unique ID of the person; a person can have several candidates, one per hiring process. */
  person_uid?: string | null | undefined;
  /** The candidate's first name, e.g. `Bobby`. */
  first_name?: string | null | undefined;
  /** The candidate's middle name; null or empty when none. */
  middle_name?: string | null | undefined;
  /** The candidate's last name, e.g. `Chauck`. */
  last_name?: string | null | undefined;
  /** The candidate's email address; null when not given. */
  email?: string | null | undefined;
  /** When the candidate was created, `YYYY-MM-DDTHH:mm:ssZ`. */
  time_created?: string | null | undefined;
  /** Phone number as entered in Comeet (free text); null when not given. */
  phone?: string | null | undefined;
  /** Mobile phone number as entered in Comeet (free text); null when not given. */
  mobile_phone?: string | null | undefined;
  /** National ID number as entered in Comeet; null when not given. */
  id_number?: string | null | undefined;
  /** URL of the candidate's LinkedIn profile, e.g. `https://www.linkedin.com/in/bobby`; null when not given. */
  linkedin_url?: string | null | undefined;
  /** Hire date, `YYYY-MM-DD`. */
  hired_date?: string | null | undefined;
  /** Start date, `YYYY-MM-DD`. */
  start_date?: string | null | undefined;
  /** The candidate's source; null if the candidate has no source. */
  source?: HireSource | null | undefined;
  /** The resume: a public URL that expires three minutes after delivery. */
  resume?: HireFile | null | undefined;
  /** The profile picture: a public URL that expires 200 seconds after delivery. */
  picture?: HireFile | null | undefined;
  /** Links on the candidate's profile (portfolio, GitHub...), each `{ url }`; null or [] when none. */
  links?: { url?: string | null | undefined }[] | null | undefined;
  /** Files; only offer letters (`type: offer_letter`) are delivered. */
  files?: HireFile[] | null | undefined;
  /** Offer fields, each an object of one name-value pair, e.g. `{ "PTO": "25" }`. */
  offer_fields?: Record<string, unknown>[] | null | undefined;
  /** The opening of the position the candidate was hired into. */
  opening?: HireOpening | null | undefined;
  /** The position the candidate was hired for, with its hiring team (as Comeet documents it for hires). */
  position?: HirePosition | null | undefined;
  /** The recruiter's answers to your hire questionnaire ("Create an employee" only). */
  partner_questionnaire?: PartnerQuestionnaireAnswer[] | null | undefined;
}

const str = z.string().nullish();
const id = z.union([z.string(), z.number()]).nullish();
const record = z.record(z.string(), z.unknown()).nullish();

const PersonSchema = schemaFor<HirePerson>()(z.looseObject({ first_name: str, last_name: str, email: str }));
const FileSchema = schemaFor<HireFile>()(z.looseObject({ name: str, url: str, type: str }));

export const HireWebhookPayloadSchema = schemaFor<HireWebhookPayload>()(
  z.looseObject({
    comeet_id: z.union([z.string(), z.number()]).transform(String),
    person_uid: str,
    first_name: str,
    middle_name: str,
    last_name: str,
    email: str,
    time_created: str,
    phone: str,
    mobile_phone: str,
    id_number: str,
    linkedin_url: str,
    hired_date: str,
    start_date: str,
    source: z.looseObject({ name: str, type: openEnum(SOURCE_TYPES).nullish(), comeet_id: str }).nullish(),
    resume: FileSchema.nullish(),
    picture: FileSchema.nullish(),
    links: z.array(z.looseObject({ url: str })).nullish(),
    files: z.array(FileSchema).nullish(),
    offer_fields: z.array(z.record(z.string(), z.unknown())).nullish(),
    opening: z.looseObject({ description: str, reason: str, custom_fields: record }).nullish(),
    position: z
      .looseObject({
        comeet_id: str,
        name: str,
        public_name: str,
        department: str,
        description: str,
        requirements: str,
        position_id: str,
        location: str,
        employment: str,
        employee_type: openEnum(EMPLOYEE_TYPES).nullish(),
        seniority: str,
        hiring_manager: PersonSchema.nullish(),
        leading_recruiter: PersonSchema.nullish(),
        custom_fields: record,
      })
      .nullish(),
    partner_questionnaire: z
      .array(
        z.looseObject({
          uid: id,
          answers: z.array(z.union([z.string(), z.looseObject({ uid: id, title: str })])).nullish(),
        }),
      )
      .nullish(),
  }),
);
