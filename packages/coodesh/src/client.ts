import { ApiKeyAuth, BaseClient, InputValidationError, type ClientOptions, type Operation } from '@hr/core';
import { COODESH_BASE_URL, COODESH_SECRET_FIELDS } from './constants.js';
import { mapCoodeshResponse } from './envelope.js';
import { Applications } from './resources/applications.js';
import { Assessments } from './resources/assessments.js';
import { Ats } from './resources/ats.js';
import { Attempts } from './resources/attempts.js';
import { Auth } from './resources/auth.js';
import type { CoodeshCaller } from './resources/base.js';
import { Blog } from './resources/blog.js';
import { CareerPaths } from './resources/career-paths.js';
import { Certificates } from './resources/certificates.js';
import { Companies } from './resources/companies.js';
import { Credits } from './resources/credits.js';
import { Datasets } from './resources/datasets.js';
import { Disc } from './resources/disc.js';
import { Employees } from './resources/employees.js';
import { Fields } from './resources/fields.js';
import { Jobs } from './resources/jobs.js';
import { Locations } from './resources/locations.js';
import { Misc } from './resources/misc.js';
import { Profiles } from './resources/profiles.js';
import { Questions } from './resources/questions.js';
import { Recommendations } from './resources/recommendations.js';
import { Scorecards } from './resources/scorecards.js';
import { Skills } from './resources/skills.js';
import { Subaccounts } from './resources/subaccounts.js';
import { System } from './resources/system.js';
import { Talents } from './resources/talents.js';
import { Taxonomy } from './resources/taxonomy.js';
import { Teams } from './resources/teams.js';
import { Webhooks } from './resources/webhooks.js';
import type { RouteSpec } from './routing/route.js';
import { CoodeshRouter } from './routing/router.js';
import type { CoodeshOperationId } from './routing/routes.js';
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

/**
 * The Coodesh API client. Authenticates with `x-api-key`; `workspaceId`, `subaccountId` and `language`
 * become the `x-workspace-id`, `x-subaccount-id` and `x-language` headers of every call, and every
 * method accepts them again in its options to override them for one call.
 *
 * Most of the reference's operations lost their route when it was flattened: their methods exist,
 * typed and documented, but are only sent to a route you supply (`routes`) or, explicitly, to the
 * catalogue's reconstruction (`allowUnconfirmedRoutes: true`). See `COODESH_ROUTES`.
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
  /** Companies: public profiles, the back-office record, partner counters, leads and job cards. */
  readonly companies: Companies;
  /** Display labels of the API's enumerations. */
  readonly fields: Fields;
  /** The Coodesh blog (WordPress). */
  readonly blog: Blog;
  /** The ATS integration: assessments, attempts and the tests and invites variants. */
  readonly ats: Ats;
  /** Coodesh's inbound webhook receiver (assessment-attempt events). */
  readonly webhooks: Webhooks;
  /** Locations: city options, Brazilian postal codes (CEP) and time zones. */
  readonly locations: Locations;
  /** Talent pools and landing campaigns that candidates register in. */
  readonly talents: Talents;
  /** Career paths: tracks, positions, categories, skill requirements and people. */
  readonly careerPaths: CareerPaths;
  /** Candidate applications: search filters and invitation template fields. */
  readonly applications: Applications;
  /** The DISC behavioural model: personality traits and result patterns. */
  readonly disc: Disc;
  /** Assessments: listing, editing, invitations, metrics and filter options. */
  readonly assessments: Assessments;
  /** Assessment attempts: results, listings, bulk actions, answer reviews and uploads. */
  readonly attempts: Attempts;
  /** Taxonomy terms (skills, topics...). */
  readonly taxonomy: Taxonomy;
  /** Questions and challenges: catalogue, library, editing, coding/SQL runs, translations. */
  readonly questions: Questions;
  /** Action plans (recommendations such as courses) and their links to questions. */
  readonly recommendations: Recommendations;
  /** SQL datasets used by SQL questions. */
  readonly datasets: Datasets;
  /** Teams (workforce plannings): members, skills, talent matching, metrics and exports. */
  readonly teams: Teams;
  /** Skills and skill variants. */
  readonly skills: Skills;
  /** Workspace users (employees). */
  readonly employees: Employees;
  /** Subaccounts (sub-workspaces). */
  readonly subaccounts: Subaccounts;
  /** Assessment credits: the ledger, the balance and exports. */
  readonly credits: Credits;
  /** Professional profiles of workspace users and their completeness report. */
  readonly profiles: Profiles;
  /** Scorecards (analyses): results, generation and auto-login links. */
  readonly scorecards: Scorecards;
  /** Assessment and answer certificates. */
  readonly certificates: Certificates;
  /** Operations the catalogue cannot attribute to any resource. */
  readonly misc: Misc;
  /** The API itself: its health check. */
  readonly system: System;
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
    this.webhooks = new Webhooks(this);
    this.locations = new Locations(this);
    this.talents = new Talents(this);
    this.careerPaths = new CareerPaths(this);
    this.applications = new Applications(this);
    this.disc = new Disc(this);
    this.assessments = new Assessments(this);
    this.attempts = new Attempts(this);
    this.taxonomy = new Taxonomy(this);
    this.questions = new Questions(this);
    this.recommendations = new Recommendations(this);
    this.datasets = new Datasets(this);
    this.teams = new Teams(this);
    this.skills = new Skills(this);
    this.employees = new Employees(this);
    this.subaccounts = new Subaccounts(this);
    this.credits = new Credits(this);
    this.profiles = new Profiles(this);
    this.scorecards = new Scorecards(this);
    this.certificates = new Certificates(this);
    this.misc = new Misc(this);
    this.system = new System(this);
  }

  /** @internal Hides a secret sent in a path (reset, invite and confirmation tokens) from logs and errors. */
  protectSecret(value: string): void {
    this.redactor.addRotatingSecret(value);
  }

  /** @internal The operation as it will be sent; throws `UnconfirmedRouteError` when its route may not be used. */
  resolveRoute<Op extends Operation>(operation: Op): Op {
    return this.#router.resolve(operation);
  }
}
