import { z } from 'zod';
import { schemaFor } from '@hr/core/internal';
import { type CandidateFileInput, type CandidatePictureInput, fileInputSchema } from './file-input.js';

/** The prospect statuses Comeet accepts in `prospect_status`. */
export const PROSPECT_STATUSES = [
  'Sourced',
  'Contacted',
  'Responded',
  'Interested',
  'Not interested',
  'Do not contact',
] as const;

/** One of Sourced, Contacted, Responded, Interested, Not interested, Do not contact. */
export type ProspectStatus = (typeof PROSPECT_STATUSES)[number];

/** A link on the candidate's profile. */
export interface CandidateLinkInput {
  /** The link, e.g. `https://www.github.com/bobbyc` (must be a valid URL). */
  url: string;
}

/**
 * The source contact: include it if your app aggregates multiple sources, e.g. the headhunter who
 * submitted the candidate. Required for employee portals, otherwise optional.
 */
export interface SourceContactInput {
  /** Full name of the source contact. Required. */
  full_name: string;
  /** Email of the source contact. Required if the source_contact object is provided. */
  email: string;
  /** Phone number of the source contact as you want it shown in Comeet, e.g. `555 555 1234` (free text, no format enforced). */
  phone?: string | undefined;
}

/** The candidate's address. */
export interface CandidateAddressInput {
  /** Country code conforming to ISO 3166, e.g. `US`. */
  country?: string | undefined;
  /** City, e.g. `New York`. */
  city?: string | undefined;
  /** State, e.g. `NY`. */
  state?: string | undefined;
  /** Zip code, e.g. `11249`. */
  zip?: string | undefined;
  /** Street, e.g. `109 S 5th st. #302`. */
  street?: string | undefined;
}

/** The body of `POST /candidates`: creates a new candidate for a specified position. */
export interface CreateCandidateParams {
  /** Unique ID of the position in Recruit. Required. */
  position_uid: string;
  /**
   * Unique ID of the candidate on the partner's system. Posting the same id again to a position where
   * that candidate is still In progress fails with `candidate_post_conflict` (409).
   */
  partner_candidate_id?: string | undefined;
  /** First name. Required. */
  first_name: string;
  /** Middle name, e.g. `Robert`. */
  middle_name?: string | undefined;
  /** Last name. Required. */
  last_name: string;
  /** Email address (must be a valid email). */
  email?: string | undefined;
  /** Phone number as you want it shown in Comeet, e.g. `07-4442321` (free text, no format enforced). */
  phone?: string | undefined;
  /** Mobile phone number, e.g. `052-8644246` (free text, no format enforced). */
  mobile_phone?: string | undefined;
  /** National ID number. */
  national_id?: string | undefined;
  /** LinkedIn profile URL (must be a valid linkedin.com URL). */
  linkedin_url?: string | undefined;
  /** Salary expectations, e.g. `80k / Annual`. Access to this field is restricted in Recruit (BETA). */
  salary_expectations?: string | undefined;
  /** One of: Sourced, Contacted, Responded, Interested, Not interested, Do not contact. */
  prospect_status?: ProspectStatus | undefined;
  /**
   * The resume. The Create page lists .pdf, .doc, .docx for it; an earlier version allows the `files`
   * types (`FILE_EXTENSIONS`), which the SDK accepts. Build it with `resumeFrom()`.
   */
  resume?: CandidateFileInput | undefined;
  /** Profile photo (an image). Build it with `pictureFrom()`. */
  picture?: CandidatePictureInput | undefined;
  /** Links on the candidate's profile. */
  links?: CandidateLinkInput[] | undefined;
  /** Other files: at most 6 MB each, of the allowed types (see `FILE_EXTENSIONS`). Build them with `attachmentFrom()`. */
  files?: CandidateFileInput[] | undefined;
  /** The source contact (e.g. a headhunter); `full_name` and `email` are required when present. */
  source_contact?: SourceContactInput | undefined;
  /** The candidate's address. */
  address?: CandidateAddressInput | undefined;
  /** Key-value pairs of custom candidate fields; each key must be an existing custom candidate field. */
  custom_fields?: Record<string, string | number | boolean | null> | undefined;
  /** A note: plain text, no formatting. */
  note?: string | undefined;
}

/** A required, non-blank string. */
export const requiredString = z.string().trim().min(1, 'is required and must not be empty');

// zod runs the refinement even when the URL check failed, so it must not assume a parsable URL.
/** A well-formed linkedin.com URL. */
const linkedinUrl = z
  .url('must be a valid URL')
  .refine(
    (value) => URL.canParse(value) && /^(www\.|[a-z]{2,3}\.)?linkedin\.com$/i.test(new URL(value).hostname),
    'must be a LinkedIn URL (linkedin.com)',
  );

/** `source_contact` of a candidate write: `full_name` and `email` required. */
export const SourceContactInputSchema = z.looseObject({
  full_name: requiredString,
  email: z.email('must be a valid email address (required when source_contact is provided)'),
  phone: z.string().optional(),
});

/** `address` of a candidate write. */
export const CandidateAddressInputSchema = z.looseObject({
  country: z
    .string()
    .regex(/^[A-Za-z]{2,3}$/, 'must be an ISO 3166 country code, e.g. "US"')
    .optional(),
  city: z.string().optional(),
  state: z.string().optional(),
  zip: z.string().optional(),
  street: z.string().optional(),
});

/**
 * The optional candidate fields a create and an update both take, with the rules Comeet documents for
 * them (the names, `position_uid` and `updated_by` differ between the two).
 */
export const candidateProfileFields = {
  partner_candidate_id: z.string().min(1).optional(),
  middle_name: z.string().optional(),
  email: z.email('must be a valid email address').optional(),
  phone: z.string().optional(),
  mobile_phone: z.string().optional(),
  national_id: z.string().optional(),
  linkedin_url: linkedinUrl.optional(),
  salary_expectations: z.string().optional(),
  prospect_status: z.enum(PROSPECT_STATUSES, { error: `must be one of: ${PROSPECT_STATUSES.join(', ')}` }).optional(),
  resume: fileInputSchema('resume').optional(),
  picture: fileInputSchema('picture').optional(),
  links: z.array(z.looseObject({ url: z.url('must be a valid URL') })).optional(),
  files: z.array(fileInputSchema('files')).optional(),
  source_contact: SourceContactInputSchema.optional(),
  address: CandidateAddressInputSchema.optional(),
  custom_fields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
  note: z.string().optional(),
};

/** The input schema of `POST /candidates`: every documented rule, checked before sending. */
export const CreateCandidateBodySchema = schemaFor<CreateCandidateParams>()(
  z.looseObject({
    position_uid: requiredString,
    first_name: requiredString,
    last_name: requiredString,
    ...candidateProfileFields,
  }),
);
