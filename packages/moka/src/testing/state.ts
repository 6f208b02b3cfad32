import type { SandboxAuthFailure } from './auth.js';
import { buildCandidate, type CandidateOverrides } from './candidate-factory.js';

/** A user stored by the sandbox. */
export interface SandboxUser {
  /** Sandbox id. */
  id: number;
  /** Email; one of the keys users are matched by. */
  email: string;
  /** Name. */
  name: string;
  /** Phone; unique among the company's accounts. */
  phone: string;
  /** Employee number, when given; unique among users. */
  number: string | undefined;
  /** Role set at creation: 0 referrer, 5 reception, 10 interviewer (also for ""), 20, 25, 30, 40, 50 (see `USER_ROLE`). */
  role: number;
  /** Custom role id set at creation, when given. */
  roleId: number | undefined;
  /** Department codes of the user; empty means all departments. */
  departmentCode: string[];
  /** Email of the user's superior; empty when none. */
  superiorEmail: string;
  /** 0 available, 1 disabled. */
  deactivated: number;
  /** SSO id; empty when none. */
  thirdPartyId: string;
  /** 0 activation email sent, 1 activated with a default password. */
  autoActivated: number;
  /** User language: `zh-CN` or `en-US`. */
  locale: string;
  /** Marked deleted in Moka (restored by the next sync that lists the user). */
  deleted: boolean;
  /** Nickname (v2 sync). */
  nickname?: string | undefined;
  /** Time zone (v2 sync). */
  timezone?: string | undefined;
  /** Cost center code (v2 sync). */
  costCenterCode?: string | undefined;
}

/** A department stored by the sandbox. */
export interface SandboxDepartment {
  /** Moka's department id (`department_id`). */
  id: number;
  /** Department id in the client's system (unique). */
  department_code: string;
  /** Department name. */
  name: string;
  /** `department_code` of the parent; empty or null for a first-level department. */
  parent_code: string | null;
  /** Department type: 1 general department, 2 store department. */
  type: number;
  /** Sorting position (0–10000, two decimals), or null to sort last. */
  sequence: number | null;
  /** Marked deleted by a full sync that did not list it (or a delete without a merge target). */
  deleted: boolean;
  /** The name in other languages (v2 writes). */
  localizedNames?: { locale: string; propValue: string }[] | undefined;
}

/** A job of the sandbox's career site. */
export interface SandboxJob {
  /** Moka's id of the job (a UUID-like string). */
  id: string;
  /** Job title. */
  title: string;
  /** 1 experienced hires (`mode=social`), 2 campus (`mode=campus`). */
  hireMode: number;
  /** Job status, e.g. `open`. */
  status: string;
  /** Any other wire field of the job. */
  [field: string]: unknown;
}

/** Stages the sandbox knows; `other` candidates are only found by `applicationId` and the all-stage feeds. */
export type SandboxStage = 'offer' | 'pending_checkin' | 'other';

/** The stage names the sandbox gives moved candidates. */
const STAGE_NAMES: Record<SandboxStage, string> = { offer: '沟通offer', pending_checkin: '待入职', other: '面试' };

/** A candidate stored by the sandbox: the wire record, its stage and when it moved there. */
export interface SandboxCandidate {
  /** The stage the candidate is in. */
  stage: SandboxStage;
  /**
   * When the candidate moved to its stage, an ISO 8601 instant (the sort key of listings; in UTC, so its day
   * depends on the time zone).
   */
  movedAt: string;
  /** The record as `GET /data/ehrApplications` returns it. */
  record: Record<string, unknown> & { applicationId: number };
}

/** Options of the sandbox. */
export interface MokaSandboxOptions {
  /** The API key the sandbox accepts (default `sandbox-api-key`). */
  apiKey?: string;
  /** How long an organizational write stays pending, in ms (default 0). Writes arriving meanwhile are refused. */
  orgWriteDelayMs?: number;
  /** How many user accounts the company may have (default unlimited). */
  seatLimit?: number;
  /** How a missing or wrong key is refused (default: the observed HTTP 500 `无法识别的认证信息`). */
  authFailure?: SandboxAuthFailure;
  /** OAuth2 clients the token endpoint accepts, client id → secret (default `sandbox-client-id` → `sandbox-client-secret`). */
  oauthClients?: Record<string, string>;
  /** Lifetime of an issued access token, in seconds (default 7200, Moka's 2 hours). */
  tokenLifetimeSeconds?: number;
  /** The tenant's `orgId` of the career-site job endpoints (default `sandbox-org`). */
  orgId?: string;
  /**
   * How an empty stage is answered (HTTP 500 either way; Moka documents "server exception"):
   * `en` `{ success: false, errorMessage: "Server exception" }` (default), `zh` `{ code: -1, success: false, msg: "服务器异常" }`.
   */
  emptyStageAnswer?: 'en' | 'zh';
}

