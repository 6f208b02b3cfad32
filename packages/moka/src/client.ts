import { type ClientOptions, HRError } from '@hr/core';
import { BaseClient, BasicAuth } from '@hr/core/internal';
import { mapMokaResponse } from './envelope.js';
import { Candidates } from './resources/candidates.js';
import { Departments } from './resources/departments.js';
import { Offers } from './resources/offers.js';
import { Users } from './resources/users.js';
import { VERSION } from './version.js';

/** The production base URL of Moka's API platform. */
export const MOKA_BASE_URL = 'https://api.mokahr.com/api-platform/v1';

/** Options of `MokaClient`. */
export interface MokaClientOptions extends ClientOptions {
  /** Your Moka API key (sent as the HTTP Basic user name, with an empty password). */
  apiKey: string;
}

/**
 * A client of Moka's API platform (`https://api.mokahr.com/api-platform/v1`). Every call
 * authenticates with HTTP Basic: the API key as user name, an empty password.
 */
export class MokaClient extends BaseClient {
  /** Offer custom fields. */
  readonly offers: Offers;
  /** Personnel (user) sync. */
  readonly users: Users;
  /** Candidates in the offer and to-be-onboarded stages. */
  readonly candidates: Candidates;
  /** Organizational structure (departments); writes are serialized per client. */
  readonly departments: Departments;

  constructor(options: MokaClientOptions) {
    if (typeof options?.apiKey !== 'string' || options.apiKey === '') {
      throw new HRError('MokaClient needs `apiKey` (your Moka API key).');
    }
    super(options, {
      vendor: 'moka',
      clientName: 'MokaClient',
      vendorOptions: ['apiKey'],
      packageName: '@hr/moka',
      version: VERSION,
      defaultBaseUrl: MOKA_BASE_URL,
      auth: new BasicAuth({ username: options.apiKey, password: '' }),
      mapResponse: mapMokaResponse,
      secrets: [options.apiKey],
    });
    this.offers = new Offers(this);
    this.users = new Users(this);
    this.candidates = new Candidates(this);
    this.departments = new Departments(this);
  }
}
