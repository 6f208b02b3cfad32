import { z } from 'zod';
import { type APIPromise, type PagePromise, type PaginateOptions, type RequestOptions } from '@hr/core';
import { Resource, defineOperation, nextLink } from '@hr/core/internal';
import { type Candidate, type CandidateFile, CandidateFileListSchema, CandidateSchema } from '../models/candidate.js';
import { type CreateCandidateParams, CreateCandidateBodySchema } from '../models/create-candidate.js';
import {
  CandidatePageSchema,
  type ListCandidatesParams,
  ListCandidatesQuerySchema,
} from '../models/candidate-query.js';
import {
  type DuplicateMatch,
  DuplicateMatchListSchema,
  type FindDuplicatesParams,
  FindDuplicatesQuerySchema,
} from '../models/duplicates.js';
import type { ComeetListPage } from '../models/list-page.js';
import { type AddNoteParams, AddNoteBodySchema, type CandidateNote, CandidateNoteSchema } from '../models/note.js';
import { type UpdateCandidateParams, UpdateCandidateBodySchema } from '../models/update-candidate.js';

/** What a candidate listing returns: await it for the first page, or iterate every candidate across pages. */
export type CandidateListing = PagePromise<ComeetListPage<'candidates', Candidate>, Candidate>;

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
  response: CandidatePageSchema,
  paginate: nextLink({ items: 'candidates' }),
});

const update = defineOperation({
  id: 'candidates.update',
  method: 'PATCH',
  path: '/candidates/:uid',
  pathParams: candidateUidPath,
  body: UpdateCandidateBodySchema,
  response: CandidateSchema,
});

const addNote = defineOperation({
  id: 'candidates.addNote',
  method: 'POST',
  path: '/candidates/:uid/notes',
  pathParams: candidateUidPath,
  body: AddNoteBodySchema,
  response: CandidateNoteSchema,
});

const findDuplicates = defineOperation({
  id: 'candidates.findDuplicates',
  method: 'GET',
  path: '/sourcing/candidates/find_duplicates',
  query: FindDuplicatesQuerySchema,
  response: DuplicateMatchListSchema,
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
   * Checked before sending, where every version of the Create page states the rule: `position_uid`,
   * `first_name`, `last_name` required; `prospect_status` one of Sourced, Contacted, Responded,
   * Interested, Not interested, Do not contact; `resume` of an allowed type (.pdf, .doc, .docx, or
   * another `files` type, which an earlier version allows); `picture` an image; each of `files` at
   * most 6 MB and of an allowed type; `source_contact` with `full_name` and `email`; emails and URLs
   * well-formed. Other fields are sent as given. Build files with `resumeFrom()`, `pictureFrom()`
   * and `attachmentFrom()`.
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
   * page by page: `await` it for the first page, `for await` over it for every candidate, or use
   * `.pages()` / `.toArray()`. Each page's `next_page` link is followed until it is empty (a bare
   * array answer is one page). Filtered by `status` (any of a list, sent `In%20progress,Rejected`),
   * creation time, time of the last status change, time of the last activity in the hiring process,
   * time of the person's last activity (each `:before` / `:after`, UTC `YYYY-MM-DDTHH:mm:ssZ`) and
   * `deleted`; `limit` sets the page size. Which candidates come back depends on the integration's
   * permissions ("Retrieve candidates created by your app as the source" / "... by other sources").
   */
  list(filters: ListCandidatesParams = {}, options?: PaginateOptions): CandidateListing {
    return this.client.paginate(list, { query: filters as z.input<typeof ListCandidatesQuerySchema> }, options);
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
   * Each URL expires after 15 minutes: read the files again to refresh it. The resume is not among them
   * (it is the candidate's `resume`).
   */
  listFiles(uid: string, options?: RequestOptions): APIPromise<CandidateFile[]> {
    return this.client.request(listFiles, { path: { uid } }, options);
  }

  /**
   * Adds a note to an existing candidate's profile (`POST /candidates/{uid}/notes`,
   * https://developers.comeet.com/reference/create-a-candidate-note), to add information about the
   * candidate or document an event, and resolves with the note object. Required: `time_created` (a
   * `Date` or `YYYY-MM-DDTHH:mm:ssZ`),
   * `created_by` (`type` one of user, source_contact, other, app, and `first_name`) and `text` (HTML:
   * `<b>`, `<i>`, `<u>`; other tags are removed or shown as text). Needs the permission "Notes: Create
   * notes on the candidate profile". Notes can only be created: there is no read.
   *
   * Errors: `NotFoundError` (404 `candidate_not_found`). A POST is not retried once sent (except on 429,
   * which Comeet refuses before applying anything). A production client reports that some Comeet
   * writes answer with an empty body: that rejects with an `APIError` coded `invalid_response`, and
   * the note may have been written; look before adding it again.
   */
  addNote(uid: string, note: AddNoteParams, options?: RequestOptions): APIPromise<CandidateNote> {
    return this.client.request(addNote, { path: { uid }, body: note as z.input<typeof AddNoteBodySchema> }, options);
  }

  /**
   * Looks up a person's existing candidates by their identifiers (`GET /sourcing/candidates/find_duplicates`
   * with `email`, `first_name`, `last_name`, `linkedin_url`, `phone_number`; at least one). Use it
   * before creating a candidate, or to find a person's past hiring processes. Comeet's public
   * reference does not document this endpoint: the parameters and the list answer are those of two
   * production clients, and each match is returned as Comeet sends it. A lookup without any identifier
   * rejects with `InputValidationError` and nothing is sent.
   */
  findDuplicates(params: FindDuplicatesParams, options?: RequestOptions): APIPromise<DuplicateMatch[]> {
    return this.client.request(findDuplicates, { query: params }, options);
  }
}
