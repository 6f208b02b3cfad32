import { formatComeetTime } from '../models/comeet-time.js';

/**
 * A position known to the sandbox: the Recruiting API's Position model (any documented field may be
 * given; `uid` and `name` are required). `is_published` positions also show in the Careers API.
 */
export interface SandboxPosition {
  /** Position UID, e.g. `11.11`. */
  uid: string;
  /** Position name, e.g. `Automation QA`. */
  name: string;
  /** Other fields of the Position model (status, department, location, ...), answered as given. */
  [field: string]: unknown;
}

/** A candidate stored by the sandbox. */
export interface SandboxCandidate {
  /** Candidate UID, e.g. `1A.7F`. */
  uid: string;
  /** The person's UID, shared by the candidates (hiring processes) of one person (same email). */
  person_uid: string;
  /** The numeric ID seen in the candidate's URL in Comeet (for `IDENTIFIER_TYPE: REAL_ID`). */
  real_id: string;
  /** The position. */
  position_uid: string;
  /** The partner's id of the candidate, when sent. */
  partner_candidate_id: string | undefined;
  /** Candidate status; conflicts only apply to `In progress`. */
  status: string;
  /** The body as posted (file contents included). */
  body: Record<string, unknown>;
  /** Creation time, `YYYY-MM-DDTHH:mm:ssZ`. */
  time_created: string;
  /** True once the candidate was merged into another one (reads answer 401 `duplicate_candidate`). */
  duplicate: boolean;
  /** When the status last changed, `YYYY-MM-DDTHH:mm:ssZ`. */
  time_last_status_changed: string;
  /** Last activity in the hiring process (creation, update), `YYYY-MM-DDTHH:mm:ssZ`. */
  time_hiring_process_updated: string;
  /** True once deleted in Comeet (listed only with `deleted=True`). */
  deleted: boolean;
}

/** The claims of a token the sandbox accepted. */
export interface SandboxAuthorization {
  /** The api-key (`iss`). */
  iss: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
  /** Issued-at, seconds since the epoch, when present. */
  iat: number | undefined;
}

/** Options of the sandbox. */
export interface ComeetSandboxOptions {
  /** The api-key the sandbox expects as the JWT `iss` (default `sandbox-api-key`). */
  apiKey?: string | undefined;
  /** The partner secret the sandbox verifies JWTs with (default `sandbox-partner-secret`). */
  secret?: string | undefined;
  /** Positions to seed (default: `11.11` Automation QA and `22.22` Account Executive, open and published; `33.33`, discreet and on hold). */
  positions?: SandboxPosition[] | undefined;
  /** The company UID of the Careers API (default `sandbox-company`). */
  companyUid?: string | undefined;
  /** The company's Careers API token (default `sandbox-careers-token`). */
  careersToken?: string | undefined;
  /** Names of the custom candidate fields the account has (default `field1`, `Expected start`). */
  customFields?: string[] | undefined;
  /** The company's locations (default: Tel Aviv `01.L1` and Austin `01.L2`, the seeded positions' locations). */
  locations?: Record<string, unknown>[] | undefined;
  /** The openings (default: one Open opening per seeded position). */
  openings?: SandboxOpening[] | undefined;
  /**
   * How lists answer: `paged` (default) as production clients read them, `{ <list>: [...], next_page }`
   * with `next_page` an absolute URL until the last page; `array` as a bare array, all in one answer.
   */
  listShape?: 'paged' | 'array' | undefined;
  /** Items per page when a list call sends no `limit` (default 100). */
  defaultPageSize?: number | undefined;
  /**
   * Comeet's documented limit, answered with 429 `too_many_requests` beyond it, per api-key: at most
   * `limit` requests in any `windowMs` (default 100 per 60 000 ms). `false` turns it off.
   */
  rateLimit?: { limit: number; windowMs: number } | false | undefined;
  /** The sandbox's clock for the rate limit, in epoch ms (default `Date.now`). */
  now?: (() => number) | undefined;
}

/** An opening known to the sandbox: the Opening schema (any documented field may be given; `uid` and `position_uid` are required). */
export interface SandboxOpening {
  /** Opening UID, e.g. `0F.96B`. */
  uid: string;
  /** The opening's position. */
  position_uid: string;
  /** Other fields of the Opening schema (name, status, reason, hire dates, ...), answered as given. */
  [field: string]: unknown;
}

/** A note added to a candidate, as the sandbox answers it. */
export interface SandboxNote {
  /** The note's UID. */
  uid: string;
  /** The candidate it was added to. */
  candidate_uid: string;
  /** The body as posted. */
  body: Record<string, unknown>;
}

