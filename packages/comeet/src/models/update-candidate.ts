import { z } from 'zod';
import type { CandidateFileInput, CandidatePictureInput } from './file-input.js';
import {
  type CandidateAddressInput,
  type CandidateLinkInput,
  type ProspectStatus,
  type SourceContactInput,
  candidateProfileFields,
  requiredString,
} from './create-candidate.js';

/** Who `updated_by` can name: a Comeet user, the source contact, someone else, or your app. */
export const UPDATED_BY_TYPES = ['user', 'source_contact', 'other', 'app'] as const;

/** Who made the change, shown in the candidate's activity in Comeet. */
export interface CandidateUpdatedBy {
  /** `user`, `source_contact`, `other` or `app`. Required when `updated_by` is sent. */
  type: (typeof UPDATED_BY_TYPES)[number];
  /** Name of whoever made the change, e.g. `Kelly Lee`. Required when `updated_by` is sent. */
  name: string;
  /** Their email address. */
  email?: string | undefined;
}

/**
 * The body of `PATCH /candidates/{uid}` ("Update a Candidate",
 * https://developers.comeet.com/reference/update-a-candidate-1): only the properties to change. Needs
 * the integration permission "Candidates: Update candidate's contact details".
 */
export interface UpdateCandidateParams {
  /** Who made the change (optional; `type` and `name` required when given). */
  updated_by?: CandidateUpdatedBy | undefined;
  /** Your system's id of the candidate. */
  partner_candidate_id?: string | undefined;
  /** New first name (not blank). */
  first_name?: string | undefined;
  /** New middle name. */
  middle_name?: string | undefined;
  /** New last name (not blank). */
  last_name?: string | undefined;
  /** New email address (must be a valid email). */
  email?: string | undefined;
  /** New phone number, free text, e.g. `+1-666-000-0000`. */
  phone?: string | undefined;
  /** New mobile phone number, free text. */
  mobile_phone?: string | undefined;
  /** New national ID number. */
  national_id?: string | undefined;
  /** New LinkedIn profile URL (must be a linkedin.com URL). */
  linkedin_url?: string | undefined;
  /** Salary expectations, e.g. `80k / Annual`. Access to this field is restricted in Comeet (BETA). */
  salary_expectations?: string | undefined;
  /** One of: Sourced, Contacted, Responded, Interested, Not interested, Do not contact. */
  prospect_status?: ProspectStatus | undefined;
  /** A new resume (.pdf, .doc, .docx or another `FILE_EXTENSIONS` type); build it with `resumeFrom()`. */
  resume?: CandidateFileInput | undefined;
  /** A new profile photo; build it with `pictureFrom()`. */
  picture?: CandidatePictureInput | undefined;
  /** Links on the profile, each a valid URL. */
  links?: CandidateLinkInput[] | undefined;
  /** Files to add, at most 6 MB each, of the allowed types; build them with `attachmentFrom()`. */
  files?: CandidateFileInput[] | undefined;
  /**
   * The source contact: the Update page lists the object without requiring any of its fields, so
   * none is required here (an `email`, when given, must be valid).
   */
  source_contact?: Partial<SourceContactInput> | undefined;
  /** The candidate's address. */
  address?: CandidateAddressInput | undefined;
  /** Key-value pairs of custom candidate fields; each key must be an existing custom candidate field. */
  custom_fields?: Record<string, string | number | boolean | null> | undefined;
  /** A note: plain text, no formatting. */
  note?: string | undefined;
}

/** The input schema of `PATCH /candidates/{uid}`: open (unknown keys are sent), every documented rule kept. */
export const UpdateCandidateBodySchema = z.looseObject({
  updated_by: z
    .looseObject({
      type: z.enum(UPDATED_BY_TYPES, { error: `must be one of: ${UPDATED_BY_TYPES.join(', ')}` }),
      name: requiredString,
      email: z.email('must be a valid email address').optional(),
    })
    .optional(),
  first_name: requiredString.optional(),
  last_name: requiredString.optional(),
  ...candidateProfileFields,
  source_contact: z
    .looseObject({
      full_name: z.string().optional(),
      email: z.email('must be a valid email address').optional(),
      phone: z.string().optional(),
    })
    .optional(),
});
