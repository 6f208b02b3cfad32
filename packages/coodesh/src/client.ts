import { InputValidationError, type ClientOptions } from '@hr/core';
import { ApiKeyAuth, BaseClient, type Operation } from '@hr/core/internal';
import { COODESH_BASE_URL, COODESH_SECRET_FIELDS } from './constants.js';
import { mapCoodeshResponse } from './envelope.js';
import { catalogueResources, type CatalogueResources } from './generated/catalogue.js';
import { Ats } from './resources/ats.js';
import { Auth } from './resources/auth.js';
import type { CoodeshCaller } from './resources/base.js';
import { Blog } from './resources/blog.js';
import { Companies } from './resources/companies.js';
import { Fields } from './resources/fields.js';
import { Jobs } from './resources/jobs.js';
import type { CoodeshOperationId } from './routing/operation-types.js';
import type { RouteSpec } from './routing/route.js';
import { CoodeshRouter } from './routing/router.js';
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
  /**
   * Routes you know, by operation id: `{ 'careerPaths.list': 'GET /careers' }`. A supplied route is
   * used instead of the catalogue's for that operation. Each is checked when the client is built: the
   * id must exist (see `COODESH_ROUTES`), the method be GET, POST, PUT, PATCH or DELETE, the path start
   * with `/` and hold exactly the operation's `:name` parameters.
   */
  routes?: Partial<Record<CoodeshOperationId, RouteSpec>> | undefined;
  /**
   * Send operations whose route the reference does not confirm to the catalogue's reconstructed
   * routes (default false: calling one rejects with `UnconfirmedRouteError` and sends nothing).
   * Routes with a lost method or segment still need a route of yours in `routes`.
   */
  allowUnconfirmedRoutes?: boolean | undefined;
}

// The catalogue's resource groups are generated (src/generated/catalogue.ts) and assigned in the constructor.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface CoodeshClient extends CatalogueResources {}

/**
 * The Coodesh API client. Authenticates with `x-api-key`; `workspaceId`, `subaccountId` and `language`
 * become the `x-workspace-id`, `x-subaccount-id` and `x-language` headers of every call, and every
 * method accepts them again in its options to override them for one call.
 *
 * Most of the reference's operations lost their route when it was flattened. Their methods exist,
 * typed and documented; those whose route the catalogue reconstructed return an `UnconfirmedRoute<…>`
 * and are sent only to a route you supply (`routes`) or, explicitly, to the reconstruction
 * (`allowUnconfirmedRoutes: true`). The operations whose route was lost entirely are in
 * `@hr/coodesh/lost-routes`. See `COODESH_ROUTES`.
 *
 * @example
 * const coodesh = new CoodeshClient({ apiKey: process.env.COODESH_API_KEY!, language: 'en' });
 * for await (const job of coodesh.jobs.list({ search: 'node' })) console.log(job.title);
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class CoodeshClient extends BaseClient implements CoodeshCaller {
  /** Authentication: API-key validation, sign-in/up, invitations, passwords, OAuth, SAML. */
  readonly auth: Auth;
  /** Published jobs. */
  readonly jobs: Jobs;
  /** Companies: public profiles, the back-office record, partner counters, leads and job cards. */
  readonly companies: Companies;
  /** Display labels of the API's enumerations. */
  readonly fields: Fields;
  /** The Coodesh blog (WordPress). */
  readonly blog: Blog;
  /** The ATS integration: assessments and attempts. */
  readonly ats: Ats;
  readonly #router: CoodeshRouter;

  /** Throws `InputValidationError` when `apiKey` is missing, a scope option is invalid or a supplied route is wrong. */
  constructor(options: CoodeshClientOptions) {
    const { apiKey, workspaceId, subaccountId, language, routes, allowUnconfirmedRoutes, ...clientOptions } = options;
    if (typeof apiKey !== 'string' || apiKey === '') {
      throw new InputValidationError([
        { path: 'apiKey', message: 'is required (the x-api-key of your workspace)', code: 'required' },
      ]);
    }
    const router = new CoodeshRouter(routes, allowUnconfirmedRoutes);
    super(clientOptions, {
      vendor: 'coodesh',
      clientName: 'CoodeshClient',
      vendorOptions: ['apiKey', 'workspaceId', 'subaccountId', 'language', 'routes', 'allowUnconfirmedRoutes'],
      packageName: '@hr/coodesh',
      version: VERSION,
      defaultBaseUrl: COODESH_BASE_URL,
      auth: new ApiKeyAuth({ header: 'x-api-key', value: apiKey }),
      mapResponse: mapCoodeshResponse,
      secrets: [apiKey],
      secretFields: COODESH_SECRET_FIELDS,
      defaultHeaders: scopeHeaders({ workspaceId, subaccountId, language }),
    });
    this.#router = router;
    this.auth = new Auth(this);
    this.jobs = new Jobs(this);
    this.companies = new Companies(this);
    this.fields = new Fields(this);
    this.blog = new Blog(this);
    this.ats = new Ats(this);
    Object.assign(this, catalogueResources(this));
  }

  /** @internal Hides a secret sent in a path (reset, invite and confirmation tokens) from logs and errors. */
  protectSecret(value: string): void {
    this.redactor.addRotatingSecret(value);
  }

  /** @internal The operation as this client sends it; throws `UnconfirmedRouteError` when its route may not be used. */
  operation(id: CoodeshOperationId): Operation {
    return this.#router.operation(id);
  }
}
