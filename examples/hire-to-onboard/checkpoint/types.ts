import type { SeenStore } from '@hr/core/webhooks';
import type { CreatePreHireBody } from '@hr/feishu-corehr';
import type { FieldGap } from '../mapping/types.js';
import type { Lease } from './lease.js';

/** The ATS a hire came from. */
export type HireSource = 'moka' | 'comeet';

/** Every hire state, in the order a hire moves through them. */
export const HIRE_STATES = [
  'received',
  'pending',
  'confirming',
  'created',
  'needs_review',
  'unmappable',
  'failed',
  'waiting',
] as const;

/**
 * Where a hire stands:
 * - `received`: taken in and recorded (with its create body); nothing was sent to Feishu yet.
 * - `pending`: a create was sent, or may have been (the write-ahead record, with `sentAt`): whether
 *   Feishu applied it is unknown until the pre-hire is found or shown not to exist.
 * - `confirming`: created by a create sent again after one whose outcome was unknown; Feishu is
 *   searched once more when that earlier create can no longer land, to catch a late duplicate.
 * - `created`: the pre-hire exists (`preHireId`, `via` says how it was learnt); the body is dropped.
 * - `needs_review`: the service could not decide whether Feishu holds the pre-hire (see `review`);
 *   nothing more is sent until a person resolves it (`index.ts resolve`).
 * - `unmappable`: required fields are missing (see `gaps`); nothing was sent.
 * - `failed`: Feishu refused the first create for good (a 4xx about the data); nothing was created.
 * - `waiting`: not hired yet (a Moka offer not accepted); read again on the next pull.
 */
export type HireState = (typeof HIRE_STATES)[number];

/** States in which a hire still has work to do (the sweep picks them up). */
export const OPEN_STATES: readonly HireState[] = ['received', 'pending', 'confirming'];

/** States a newly received copy of a hire replaces (it may now be mappable, or pass Feishu's checks). */
export const REOPENABLE_STATES: readonly HireState[] = ['waiting', 'unmappable', 'failed'];

/** How the service learnt a created hire's pre-hire ID. */
type PreHireOrigin = 'create' | 'lookup' | 'operator';

/** One pre-hire a lookup found that could be the hire's, and what was compared. */
export interface ReviewCandidate {
  /** The Feishu pre-hire. */
  preHireId: string;
  /** Attributes equal on both sides (`phone`, `email`, `name`...). Names only, never values. */
  matched: string[];
  /** Attributes both sides have with different values. */
  conflicting: string[];
}

/** Why a hire is parked for review, and what was seen. */
interface ReviewEvidence {
  /** One sentence a person can act on. */
  reason: string;
  /** What the lookup found (empty when the reason is not a lookup). */
  candidates: ReviewCandidate[];
  /** Creates sent whose outcome was unknown. */
  uncertainSends: number;
  /** When the service parked it (ISO time). */
  at: string;
}

/** What the checkpoint remembers of one ATS hire. */
export interface HireCheckpoint {
  /** The ATS. */
  source: HireSource;
  /** The ATS record id: Moka `applicationId`, Comeet candidate `comeet_id`. */
  recordId: string;
  /** The `out_biz_id` sent to Feishu (derived from source and record id). */
  outBizId: string;
  /** See `HireState`. */
  state: HireState;
  /** The Feishu pre-hire, once created. */
  preHireId?: string | undefined;
  /** How `preHireId` was learnt. */
  via?: PreHireOrigin | undefined;
  /** The create body, kept while `received`, `pending`, `confirming` or `needs_review` (it holds personal data). */
  body?: CreatePreHireBody | undefined;
  /** Creates sent for this hire (each written ahead as `pending` before it leaves). */
  sends?: number | undefined;
  /** When the last create was sent (ISO time): a create in flight can still land until `sentAt` + the create timeout. */
  sentAt?: string | undefined;
  /** Missing fields (`unmappable`). */
  gaps?: FieldGap[] | undefined;
  /** Feishu's refusal (`failed`), or the resolution note. */
  error?: string | undefined;
  /** Why it is parked (`needs_review`). */
  review?: ReviewEvidence | undefined;
  /** Outcomes written back by an earlier version of this service (now kept apart, see `writeBackStatus`). */
  writtenBack?: string[] | undefined;
  /** When this record last changed (ISO time). */
  updatedAt: string;
}

