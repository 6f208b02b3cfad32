/** A position known to the sandbox. */
export interface SandboxPosition {
  /** Position UID. */
  uid: string;
  /** Position name. */
  name: string;
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
  /** Positions to seed (default: `11.11` Automation QA and `22.22` Account Executive). */
  positions?: SandboxPosition[] | undefined;
  /** Names of the custom candidate fields the account has (default `field1`, `Expected start`). */
  customFields?: string[] | undefined;
}

/** Default sandbox credentials: use them with `new ComeetClient({ apiKey, secret, baseUrl })`. */
export const SANDBOX_API_KEY = 'sandbox-api-key';
/** Default sandbox partner secret. */
export const SANDBOX_SECRET = 'sandbox-partner-secret';

const DEFAULT_POSITIONS: SandboxPosition[] = [
  { uid: '11.11', name: 'Automation QA' },
  { uid: '22.22', name: 'Account Executive' },
];

/** The sandbox's state: positions, candidates, source contacts and the tokens it accepted. */
export class ComeetSandboxState {
  /** The api-key the sandbox expects as the JWT `iss`. */
  readonly apiKey: string;
  /** The partner secret the sandbox verifies JWTs with (HS256). */
  readonly secret: string;
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
    for (const position of this.seedPositions) this.positions.set(position.uid, { ...position });
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
      time_created: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      duplicate: false,
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
