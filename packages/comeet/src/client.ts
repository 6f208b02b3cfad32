import { type ClientOptions, HRError } from '@hr/core';
import { BaseClient, JwtAuth } from '@hr/core/internal';
import { mapComeetResponse } from './envelope.js';
import { comeetRateLimit } from './rate-limit.js';
import { Candidates } from './resources/candidates.js';
import { Locations } from './resources/locations.js';
import { Openings } from './resources/openings.js';
import { Positions } from './resources/positions.js';
import { VERSION } from './version.js';

/** The production base URL of the Comeet Recruiting API. */
export const COMEET_BASE_URL = 'https://api.comeet.co';

/** Lifetime of each minted token: Comeet's samples use 10 minutes. */
export const TOKEN_LIFETIME_SECONDS = 600;

/** Options of `ComeetClient`. */
export interface ComeetClientOptions extends ClientOptions {
  /** The customer's api-key, received from the Comeet customer when the integration is activated (the JWT `iss`). */
  apiKey: string;
  /** Your partner secret, received when approved as a Comeet partner (signs the JWT, HS256). */
  secret: string;
  /** The clock used to mint tokens, in epoch milliseconds (default `Date.now`); for tests. */
  now?: (() => number) | undefined;
}

/**
 * A client of the Comeet Recruiting API. Every call carries `Authorization: Bearer <JWT>`: an HS256
 * token with `iss` = the api-key and `exp` 10 minutes ahead, signed with the partner secret, cached and
 * re-minted before it expires (or once when Comeet refuses it).
 *
 * Calls are held to Comeet's documented limit of 100 requests per 60 seconds (`COMEET_RATE_LIMIT`),
 * counted per api-key: pass a shared `rateLimit.limiter` (e.g. `RedisRateLimiter` from `@hr/redis`)
 * to count across clients and processes, `rateLimit.limits['*']` to change it, `rateLimit: false` to
 * turn it off.
 */
export class ComeetClient extends BaseClient {
  /** Candidates: create, list, read, update, list files, add notes, find duplicates. */
  readonly candidates: Candidates;
  /** Positions: list and read them, and list each one's candidates (their `uid` is the `position_uid` of candidates). */
  readonly positions: Positions;
  /** Locations of the company (the `location.uid` of positions). */
  readonly locations: Locations;
  /** Openings: the hires planned in each position. */
  readonly openings: Openings;

  constructor(options: ComeetClientOptions) {
    const { apiKey, secret } = options;
    if (!apiKey || !secret) {
      throw new HRError("ComeetClient needs `apiKey` (the customer's api-key) and `secret` (your partner secret).");
    }
    super(
      { ...options, rateLimit: comeetRateLimit(options.rateLimit, apiKey) },
      {
        vendor: 'comeet',
        clientName: 'ComeetClient',
        vendorOptions: ['apiKey', 'secret', 'now'],
        packageName: '@hr/comeet',
        version: VERSION,
        defaultBaseUrl: COMEET_BASE_URL,
        auth: new JwtAuth({
          secret,
          claims: { iss: apiKey },
          lifetimeSeconds: TOKEN_LIFETIME_SECONDS,
          ...(options.now ? { now: options.now } : {}),
        }),
        mapResponse: mapComeetResponse,
        secrets: [apiKey, secret],
      },
    );
    this.candidates = new Candidates(this);
    this.positions = new Positions(this);
    this.locations = new Locations(this);
    this.openings = new Openings(this);
  }
}
