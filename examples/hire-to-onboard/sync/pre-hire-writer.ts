import type { FeishuCoreHRClient } from '@hr/feishu-corehr';
import { type Lease, LeaseLostError } from '../checkpoint/lease.js';
import type { CheckpointStore, HireCheckpoint, ReviewCandidate } from '../checkpoint/types.js';
import type { Log } from '../log.js';
import type { FieldGap } from '../mapping/types.js';
import { findPreHire } from './find-pre-hire.js';
import { sendCreate } from './send-create.js';

/** What one step of the writer did with a hire. */
export type HireWriteOutcome =
  /**
   * The pre-hire exists now: Feishu answered a create (`create`) or a lookup found it (`lookup`).
   * `confirmAt`: it was created by a create sent again; Feishu is searched once more then (epoch ms).
   */
  | { kind: 'created'; preHireId: string; via: 'create' | 'lookup'; confirmAt?: number | undefined }
  /** It existed before this step. */
  | { kind: 'already-created'; preHireId: string }
  /** Parked: a person must decide (see the record's `review`). */
  | { kind: 'needs-review'; reason: string }
  /** Not creatable: required fields are missing. */
  | { kind: 'unmappable'; missing: FieldGap[] }
  /** Feishu refused the create for good. */
  | { kind: 'failed'; error: string }
  /** A Moka candidate not hired yet. */
  | { kind: 'waiting' }
  /** Another process (or task) holds the hire's lease: it does the work. */
  | { kind: 'busy' }
  /** Nothing can be decided before `at` (epoch ms): step again then. */
  | { kind: 'later'; at: number; why: string };

/** How long things take, and how often to try: see docs/recipes.md ("Exactly once"). */
export interface ExactlyOnceTimings {
  /**
   * Every request of a create leaves and ends within this many ms of the create's start (default
   * 20 000). A create whose outcome is unknown can land in Feishu until then.
   */
  createWindowMs: number;
  /**
   * How long after its caller gave up Feishu may still apply a create (default 30 000). Feishu
   * documents nothing about it: a request that reached Feishu before the deadline can be processed
   * after it. Covered before a lookup, so a create that lands late is found, not created again.
   */
  landingGraceMs: number;
  /** How long after its creation Feishu's search may still miss a pre-hire (Feishu documents 5 s; default 5 000). */
  searchLagMs: number;
  /**
   * A hire's lease, renewed every third of it while held (default 30 000). A process that dies holds
   * its hires this long; a create in flight is covered by its recorded window, not by the lease.
   */
  leaseTtlMs: number;
  /** Creates sent without a known outcome before the hire is parked (default 3). */
  maxSends: number;
}

/** The defaults of `ExactlyOnceTimings`. */
const DEFAULT_TIMINGS: ExactlyOnceTimings = {
  createWindowMs: 20_000,
  landingGraceMs: 30_000,
  searchLagMs: 5_000,
  leaseTtlMs: 30_000,
  maxSends: 3,
};

/** What happened, for the metrics. */
interface WriterEvents {
  /** A pre-hire was created, or found after an uncertain create. */
  created?(via: 'create' | 'lookup'): void;
  /** A hire was parked for review. */
  parked?(): void;
  /** Feishu refused a hire for good. */
  failed?(): void;
  /** A create was sent again after an earlier one's outcome could not be known. */
  retried?(): void;
}

/** What the writer needs. */
export interface PreHireWriterOptions {
  /** The Feishu client (`preHires.create` and `preHires.search`). */
  feishu: Pick<FeishuCoreHRClient, 'preHires'>;
  /** The durable checkpoint (its leases and fenced writes). */
  store: CheckpointStore;
  /** Where progress goes. */
  log: Log;
  /** Timings (defaults: `DEFAULT_TIMINGS`). */
  timings?: Partial<ExactlyOnceTimings> | undefined;
  /** Counters. */
  events?: WriterEvents | undefined;
  /** Called right after Feishu created a pre-hire, before the checkpoint is saved (fault injection). */
  afterCreate?: (() => void) | undefined;
}

