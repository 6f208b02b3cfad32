import { ApiKeyAuth, BaseClient, InputValidationError, type ClientOptions } from '@hr/core';
import { COODESH_BASE_URL, COODESH_SECRET_FIELDS } from './constants.js';
import { mapCoodeshResponse } from './envelope.js';
import { Ats } from './resources/ats.js';
import { Auth } from './resources/auth.js';
import type { CoodeshCaller } from './resources/base.js';
import { Blog } from './resources/blog.js';
import { Companies } from './resources/companies.js';
import { Fields } from './resources/fields.js';
import { Jobs } from './resources/jobs.js';
import { scopeHeaders, type CoodeshScope } from './scope.js';
import { VERSION } from './version.js';

/** Options of {@link CoodeshClient}. */
export interface CoodeshClientOptions extends ClientOptions, CoodeshScope {
  /**
   * The API key, sent in `x-api-key`. Keys are managed in the Coodesh dashboard under workspace
   * settings; each key is scoped to the workspace that created it.
   */
  apiKey: string;
  /** Base URL (default `https://api.coodesh.com`); point it at a homologation host or the sandbox. */
  baseUrl?: string | undefined;
}

/**
 * The Coodesh API client. Authenticates with `x-api-key`; `workspaceId`, `subaccountId` and `language`
 * become the `x-workspace-id`, `x-subaccount-id` and `x-language` headers of every call, and every
 * method accepts them again in its options to override them for one call.
 *
 * @example
 * const coodesh = new CoodeshClient({ apiKey: process.env.COODESH_API_KEY!, language: 'en' });
 * for await (const job of coodesh.jobs.list({ search: 'node' })) console.log(job.title);
 */
export class CoodeshClient extends BaseClient implements CoodeshCaller {
  /** Authentication: API-key validation, sign-in/up, invitations, passwords, OAuth, SAML. */
  readonly auth: Auth;
  /** Published jobs. */
  readonly jobs: Jobs;
  /** Companies. */
  readonly companies: Companies;
  /** Display labels of the API's enumerations. */
  readonly fields: Fields;
  /** The Coodesh blog (WordPress). */
  readonly blog: Blog;
  /** The ATS integration: assessments and attempts. */
  readonly ats: Ats;

  /** Throws `InputValidationError` when `apiKey` is missing or a scope option is invalid. */
  constructor(options: CoodeshClientOptions) {
    const { apiKey, workspaceId, subaccountId, language, ...clientOptions } = options;
    if (typeof apiKey !== 'string' || apiKey === '') {
      throw new InputValidationError([{ path: 'apiKey', message: 'is required (the x-api-key of your workspace)', code: 'required' }]);
    }
    super(clientOptions, {
      vendor: 'coodesh',
      packageName: '@hr/coodesh',
      version: VERSION,
      defaultBaseUrl: COODESH_BASE_URL,
      auth: new ApiKeyAuth({ header: 'x-api-key', value: apiKey }),
      mapResponse: mapCoodeshResponse,
      secrets: [apiKey],
      secretFields: COODESH_SECRET_FIELDS,
      defaultHeaders: scopeHeaders({ workspaceId, subaccountId, language }),
    });
    this.auth = new Auth(this);
    this.jobs = new Jobs(this);
    this.companies = new Companies(this);
    this.fields = new Fields(this);
    this.blog = new Blog(this);
    this.ats = new Ats(this);
  }

  /** @internal Hides a secret sent in a path (reset, invite and confirmation tokens) from logs and errors. */
  protectSecret(value: string): void {
    this.redactor.addSecret(value);
  }
}