/** Where a write-back of one Feishu outcome stands: recorded, or written to the ATS (or logged). */
export type WriteBackStatus = 'due' | 'done';

/** The write-back outcomes the checkpoint tracks. */
export const WRITE_BACK_OUTCOMES = ['withdrawn', 'completed'] as const;

/** A Feishu onboarding outcome written back to the ATS. */
export type WriteBackOutcome = (typeof WRITE_BACK_OUTCOMES)[number];

/** What taking a hire in did. */
export interface TakeInResult {
  /** False when the stored record was kept (it was further along, or already received). */
  taken: boolean;
  /** The record stored now. */
  record: HireCheckpoint;
}

/**
 * The durable checkpoint: ATS hire → pre-hire, the write-backs, the pull cursors, the pushes
 * accepted, and a lease per hire. A write is durable when its promise resolves (the file store
 * renames a fully written file; Redis answers after applying).
 *
 * Who writes what: a hire is taken in (`takeIn`, no lease: intake must answer at once), then
 * every later change of it goes through `putHire` under its lease, fenced: a writer whose lease
 * was taken over is refused (`LeaseLostError`) and must stop.
 */
export interface CheckpointStore {
  /** The record of `key` (see `hireKey`), if any. */
  getHire(key: string): Promise<HireCheckpoint | undefined>;
  /**
   * Stores `record` for `key` unless a record is stored whose state is not in `replaceable` (one
   * step, so two processes taking in the same hire store it once).
   */
  takeIn(key: string, record: HireCheckpoint, replaceable: readonly HireState[]): Promise<TakeInResult>;
  /** The lease of `key` for `ttlMs` (renewed while held), or undefined when another holder has it. */
  lease(key: string, ttlMs: number): Promise<Lease | undefined>;
  /** Stores the record of `key` under `lease`; rejects with `LeaseLostError` when the lease is no longer current. */
  putHire(key: string, record: HireCheckpoint, lease: Lease): Promise<void>;
  /** Every record whose state is one of `states`, as `[key, record]`. */
  hiresIn(states: readonly HireState[]): Promise<[string, HireCheckpoint][]>;
  /** The keys of the hires in an open state (`OPEN_STATES`). */
  openHires(): Promise<string[]>;
  /** The record of the hire that became `preHireId`, if any. */
  findByPreHireId(preHireId: string): Promise<[string, HireCheckpoint] | undefined>;
  /** Records that `outcome` of `key` must be written back; returns the status it had before (undefined: new). */
  markWriteBackDue(key: string, outcome: WriteBackOutcome): Promise<WriteBackStatus | undefined>;
  /** Where the write-back of `outcome` of `key` stands (undefined: never recorded). */
  writeBackStatus(key: string, outcome: WriteBackOutcome): Promise<WriteBackStatus | undefined>;
  /** Marks a write-back done, under the hire's lease (fenced like `putHire`). */
  markWrittenBack(key: string, outcome: WriteBackOutcome, lease: Lease): Promise<void>;
  /** The write-backs recorded and not done yet, as `[key, outcome]`. */
  writeBacksDue(): Promise<[string, WriteBackOutcome][]>;
  /** A saved cursor, e.g. `moka:offer`. */
  getCursor(name: string): Promise<string | undefined>;
  /** Saves a cursor. */
  putCursor(name: string, cursor: string): Promise<void>;
  /** Resolves when the store can be read and written (for `/healthz`). */
  ping(): Promise<void>;
  /**
   * The pushes already accepted (their ids, or a hash of the body where a vendor sends none): the
   * push routes refuse a replay through it. Kept as durably as the rest of the checkpoint.
   */
  readonly seen: SeenStore;
  /** Where the checkpoint lives, for logs (a path or a Redis key prefix; never credentials). */
  readonly description: string;
  /** Waits for pending writes, releases held leases and the store. */
  close(): Promise<void>;
}

/** Options every store takes. */
export interface StoreOptions {
  /** Called with the seconds each write took (for the checkpoint write latency metric). */
  onWrite?: ((seconds: number) => void) | undefined;
}