/** The sandbox's data and switches; tests read and change it directly. */
export class MokaSandboxState {
  /** The API key the sandbox accepts (HTTP Basic username, empty password). */
  readonly apiKey: string;
  /** Users synced so far, deleted ones included. */
  users: SandboxUser[] = [];
  /** Departments by `department_code`, deleted ones included. */
  departments = new Map<string, SandboxDepartment>();
  /** Candidates, in the order they were stored. */
  candidates: SandboxCandidate[] = [];
  /** Whether personnel sync is turned on (Moka turns it on per account). */
  userSyncEnabled = true;
  /** See {@link MokaSandboxOptions.orgWriteDelayMs}. */
  orgWriteDelayMs: number;
  /** See {@link MokaSandboxOptions.seatLimit}. */
  seatLimit: number | undefined;
  /** Organizational writes being processed now. */
  orgWritesInProgress = 0;
  /** The next this-many organizational writes are refused as pending (simulates another system's write). */
  refuseNextOrgWrites = 0;
  /** How many organizational writes were refused as pending. */
  pendingRefusals = 0;
  /** The most organizational writes processed at the same time. */
  maxConcurrentOrgWrites = 0;
  /** How a missing or wrong key is refused now (see {@link MokaSandboxOptions.authFailure}). */
  authFailure: SandboxAuthFailure;
  /** How many requests were refused for their credentials. */
  authRefusals = 0;
  /** OAuth2 clients, client id → secret. */
  oauthClients: Map<string, string>;
  /** Access tokens issued and still honoured, token → its client and expiry (epoch ms). */
  tokens = new Map<string, { clientId: string; expiresAt: number }>();
  /** Lifetime of an issued token, in seconds. */
  tokenLifetimeSeconds: number;
  /** How many access tokens were issued. */
  tokensIssued = 0;
  /** The tenant's `orgId`. */
  readonly orgId: string;
  /** Jobs of the career site. */
  jobs: SandboxJob[] = [];
  /** The moved-applications feed's marks: application id → the `movedAt` it was returned with. */
  movedMarks = new Map<number, string>();
  /** Cursors of the moved-applications feed: cursor → the ids still to return, and the page size. */
  movedCursors = new Map<string, { ids: number[]; limit: number; reqType: string }>();
  /** How an empty stage is answered (see {@link MokaSandboxOptions.emptyStageAnswer}). */
  emptyStageAnswer: 'en' | 'zh';
  /** The success code of the v2 department writes: Moka's example says 0, its field table 200. */
  v2DepartmentSuccessCode: 0 | 200 = 0;
  #nextId = 1;

  constructor(
    /** The options the sandbox was started with. */
    readonly options: MokaSandboxOptions = {},
  ) {
    this.apiKey = options.apiKey ?? 'sandbox-api-key';
    this.orgWriteDelayMs = options.orgWriteDelayMs ?? 0;
    this.seatLimit = options.seatLimit;
    this.authFailure = options.authFailure ?? 'ats_unrecognized_credentials';
    this.oauthClients = new Map(
      Object.entries(options.oauthClients ?? { 'sandbox-client-id': 'sandbox-client-secret' }),
    );
    this.tokenLifetimeSeconds = options.tokenLifetimeSeconds ?? 7200;
    this.orgId = options.orgId ?? 'sandbox-org';
    this.emptyStageAnswer = options.emptyStageAnswer ?? 'en';
  }

  /** A fresh id for users and departments. */
  nextId(): number {
    return this.#nextId++;
  }

