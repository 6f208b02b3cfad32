import { ConflictError } from '@hr/core';
import { type APIErrorInit } from '@hr/core/internal';

/**
 * `candidate_post_conflict` (409): a candidate with the provided `partner_candidate_id` already exists
 * in the position with status In progress. `candidate_uid` is the existing candidate: read or update it
 * instead of creating a new one.
 */
export class CandidateConflictError extends ConflictError {
  static override readonly brand: string = '@hr/comeet/CandidateConflictError';
  /** UID of the existing In progress candidate, as Comeet sent it (stringified), when it sent one. */
  readonly candidate_uid: string | undefined;

  constructor(init: APIErrorInit, candidateUid: string | undefined) {
    super(init);
    this.candidate_uid = candidateUid;
  }
}
