import { type ClientOptions, HRError } from '@hr/core';
import { BaseClient } from '@hr/core/internal';
import { mapComeetResponse } from '../envelope.js';
import { VERSION } from '../version.js';
import { CareersPositions } from './positions.js';

/** The production base URL of Comeet's public Careers API. */
export const COMEET_CAREERS_BASE_URL = 'https://www.comeet.co/careers-api/2.0';

/** Options of `ComeetCareersClient`. */
export interface ComeetCareersClientOptions extends ClientOptions {
  /** The company's UID, from the Careers Website settings in Comeet (HR Admin or IT Admin). */
  companyUid: string;
  /** The company's Careers API token, from the same settings; sent as the `token` query parameter. */
  token: string;
}

/**
 * A client of Comeet's public Careers API (https://www.comeet.co/careers-api/2.0): the published
 * positions of ONE company, read with the company UID and its Careers token (not the partner JWT of
 * `ComeetClient`). Read-only. The token travels in the URL, so it is registered as a secret: it is
 * redacted from every error, log line and hook event.
 */
export class ComeetCareersClient extends BaseClient {
  /** The company's published positions. */
  readonly positions: CareersPositions;

  constructor(options: ComeetCareersClientOptions) {
    const missing = [
      typeof options?.companyUid === 'string' && options.companyUid !== '' ? undefined : '`companyUid`',
      typeof options?.token === 'string' && options.token !== '' ? undefined : '`token`',
    ].filter(Boolean);
    if (missing.length > 0) {
      throw new HRError(
        `ComeetCareersClient needs ${missing.join(' and ')} (from the Careers Website settings in Comeet).`,
      );
    }
    const { companyUid, token, ...clientOptions } = options;
    super(clientOptions, {
      vendor: 'comeet',
      clientName: 'ComeetCareersClient',
      vendorOptions: ['companyUid', 'token'],
      packageName: '@hr/comeet',
      version: VERSION,
      defaultBaseUrl: COMEET_CAREERS_BASE_URL,
      mapResponse: mapComeetResponse,
      secrets: [token],
    });
    this.positions = new CareersPositions(this, { companyUid, token });
  }
}