  /** Empties users, departments and candidates, and restores the switches. */
  reset(): void {
    this.users = [];
    this.departments.clear();
    this.candidates = [];
    this.userSyncEnabled = true;
    this.orgWriteDelayMs = this.options.orgWriteDelayMs ?? 0;
    this.seatLimit = this.options.seatLimit;
    this.orgWritesInProgress = 0;
    this.refuseNextOrgWrites = 0;
    this.pendingRefusals = 0;
    this.maxConcurrentOrgWrites = 0;
    this.authFailure = this.options.authFailure ?? 'ats_unrecognized_credentials';
    this.authRefusals = 0;
    this.tokens.clear();
    this.tokensIssued = 0;
    this.tokenLifetimeSeconds = this.options.tokenLifetimeSeconds ?? 7200;
    this.jobs = [];
    this.movedMarks.clear();
    this.movedCursors.clear();
    this.emptyStageAnswer = this.options.emptyStageAnswer ?? 'en';
    this.v2DepartmentSuccessCode = 0;
  }

  /** Drops every issued access token (as if Moka invalidated them): the next call with one is refused. */
  revokeTokens(): void {
    this.tokens.clear();
  }

  /** Adds a job to the career site (a title and an id by default; `hireMode` 1 unless given). */
  addJob(overrides: Partial<SandboxJob> = {}): SandboxJob {
    const n = this.jobs.length + 1;
    const job: SandboxJob = {
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      title: `Job ${n}`,
      hireMode: 1,
      status: 'open',
      mjCode: `MJ${String(n).padStart(6, '0')}`,
      openedAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
      customFields: [],
      pipelineId: 1,
      pipelineName: 'Default pipeline',
      ...overrides,
    };
    this.jobs.push(job);
    return job;
  }

  /**
   * Moves a candidate to `stage` at `at` (default: one minute after the latest move): its `movedAt`
   * (the applications' `updatedAt`) and `stageName` change, so the feeds report it again.
   */
  moveCandidate(applicationId: number, stage: SandboxStage, at?: string): SandboxCandidate {
    const candidate = this.candidates.find((c) => c.record.applicationId === applicationId);
    if (!candidate) throw new Error(`No sandbox candidate ${applicationId}`);
    const latest = Math.max(...this.candidates.map((c) => Date.parse(c.movedAt)));
    candidate.stage = stage;
    candidate.movedAt = at ?? new Date(latest + 60_000).toISOString();
    candidate.record['stageName'] = STAGE_NAMES[stage];
    return candidate;
  }

  /** Stores departments as if synced already. */
  seedDepartments(
    departments: {
      department_code: string;
      name: string;
      parent_code?: string | null;
      type?: number;
      sequence?: number | null;
    }[],
  ): void {
    for (const d of departments) {
      this.departments.set(d.department_code, {
        id: this.nextId(),
        department_code: d.department_code,
        name: d.name,
        parent_code: d.parent_code ?? null,
        type: d.type ?? 1,
        sequence: d.sequence ?? null,
        deleted: false,
      });
    }
  }

  /** Stores a user as if synced already. */
  seedUser(user: Partial<SandboxUser> & { email: string }): SandboxUser {
    const stored: SandboxUser = {
      id: this.nextId(),
      name: user.email,
      phone: '',
      number: undefined,
      role: 10,
      roleId: undefined,
      departmentCode: [],
      superiorEmail: '',
      deactivated: 0,
      thirdPartyId: '',
      autoActivated: 0,
      locale: 'zh-CN',
      deleted: false,
      ...user,
    };
    this.users.push(stored);
    return stored;
  }

  /**
   * Adds a candidate in `stage`, built from Moka's documented example (every documented section
   * filled in). `movedAt` defaults to one minute after the previous candidate's.
   */
  addCandidate(stage: SandboxStage, overrides: CandidateOverrides & { movedAt?: string } = {}): SandboxCandidate {
    const { movedAt, ...fields } = overrides;
    const applicationId = fields.applicationId ?? 47_200_000 + this.candidates.length + 1;
    const last = this.candidates.at(-1)?.movedAt;
    const moved =
      movedAt ?? new Date((last ? Date.parse(last) : Date.parse('2024-01-01T00:00:00.000Z')) + 60_000).toISOString();
    const candidate: SandboxCandidate = {
      stage,
      movedAt: moved,
      record: buildCandidate(applicationId, fields) as SandboxCandidate['record'],
    };
    this.candidates.push(candidate);
    return candidate;
  }

  /** Adds `count` candidates in `stage`. */
  seedCandidates(count: number, stage: SandboxStage = 'offer'): SandboxCandidate[] {
    return Array.from({ length: count }, () => this.addCandidate(stage));
  }

  /** Departments not marked deleted. */
  activeDepartments(): SandboxDepartment[] {
    return [...this.departments.values()].filter((d) => !d.deleted);
  }
}
