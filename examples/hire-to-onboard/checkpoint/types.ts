import type { SeenStore } from '@hr/core/webhooks';
import type { CreatePreHireBody } from '@hr/feishu-corehr';
import type { FieldGap } from '../mapping/types.js';

/** The ATS a hire came from. */
export type HireSource = 'moka' | 'comeet';

/**
 * Where a hire stands:
 * - `pending`: the create may have been sent to Feishu (the write-ahead record); the body is kept
 *   so a restart can send the same create again, which Feishu answers with the existing pre-hire.
 * - `created`: Feishu returned the pre-hire ID; the body is dropped.
 * - `unmappable`: required fields are missing (see `gaps`); nothing was sent.
 * - `failed`: Feishu refused the create for good (a 4xx code); nothing was created.
 * - `waiting`: not hired yet (a Moka offer not accepted); read again on the next pull.
 */
export type HireState = 'pending' | 'created' | 'unmappable' | 'failed' | 'waiting';

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
  /** The create body, kept only while `pending` (it holds personal data). */
  body?: CreatePreHireBody | undefined;
  /** Missing fields (`unmappable`), or the refusal (`failed`). */
  gaps?: FieldGap[] | undefined;
  /** Feishu's refusal, for `failed`. */
  error?: string | undefined;
  /** Feishu statuses already written back to the ATS (or logged), e.g. `withdrawn`. */
  writtenBack?: string[] | undefined;
  /** When this record last changed (ISO time). */
  updatedAt: string;
}

/**
 * The durable checkpoint: ATS hire → pre-hire, and the pull cursors. A put is durable when its
 * promise resolves (the file store renames a fully written file; Redis answers after applying).
 */
export interface CheckpointStore {
  /** The record of `key` (see `hireKey`), if any. */
  getHire(key: string): Promise<HireCheckpoint | undefined>;
  /** Stores the record of `key`, replacing the previous one. */
  putHire(key: string, record: HireCheckpoint): Promise<void>;
  /** Every record whose state is one of `states`, as `[key, record]`. */
  hiresIn(states: readonly HireState[]): Promise<[string, HireCheckpoint][]>;
  /** The record of the hire that became `preHireId`, if any. */
  findByPreHireId(preHireId: string): Promise<[string, HireCheckpoint] | undefined>;
  /** A saved cursor, e.g. `moka:offer`. */
  getCursor(name: string): Promise<string | undefined>;
  /** Saves a cursor. */
  putCursor(name: string, cursor: string): Promise<void>;
  /**
   * The pushes already accepted (their ids, or a hash of the body where a vendor sends none): the
   * push routes refuse a replay through it. Kept as durably as the rest of the checkpoint.
   */
  readonly seen: SeenStore;
  /** Where the checkpoint lives, for logs (a path or a Redis key prefix; never credentials). */
  readonly description: string;
  /** Waits for pending writes and releases the store. */
  close(): Promise<void>;
}