/**
 * Creates each hire's pre-hire exactly once, whatever Feishu does with a repeated `out_biz_id`
 * (answers with the existing pre-hire, refuses, or creates a second one), on one process or many:
 *
 * 1. Every step holds the hire's lease; every checkpoint write is fenced by it.
 * 2. `received` (nothing sent yet): `pending` is written first with `sentAt` (the write-ahead
 *    record), then one create is sent (`sendCreate`: the SDK's own resends are off).
 * 3. The answer decides: the pre-hire ID → `created`; a 4xx on a first create → `failed` (nothing
 *    was created); a timeout, a 5xx, a broken connection → the outcome is unknown: it stays `pending`.
 * 4. `pending` (a crash, an unknown outcome, a lost lease): nothing is sent before the create could
 *    have landed and become searchable (`settledAt`: `sentAt` + `createWindowMs` + `landingGraceMs`
 *    + `searchLagMs`). Then `findPreHire` looks for it: found → `created` (via `lookup`); shown not
 *    to exist → the create is sent again; undecided → `needs_review` with the evidence. A create
 *    sent again that Feishu refuses is parked too (the refusal may be Feishu's answer to a repeated
 *    `out_biz_id`), and so is a hire whose `maxSends` creates all ended unknown.
 * 5. A create sent again that succeeds is `confirming`: once the earlier create can no longer land,
 *    Feishu is searched again; a second pre-hire found (an earlier create landed later than
 *    assumed) parks the hire with both as evidence.
 *
 * So a second create is only ever sent after Feishu's search showed none exists, and checked
 * afterwards: never a silent duplicate. `docs/recipes.md` states what this relies on and what is left.
 */
export class PreHireWriter {
  readonly #options: PreHireWriterOptions;
  readonly #timings: ExactlyOnceTimings;

  constructor(options: PreHireWriterOptions) {
    this.#options = options;
    this.#timings = { ...DEFAULT_TIMINGS, ...options.timings };
  }

  /** The timings in use. */
  get timings(): Readonly<ExactlyOnceTimings> {
    return this.#timings;
  }

  /** Takes one step for the hire `key` under its lease (see the class comment); `busy` when another holder has it. */
  async step(key: string): Promise<HireWriteOutcome> {
    const lease = await this.#options.store.lease(key, this.#timings.leaseTtlMs);
    if (!lease) return { kind: 'busy' };
    try {
      return await this.#step(key, lease);
    } catch (error) {
      if (!(error instanceof LeaseLostError)) throw error;
      this.#options.log.warn(`  ${key}: ${error.message}`);
      return { kind: 'busy' };
    } finally {
      await lease.release().catch(() => undefined);
    }
  }

