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
}

/** Default sandbox credentials: use them with `new ComeetClient({ apiKey, secret, baseUrl })`. */
export const SANDBOX_API_KEY = 'sandbox-api-key';
/** Default sandbox partner secret. */
export const SANDBOX_SECRET = 'sandbox-partner-secret';
/** Default Careers API company UID of the sandbox. */
export const SANDBOX_COMPANY_UID = 'sandbox-company';
/** Default Careers API token of the sandbox. */
export const SANDBOX_CAREERS_TOKEN = 'sandbox-careers-token';

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
    location: { name: 'Tel Aviv', country: 'IL', city: 'Tel Aviv', uid: '01.L1' },
    categories: [{ name: 'Team', value: 'Quality', order: 1 }],
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
    location: { name: 'Austin', country: 'US', city: 'Austin', state: 'TX', uid: '01.L2' },
    categories: [],
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
    location: { name: 'Tel Aviv', country: 'IL', city: 'Tel Aviv', uid: '01.L1' },
  },
];

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
  private readonly seedPositions: SandboxPosition[];
  private sequence = 0;

  constructor(options: ComeetSandboxOptions = {}) {
    this.apiKey = options.apiKey ?? SANDBOX_API_KEY;
    this.secret = options.secret ?? SANDBOX_SECRET;
    this.companyUid = options.companyUid ?? SANDBOX_COMPANY_UID;
    this.careersToken = options.careersToken ?? SANDBOX_CAREERS_TOKEN;
    this.seedPositions = options.positions ?? DEFAULT_POSITIONS;
    this.customFields = new Set(options.customFields ?? ['field1', 'Expected start']);
    this.reset();
  }

  /** Empties the sandbox and seeds the positions again. */
  reset(): void {
    this.positions.clear();
    this.candidates.clear();
    this.sourceContacts.clear();
    this.authorizations.length = 0;
    this.sequence = 0;
    for (const position of this.seedPositions) this.positions.set(position.uid, structuredClone(position));
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
    const candidate: SandboxCandidate = {
      uid: `${(0x10 + this.sequence).toString(16).toUpperCase()}.${(0xa00 + this.sequence).toString(16).toUpperCase()}`,
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
export function comeetTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
