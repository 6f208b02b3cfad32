import { z } from 'zod';
import { type APIPromise, type RequestOptions } from '@hr/core';
import { Resource, defineOperation } from '@hr/core/internal';
import { type Candidate, type CandidateFile, CandidateFileListSchema, CandidateSchema } from '../models/candidate.js';
import { type CreateCandidateParams, CreateCandidateBodySchema } from '../models/create-candidate.js';
import {
  CandidateListSchema,
  type ListCandidatesParams,
  ListCandidatesQuerySchema,
} from '../models/candidate-query.js';
import { type UpdateCandidateParams, UpdateCandidateBodySchema } from '../models/update-candidate.js';

const candidateUidPath = z.strictObject({ uid: z.string().min(1, 'is required (the candidate UID)') });

const create = defineOperation({
  id: 'candidates.create',
  method: 'POST',
  path: '/candidates',
  body: CreateCandidateBodySchema,
  response: CandidateSchema,
});

const retrieve = defineOperation({
  id: 'candidates.retrieve',
  method: 'GET',
  path: '/candidates/:uid',
  pathParams: candidateUidPath,
  query: z.looseObject({ include: z.array(z.string().min(1)).optional() }),
  // `identifier_type` travels as the IDENTIFIER_TYPE header.
  headers: z
    .looseObject({
      identifier_type: z
        .literal('REAL_ID', { error: 'must be REAL_ID (or left out to read by the API UID)' })
        .optional(),
    })
    .transform(({ identifier_type }) => ({ IDENTIFIER_TYPE: identifier_type })),
  response: CandidateSchema,
});

const list = defineOperation({
  id: 'candidates.list',
  method: 'GET',
  path: '/candidates',
  query: ListCandidatesQuerySchema,
  response: CandidateListSchema,
});

const update = defineOperation({
  id: 'candidates.update',
  method: 'PATCH',
  path: '/candidates/:uid',
  pathParams: candidateUidPath,
  body: UpdateCandidateBodySchema,
  response: CandidateSchema,
});

const listFiles = defineOperation({
  id: 'candidates.listFiles',
  method: 'GET',
  path: '/candidates/:uid/files',
  pathParams: candidateUidPath,
  response: CandidateFileListSchema,
});

/** Options of `candidates.retrieve()`. */
export interface RetrieveCandidateParams {
  /** Which optional fields to include in the response (see Comeet's Candidate schema). */
  include?: string[] | undefined;
  /**
   * `REAL_ID` reads the candidate by the ID seen in the candidate's URL in Comeet instead of the API UID
   * (sent as the `IDENTIFIER_TYPE: REAL_ID` header).
   */
  identifier_type?: 'REAL_ID' | undefined;
}

/** Candidates of the Comeet Recruiting API. */
export class Candidates extends Resource {
  /**
   * Creates a new candidate for a specified position and returns the Candidate (`POST /candidates`).
   *
   * Checked before sending: `position_uid`, `first_name`, `last_name` required; `prospect_status` one of
   * Sourced, Contacted, Responded, Interested, Not interested, Do not contact; `resume` a .pdf, .doc or
   * .docx; `picture` an image; each of `files` at most 6 MB and of an allowed type; `source_contact`
   * with `full_name` and `email`; emails and URLs well-formed. Build files with `resumeFrom()`,
   * `pictureFrom()` and `attachmentFrom()`.
   *
   * Errors: `CandidateConflictError` (409 `candidate_post_conflict`) when `partner_candidate_id` already
   * exists in the position with status In progress (its `candidate_uid` names the existing candidate);
   * `NotFoundError` (404 `position_not_found`); `InvalidRequestError` for Comeet's content checks
   * (`required_field`, `invalid_email`, `file_size_limit`, `malicious_file`, ...); `PermissionDeniedError`
   * (403 `no_permission`). Not every field you POST can be read back later: keep what you need.
   */
  create(body: CreateCandidateParams, options?: RequestOptions): APIPromise<Candidate> {
    return this.client.request(create, { body }, options);
  }

  /**
   * Reads a specific candidate (`GET /candidates/{uid}`).
   *
   * Errors: `NotFoundError` (404 `not_found`); `NotFoundError` with code `duplicate_candidate` (Comeet
   * answers 401) when the candidate was removed as a duplicate of another candidate.
   */
  retrieve(uid: string, params?: RetrieveCandidateParams, options?: RequestOptions): APIPromise<Candidate> {
    const { identifier_type, ...query } = params ?? {};
    return this.client.request(retrieve, { path: { uid }, query, headers: { identifier_type } }, options);
  }

  /**
   * Lists candidates (`GET /candidates`, https://developers.comeet.com/reference/list-all-candidates-new),
   * filtered by `status` (any of a list), creation time, time of the last status change, time of the
   * last activity in the hiring process, time of the person's last activity (each `:before` /
   * `:after`, UTC `YYYY-MM-DDTHH:mm:ssZ`) and `deleted`. Which candidates come back depends on the
   * integration's permissions ("Retrieve candidates created by your app as the source" / "... by
   * other sources"). Comeet documents no paging: narrow long histories with the time filters.
   */
  list(filters: ListCandidatesParams = {}, options?: RequestOptions): APIPromise<Candidate[]> {
    return this.client.request(list, { query: filters as z.input<typeof ListCandidatesQuerySchema> }, options);
  }

  /**
   * Updates properties of an existing candidate (`PATCH /candidates/{uid}`,
   * https://developers.comeet.com/reference/update-a-candidate-1) and returns the Candidate. Send only
   * the properties to change; name who changed it in `updated_by` (`type` one of user,
   * source_contact, other, app; `name` required). Checked before sending: emails and the LinkedIn URL
   * well-formed, `prospect_status` one of the documented values, files as for `create()`. Needs the
   * permission "Candidates: Update candidate's contact details".
   *
   * Errors: `NotFoundError` (404 `candidate_not_found`); `NotFoundError` with code
   * `duplicate_candidate` (401) for a candidate merged into another; `InvalidRequestError` for
   * Comeet's content checks. A PATCH is not retried after it was sent (except on 429).
   */
  update(uid: string, body: UpdateCandidateParams, options?: RequestOptions): APIPromise<Candidate> {
    return this.client.request(
      update,
      { path: { uid }, body: body as z.input<typeof UpdateCandidateBodySchema> },
      options,
    );
  }

  /**
   * Reads the list of files on the candidate's profile, under the Files tab (`GET /candidates/{uid}/files`).
   * Each URL expires after 15 minutes: read the files again to refresh it.
   */
  listFiles(uid: string, options?: RequestOptions): APIPromise<CandidateFile[]> {
    return this.client.request(listFiles, { path: { uid } }, options);
  }
}