  async #step(key: string, lease: Lease): Promise<HireWriteOutcome> {
    const record = await this.#options.store.getHire(key);
    if (!record) throw new Error(`${key} is not in the checkpoint`);
    switch (record.state) {
      case 'created':
        return { kind: 'already-created', preHireId: record.preHireId! };
      case 'needs_review':
        return { kind: 'needs-review', reason: record.review!.reason };
      case 'unmappable':
        return { kind: 'unmappable', missing: record.gaps ?? [] };
      case 'failed':
        return { kind: 'failed', error: record.error ?? 'refused' };
      case 'waiting':
        return { kind: 'waiting' };
      case 'received':
        return this.#send(key, record, lease, false);
      case 'pending':
        return this.#settle(key, record, lease);
      case 'confirming':
        return this.#confirm(key, record, lease);
    }
  }

  /** When a create sent at `record.sentAt` can no longer land unseen: then search tells. */
  #settledAt(record: HireCheckpoint): number {
    const { createWindowMs, landingGraceMs, searchLagMs } = this.#timings;
    return Date.parse(record.sentAt ?? record.updatedAt) + createWindowMs + landingGraceMs + searchLagMs;
  }

  /** A create may have been applied: wait until it would be visible, look for it, then decide. */
  async #settle(key: string, record: HireCheckpoint, lease: Lease): Promise<HireWriteOutcome> {
    const due = this.#settledAt(record);
    if (Date.now() < due) return { kind: 'later', at: due, why: 'a create sent earlier may still land' };
    const found = await findPreHire(this.#options.feishu, record.body!);
    if (found.kind === 'found') {
      await this.#created(key, record, lease, found.preHireId, 'lookup');
      this.#options.log.info(
        `  ${key}: found pre-hire ${found.preHireId} in Feishu (same ${found.matched.join(', ')}): checkpoint repaired, nothing sent again`,
      );
      return { kind: 'created', preHireId: found.preHireId, via: 'lookup' };
    }
    if (found.kind === 'undecided') return this.#park(key, record, lease, found.reason, found.candidates);
    if ((record.sends ?? 1) >= this.#timings.maxSends)
      return this.#park(key, record, lease, `${record.sends} creates ended without a known outcome`, []);
    this.#options.log.info(`  ${key}: no pre-hire in Feishu after an unanswered create: sending it again`);
    this.#options.events?.retried?.();
    return this.#send(key, record, lease, true);
  }

  /** Writes `pending` ahead, sends one create, and records what its answer says. */
  async #send(key: string, record: HireCheckpoint, lease: Lease, afterUnknown: boolean): Promise<HireWriteOutcome> {
    const { store, feishu, log, events, afterCreate } = this.#options;
    const { createWindowMs, searchLagMs } = this.#timings;
    const sentAt = new Date();
    const pending: HireCheckpoint = {
      ...record,
      state: 'pending',
      sends: (record.sends ?? 0) + 1,
      sentAt: sentAt.toISOString(),
      updatedAt: sentAt.toISOString(),
    };
    await store.putHire(key, pending, lease);
    const result = await sendCreate(
      { ...record.body!, out_biz_id: record.outBizId },
      { feishu, endsAt: sentAt.getTime() + createWindowMs, signal: lease.signal },
    );
    switch (result.kind) {
      case 'created': {
        afterCreate?.();
        const { preHireId } = result;
        if (afterUnknown) {
          const updatedAt = new Date().toISOString();
          await store.putHire(key, { ...pending, state: 'confirming', preHireId, via: 'create', updatedAt }, lease);
          events?.created?.('create');
          log.info(
            `  ${key}: created pre-hire ${preHireId}; Feishu is searched again once the earlier create cannot land`,
          );
          return { kind: 'created', preHireId, via: 'create', confirmAt: this.#settledAt(pending) };
        }
        await this.#created(key, pending, lease, preHireId, 'create');
        log.info(`  ${key}: created pre-hire ${preHireId}`);
        return { kind: 'created', preHireId, via: 'create' };
      }
      case 'refused':
        if (afterUnknown)
          return this.#park(
            key,
            pending,
            lease,
            `Feishu refused a create sent after an earlier one whose outcome is unknown (${result.error}); if it refuses a repeated out_biz_id, the pre-hire exists`,
            [],
          );
        log.error(`  ${key}: Feishu refused the pre-hire: ${result.error}`);
        await store.putHire(key, { ...pending, state: 'failed', body: undefined, error: result.error }, lease);
        events?.failed?.();
        return { kind: 'failed', error: result.error };
      case 'not-applied':
        // Nothing was applied: the record goes back to what it was.
        await store.putHire(key, record, lease);
        log.warn(`  ${key}: not sent (${result.error}); tried again later`);
        return { kind: 'later', at: Date.now() + searchLagMs, why: result.error };
      case 'uncertain':
        log.warn(
          `  ${key}: the create's outcome is unknown (${result.error}); Feishu is searched before anything is sent again`,
        );
        return { kind: 'later', at: sentAt.getTime() + createWindowMs + searchLagMs, why: result.error };
    }
  }

  /** A create sent again succeeded: once the earlier one can no longer land, look for a second pre-hire. */
  async #confirm(key: string, record: HireCheckpoint, lease: Lease): Promise<HireWriteOutcome> {
    const due = this.#settledAt(record);
    if (Date.now() < due) return { kind: 'later', at: due, why: 'an earlier create may still land' };
    const found = await findPreHire(this.#options.feishu, record.body!);
    const preHireId = record.preHireId!;
    // Any candidate but the pre-hire Feishu answered with may be a duplicate (a name-only match too).
    const candidates =
      found.kind === 'undecided'
        ? found.candidates
        : found.kind === 'found'
          ? [{ preHireId: found.preHireId, matched: found.matched, conflicting: [] }]
          : [];
    if (candidates.some((candidate) => candidate.preHireId !== preHireId))
      return this.#park(
        key,
        record,
        lease,
        `Feishu holds another pre-hire besides ${preHireId} for this hire: an earlier create landed late`,
        candidates,
      );
    const updatedAt = new Date().toISOString();
    await this.#options.store.putHire(key, { ...record, state: 'created', body: undefined, updatedAt }, lease);
    this.#options.log.info(`  ${key}: no second pre-hire in Feishu: ${preHireId} confirmed`);
    return { kind: 'already-created', preHireId };
  }

  async #created(key: string, record: HireCheckpoint, lease: Lease, preHireId: string, via: 'create' | 'lookup') {
    const { store, events } = this.#options;
    const updatedAt = new Date().toISOString();
    await store.putHire(key, { ...record, state: 'created', preHireId, via, body: undefined, updatedAt }, lease);
    events?.created?.(via);
  }

  async #park(
    key: string,
    record: HireCheckpoint,
    lease: Lease,
    reason: string,
    candidates: ReviewCandidate[],
  ): Promise<HireWriteOutcome> {
    const at = new Date().toISOString();
    const review = { reason, candidates, uncertainSends: record.sends ?? 0, at };
    await this.#options.store.putHire(key, { ...record, state: 'needs_review', review, updatedAt: at }, lease);
    const found = candidates.map(
      (c) =>
        `${c.preHireId} (same ${c.matched.join(', ') || 'nothing'}${c.conflicting.length ? `; differs: ${c.conflicting.join(', ')}` : ''})`,
    );
    this.#options.log.warn(
      `  ${key}: parked for review: ${reason}${found.length ? `; candidates ${found.join(', ')}` : ''} (see: index.ts review)`,
    );
    this.#options.events?.parked?.();
    return { kind: 'needs-review', reason };
  }
}