/** Default sandbox credentials: use them with `new ComeetClient({ apiKey, secret, baseUrl })`. */
export const SANDBOX_API_KEY = 'sandbox-api-key';
/** Default sandbox partner secret. */
export const SANDBOX_SECRET = 'sandbox-partner-secret';
/** Default Careers API company UID of the sandbox. */
export const SANDBOX_COMPANY_UID = 'sandbox-company';
/** Default Careers API token of the sandbox. */
export const SANDBOX_CAREERS_TOKEN = 'sandbox-careers-token';

const TEL_AVIV = { name: 'Tel Aviv', country: 'IL', city: 'Tel Aviv', uid: '01.L1', timezone: 'Asia/Jerusalem' };
const AUSTIN = {
  name: 'Austin',
  country: 'US',
  city: 'Austin',
  state: 'TX',
  uid: '01.L2',
  timezone: 'America/Chicago',
};
const HIRING_TEAM = {
  lead_recruiter: { first_name: 'Rina', last_name: 'Levi', email: 'rina@sandbox.example' },
  hiring_manager: { first_name: 'Kelly', last_name: 'Lee', email: 'kelly@sandbox.example' },
};

const DEFAULT_POSITIONS: SandboxPosition[] = [
  {
    uid: '11.11',
    name: 'Automation QA',
    status: 'open',
    is_discreet: false,
    is_published: true,
    department: 'R&D',
    employment_type: 'Full-time',
    experience_level: 'Intermediate',
    workplace_type: 'Hybrid',
    location: TEL_AVIV,
    categories: [{ name: 'Team', value: 'Quality', order: 1 }],
    users: HIRING_TEAM,
    details: [{ name: 'Description', value: '<p>Automate our tests.</p>', order: 1 }],
  },
  {
    uid: '22.22',
    name: 'Account Executive',
    status: 'open',
    is_discreet: false,
    is_published: true,
    department: 'Sales',
    employment_type: 'Full-time',
    experience_level: 'Senior',
    workplace_type: 'Remote',
    location: AUSTIN,
    categories: [],
    users: HIRING_TEAM,
    details: [{ name: 'Description', value: '<p>Sell.</p>', order: 1 }],
  },
  {
    uid: '33.33',
    name: 'Head of Security',
    status: 'on hold',
    is_discreet: true,
    is_published: false,
    department: 'IT',
    workplace_type: 'On-site',
    location: TEL_AVIV,
  },
];

const DEFAULT_OPENINGS: SandboxOpening[] = DEFAULT_POSITIONS.map((position, index) => ({
  uid: `0F.${index + 1}0`,
  position_uid: position.uid,
  name: `${position.name} #1`,
  approval_process: { uid: `32.0${index + 1}`, name: 'Approval', time_completed: null, status: 'APPROVED' },
  hired_candidate_uid: null,
  time_expected_hire: '2025-03-01T00:00:00Z',
  headcount: 1,
  reason: 'New',
  status: 'Open',
  time_created: '2024-01-01T00:00:00Z',
  time_last_status_change: '2024-01-01T00:00:00Z',
  time_opened: '2024-01-01T00:00:00Z',
  time_updated: '2024-01-01T00:00:00Z',
  custom_fields: {},
}));

/** The sandbox's state: positions, candidates, source contacts and the tokens it accepted. */
export class ComeetSandboxState {
  /** The api-key the sandbox expects as the JWT `iss`. */
  readonly apiKey: string;
  /** The partner secret the sandbox verifies JWTs with (HS256). */
  readonly secret: string;
  /** The company UID of the Careers API. */
  readonly companyUid: string;
  /** The Careers API token the sandbox accepts. */
  readonly careersToken: string;
  /** Positions by UID; candidates can only be posted to these. */
  readonly positions = new Map<string, SandboxPosition>();
  /** Candidates by UID. */
  readonly candidates = new Map<string, SandboxCandidate>();
  /** Source contacts by email, with the full name they were first registered with. */
  readonly sourceContacts = new Map<string, string>();
  /** Names of the custom candidate fields the account has; other names are refused. */
  readonly customFields: Set<string>;
  /** Claims of every token accepted, in order. */
  readonly authorizations: SandboxAuthorization[] = [];
  /** The company's locations (`GET /locations`). */
  readonly locations: Record<string, unknown>[] = [];
  /** Openings by UID (`GET /openings`). */
  readonly openings = new Map<string, SandboxOpening>();
  /** Notes added to candidates, in order. */
  readonly notes: SandboxNote[] = [];
  /** How lists answer: paged with `next_page` links, or bare arrays. */
  listShape: 'paged' | 'array';
  /** Items per page when a list call sends no `limit`. */
  defaultPageSize: number;
  /** The documented limit per api-key, or false when not enforced. */
  rateLimit: { limit: number; windowMs: number } | false;
  /** The clock of the rate limit, in epoch ms. */
  readonly now: () => number;
  private readonly seedPositions: SandboxPosition[];
  private readonly seedLocations: Record<string, unknown>[];
  private readonly seedOpenings: SandboxOpening[];
  /** Arrival times of recent requests, per api-key. */
  private readonly arrivals = new Map<string, number[]>();
  private sequence = 0;

