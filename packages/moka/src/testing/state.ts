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
  /** Marked deleted by a full sync that did not list it. */
  deleted: boolean;
}

/** Stages the sandbox knows; `other` candidates are only found by `applicationId`. */
export type SandboxStage = 'offer' | 'pending_checkin' | 'other';

/** A candidate stored by the sandbox: the wire record, its stage and when it moved there. */
export interface SandboxCandidate {
  /** The stage the candidate is in. */
  stage: SandboxStage;
  /** ISO time the candidate moved to its stage (the sort key of listings). */
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
  #nextId = 1;

  constructor(
    /** The options the sandbox was started with. */
    readonly options: MokaSandboxOptions = {},
  ) {
    this.apiKey = options.apiKey ?? 'sandbox-api-key';
    this.orgWriteDelayMs = options.orgWriteDelayMs ?? 0;
    this.seatLimit = options.seatLimit;
    this.authFailure = options.authFailure ?? 'ats_unrecognized_credentials';
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
