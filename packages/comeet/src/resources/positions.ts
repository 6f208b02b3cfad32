import { z } from 'zod';
import { type APIPromise, InputValidationError, type RequestOptions } from '@hr/core';
import { Resource, defineOperation } from '@hr/core/internal';
import type { Candidate } from '../models/candidate.js';
import type { ListCandidatesParams } from '../models/candidate-query.js';
import { type ComeetPosition, ComeetPositionListSchema, ComeetPositionSchema } from '../models/position.js';
import type { Candidates } from './candidates.js';

const list = defineOperation({
  id: 'positions.list',
  method: 'GET',
  path: '/positions',
  response: ComeetPositionListSchema,
});

const retrieve = defineOperation({
  id: 'positions.retrieve',
  method: 'GET',
  path: '/positions/:uid',
  pathParams: z.strictObject({ uid: z.string().min(1, 'is required (the position UID)') }),
  response: ComeetPositionSchema,
});

/**
 * Positions of the Recruiting API ("Position model", https://developers.comeet.com/reference/position-model):
 * the `uid` of a position is the `position_uid` that `candidates.create()` needs. Needs the
 * integration permission "Positions: Retrieve positions"; the customer chose, when activating the
 * integration, whether it shares all positions, all non-discreet ones, or only published ones.
 */
export class Positions extends Resource {
  readonly #candidates: Candidates;

  constructor(client: ConstructorParameters<typeof Resource>[0], candidates: Candidates) {
    super(client);
    this.#candidates = candidates;
  }

  /**
   * Lists the positions shared with the integration (`GET /positions`), with their uid, name, status
   * (`open`, `on hold`, `closed`), department, location, employment type, seniority, categories and
   * details. Comeet documents neither paging nor a rate limit for it: the list comes in one answer,
   * and a `429 too_many_requests` is retried after the wait.
   */
  list(options?: RequestOptions): APIPromise<ComeetPosition[]> {
    return this.client.request(list, {}, options);
  }

  /**
   * Reads one position (`GET /positions/{uid}`). Errors: `NotFoundError` (404 `not_found`) for a uid
   * the integration cannot see.
   */
  retrieve(uid: string, options?: RequestOptions): APIPromise<ComeetPosition> {
    return this.client.request(retrieve, { path: { uid } }, options);
  }

  /**
   * The candidates of one position. Comeet's candidate list (`GET /candidates`) has no position
   * filter, so this lists candidates with `filters` (narrow them, e.g. by
   * `time_hiring_process_updated:after`) and keeps those whose `position_uid` is `positionUid`.
   * Needs "Candidates: Retrieve candidates created by your app" (and "... by other sources" to see
   * the rest).
   */
  async listCandidates(
    positionUid: string,
    filters: ListCandidatesParams = {},
    options?: RequestOptions,
  ): Promise<Candidate[]> {
    if (typeof positionUid !== 'string' || positionUid === '') {
      throw new InputValidationError(
        [{ path: 'positionUid', message: 'is required (the position UID)', code: 'invalid_type' }],
        'positions.listCandidates',
      );
    }
    const candidates = await this.#candidates.list(filters, options);
    return candidates.filter((candidate) => candidate.position_uid === positionUid);
  }
}
