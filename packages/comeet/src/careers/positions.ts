import { z } from 'zod';
import { type APIPromise, type RequestOptions } from '@hr/core';
import { type BaseClient, Resource, defineOperation } from '@hr/core/internal';
import { type CareersPosition, CareersPositionListSchema, CareersPositionSchema } from '../models/position.js';

const companyPath = { company_uid: z.string().min(1, 'is required (the company UID)') };
const careersQuery = z.looseObject({
  token: z.string().min(1),
  details: z
    .boolean()
    .transform((details) => (details ? 'true' : 'false'))
    .optional(),
});

const list = defineOperation({
  id: 'careers.positions.list',
  method: 'GET',
  path: '/company/:company_uid/positions',
  pathParams: z.strictObject(companyPath),
  query: careersQuery,
  response: CareersPositionListSchema,
});

const retrieve = defineOperation({
  id: 'careers.positions.retrieve',
  method: 'GET',
  path: '/company/:company_uid/positions/:position_uid',
  pathParams: z.strictObject({ ...companyPath, position_uid: z.string().min(1, 'is required (the position UID)') }),
  query: careersQuery,
  response: CareersPositionSchema,
});

/** Options of the Careers API reads. */
export interface CareersPositionsParams {
  /**
   * `true` adds each position's free-text `details` (description, requirements: HTML); `false` or
   * absent leaves them out. Comeet's Careers API overview shows no query parameter besides `token`;
   * `details` is what public integrations of the same endpoint send.
   */
  details?: boolean | undefined;
}

/** The credentials of the Careers API (from the customer's Careers Website settings in Comeet). */
export interface CareersCredentials {
  /** The company's UID, part of every URL. */
  companyUid: string;
  /** The company's Careers API token, sent as the `token` query parameter (redacted from every error and log). */
  token: string;
}

/**
 * The company's published positions, from the public Careers API
 * (https://developers.comeet.com/reference/careers-api-overview): only positions whose visibility is
 * Published or Published (Restricted). No paging or rate limit is documented: each list comes whole.
 */
export class CareersPositions extends Resource {
  readonly #credentials: CareersCredentials;

  constructor(client: BaseClient, credentials: CareersCredentials) {
    super(client);
    this.#credentials = credentials;
  }

  /**
   * Lists the published positions (`GET /company/{company_uid}/positions?token=...`). An empty array
   * when the company has published none.
   */
  list(params: CareersPositionsParams = {}, options?: RequestOptions): APIPromise<CareersPosition[]> {
    const { companyUid, token } = this.#credentials;
    return this.client.request(list, { path: { company_uid: companyUid }, query: { ...params, token } }, options);
  }

  /** Reads one published position (`GET /company/{company_uid}/positions/{position_uid}?token=...`). */
  retrieve(
    positionUid: string,
    params: CareersPositionsParams = {},
    options?: RequestOptions,
  ): APIPromise<CareersPosition> {
    const { companyUid, token } = this.#credentials;
    return this.client.request(
      retrieve,
      { path: { company_uid: companyUid, position_uid: positionUid }, query: { ...params, token } },
      options,
    );
  }
}