  constructor(options: ComeetSandboxOptions = {}) {
    this.apiKey = options.apiKey ?? SANDBOX_API_KEY;
    this.secret = options.secret ?? SANDBOX_SECRET;
    this.companyUid = options.companyUid ?? SANDBOX_COMPANY_UID;
    this.careersToken = options.careersToken ?? SANDBOX_CAREERS_TOKEN;
    this.seedPositions = options.positions ?? DEFAULT_POSITIONS;
    this.customFields = new Set(options.customFields ?? ['field1', 'Expected start']);
    this.seedLocations = options.locations ?? [TEL_AVIV, AUSTIN];
    this.seedOpenings = options.openings ?? DEFAULT_OPENINGS;
    this.listShape = options.listShape ?? 'paged';
    this.defaultPageSize = options.defaultPageSize ?? 100;
    this.rateLimit = options.rateLimit ?? { limit: 100, windowMs: 60_000 };
    this.now = options.now ?? Date.now;
    this.reset();
  }

  /** Empties the sandbox and seeds the positions again. */
  reset(): void {
    this.positions.clear();
    this.candidates.clear();
    this.sourceContacts.clear();
    this.authorizations.length = 0;
    this.notes.length = 0;
    this.arrivals.clear();
    this.sequence = 0;
    for (const position of this.seedPositions) this.positions.set(position.uid, structuredClone(position));
    this.locations.splice(0, this.locations.length, ...structuredClone(this.seedLocations));
    this.openings.clear();
    for (const opening of this.seedOpenings) this.openings.set(opening.uid, structuredClone(opening));
  }

  /**
   * Counts a request of `apiKey` against the documented limit; true when it is over the limit (the
   * request is then refused, and a refused request does not count).
   */
  overRateLimit(apiKey: string): boolean {
    if (!this.rateLimit) return false;
    const { limit, windowMs } = this.rateLimit;
    const now = this.now();
    const recent = (this.arrivals.get(apiKey) ?? []).filter((at) => at > now - windowMs);
    this.arrivals.set(apiKey, recent);
    if (recent.length >= limit) return true;
    recent.push(now);
    return false;
  }

  /** Stores a note added to `candidateUid` and returns it. */
  addNote(candidateUid: string, body: Record<string, unknown>): SandboxNote {
    this.sequence += 1;
    const note: SandboxNote = {
      uid: `B${this.sequence}.${(0x120 + this.sequence).toString(16).toUpperCase()}`,
      candidate_uid: candidateUid,
      body,
    };
    this.notes.push(note);
    return note;
  }

  /** The In progress candidate of `position_uid` with this partner id, if any. */
  findInProgress(positionUid: string, partnerCandidateId: string): SandboxCandidate | undefined {
    for (const candidate of this.candidates.values()) {
      if (
        candidate.position_uid === positionUid &&
        candidate.partner_candidate_id === partnerCandidateId &&
        candidate.status === 'In progress'
      ) {
        return candidate;
      }
    }
    return undefined;
  }

  /** Stores a new In progress candidate. */
  addCandidate(body: Record<string, unknown>, now: Date): SandboxCandidate {
    this.sequence += 1;
    const email = typeof body.email === 'string' ? body.email.toLowerCase() : undefined;
    const samePerson = email
      ? [...this.candidates.values()].find((c) => String(c.body.email ?? '').toLowerCase() === email)
      : undefined;
    const candidate: SandboxCandidate = {
      uid: `${(0x10 + this.sequence).toString(16).toUpperCase()}.${(0xa00 + this.sequence).toString(16).toUpperCase()}`,
      person_uid: samePerson?.person_uid ?? `05.${(0xe00 + this.sequence).toString(16).toUpperCase()}`,
      real_id: String(5000 + this.sequence),
      position_uid: String(body.position_uid),
      partner_candidate_id: typeof body.partner_candidate_id === 'string' ? body.partner_candidate_id : undefined,
      status: 'In progress',
      body,
      time_created: comeetTime(now),
      duplicate: false,
      time_last_status_changed: comeetTime(now),
      time_hiring_process_updated: comeetTime(now),
      deleted: false,
    };
    this.candidates.set(candidate.uid, candidate);
    return candidate;
  }

  /** Finds a candidate by UID, or by its real ID when `realId` is true. */
  findCandidate(id: string, realId = false): SandboxCandidate | undefined {
    if (!realId) return this.candidates.get(id);
    for (const candidate of this.candidates.values()) if (candidate.real_id === id) return candidate;
    return undefined;
  }
}

/** A time as Comeet writes it: `YYYY-MM-DDTHH:mm:ssZ`. */
export const comeetTime = formatComeetTime;
