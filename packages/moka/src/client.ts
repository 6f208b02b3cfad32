import { type ClientOptions, HRError, type TokenStore } from '@hr/core';
import { type AuthStrategy, BaseClient, BasicAuth, type Caller } from '@hr/core/internal';
import { mokaOAuthAuth } from './auth/oauth.js';
import { type MokaCredential, createMokaResponseMapper } from './envelope.js';
import { Applications } from './resources/applications.js';
import { Candidates } from './resources/candidates.js';
import { Departments } from './resources/departments.js';
import { Jobs } from './resources/jobs.js';
import { Offers } from './resources/offers.js';
import { Users } from './resources/users.js';
import { VERSION } from './version.js';

/** The production base URL of Moka's API platform, version 1 (as Moka's docs give it). */
export const MOKA_BASE_URL = 'https://api.mokahr.com/api-platform/v1';
/** The root of Moka's API platform, under which `/v1`, `/v2` and `/v3` live. */
export const MOKA_PLATFORM_URL = 'https://api.mokahr.com/api-platform';

const MOKA_OPTIONS = ['apiKey', 'clientId', 'clientSecret', 'tokenStore', 'orgId'] as const;

interface MokaCommonOptions extends ClientOptions {
  /**
   * The API platform's base URL: Moka's documented `.../api-platform/v1` (e.g. the test environment
   * `https://api-staging-3.mokahr.com/api-platform/v1`, or the international
   * `https://hire-r1-api.mokahr.com/api-platform/v1`), or the platform root without `/v1`; the
   * client calls `/v1`, `/v2` and `/v3` endpoints under that root.
   */
  baseUrl?: string | undefined;
  /**
   * Your tenant's `orgId` ("the unique id of each company customer", from your Moka CSM): the
   * career-site job endpoints (`jobs.list()`, `jobs.retrieve()`) take it in their path. A call's own
   * `orgId` wins over this one.
   */
  orgId?: string | undefined;
}

/** Options of a client authenticating with an API key (HTTP Basic, the key as user name, an empty password). */
export interface MokaApiKeyOptions extends MokaCommonOptions {
  /** Your Moka API key, from your Moka CSM (test and production environments have different keys). */
  apiKey: string;
  /** Not with an API key: pass either `apiKey` or `clientId` + `clientSecret`. */
  clientId?: undefined;
  /** Not with an API key. */
  clientSecret?: undefined;
  /** Not with an API key: nothing is fetched, so nothing is cached. */
  tokenStore?: undefined;
}

/**
 * Options of a client authenticating with OAuth2 client credentials: the client fetches an
 * `accessToken` from `POST /v1/auth/oauth2/getToken` and sends it as `Authorization: Bearer`.
 */
export interface MokaOAuthOptions extends MokaCommonOptions {
  /** The OAuth2 client id Moka's CSM issued (sent as `clientID`). */
  clientId: string;
  /** The OAuth2 client secret Moka's CSM issued. Kept out of every log and error. */
  clientSecret: string;
  /** Where the access token is cached (default: in this process); share one store between processes to share the token. */
  tokenStore?: TokenStore | undefined;
  /** Not with OAuth2: pass either `apiKey` or `clientId` + `clientSecret`. */
  apiKey?: undefined;
}

/** Options of `MokaClient`: an API key, or OAuth2 client credentials. */
export type MokaClientOptions = MokaApiKeyOptions | MokaOAuthOptions;

/** The platform root for a configured base URL: Moka's documented `/v1` base loses its `/v1`. */
function platformRoot(baseUrl: string | undefined): string {
  if (baseUrl === undefined) return MOKA_PLATFORM_URL;
  return baseUrl.replace(/\/+$/, '').replace(/\/v1$/, '');
}

function credentialOf(options: MokaClientOptions): MokaCredential {
  const given = (value: unknown) => typeof value === 'string' && value !== '';
  const hasKey = given(options?.apiKey);
  const hasOAuth = given(options?.clientId) || given(options?.clientSecret);
  if (hasKey && !hasOAuth) return 'apiKey';
  if (!hasKey && given(options?.clientId) && given(options?.clientSecret)) return 'oauth';
  throw new HRError(
    hasKey
      ? 'MokaClient takes either `apiKey` or `clientId` + `clientSecret`, not both.'
      : 'MokaClient needs `apiKey` (your Moka API key) or `clientId` + `clientSecret` (OAuth2 client credentials from your Moka CSM).',
  );
}

/**
 * A client of Moka's API platform (`https://api.mokahr.com/api-platform`). Calls authenticate with
 * HTTP Basic (the API key as user name, an empty password), or with an OAuth2 access token
 * (`clientId` + `clientSecret`), fetched once for concurrent calls, cached until shortly before its
 * `expiresIn`, and fetched again (the call replayed once) when Moka refuses it.
 */
export class MokaClient extends BaseClient {
  /** Offer custom fields. */
  readonly offers: Offers;
  /** Personnel (user) sync: v1 `sync()`, and `v2.sync()` (preferred: it updates roles). */
  readonly users: Users;
  /** Candidates in the offer and to-be-onboarded stages. */
  readonly candidates: Candidates;
  /** Applications of every stage: the incremental listing and the moved-applications feed. */
  readonly applications: Applications;
  /** Organizational structure (departments): read, v1 and v2 writes, delete / merge; writes are serialized per client. */
  readonly departments: Departments;
  /** Jobs of the career site (list and detail, by `orgId`). */
  readonly jobs: Jobs;
  /** The tenant's `orgId` given to the client, if any. */
  readonly orgId: string | undefined;

  constructor(options: MokaClientOptions) {
    const credential = credentialOf(options);
    const root = platformRoot(options.baseUrl);
    super(
      { ...options, baseUrl: root },
      {
        vendor: 'moka',
        clientName: 'MokaClient',
        vendorOptions: MOKA_OPTIONS,
        packageName: '@hr/moka',
        version: VERSION,
        defaultBaseUrl: MOKA_PLATFORM_URL,
        auth: chooseAuth(options, root),
        mapResponse: createMokaResponseMapper(credential),
        secrets: [options.apiKey, options.clientSecret],
        secretFields: ['clientSecret', 'accessToken'],
      },
    );
    this.orgId = options.orgId;
    this.offers = new Offers(this);
    this.users = new Users(this);
    this.candidates = new Candidates(this);
    this.applications = new Applications(this);
    this.departments = new Departments(this);
    this.jobs = new Jobs(this);
  }
}

function chooseAuth(options: MokaClientOptions, root: string): AuthStrategy | ((caller: Caller) => AuthStrategy) {
  if (options.apiKey) return new BasicAuth({ username: options.apiKey, password: '' });
  const { clientId, clientSecret, tokenStore } = options as MokaOAuthOptions;
  return (caller) => mokaOAuthAuth({ clientId, clientSecret, root, store: tokenStore, caller });
}
