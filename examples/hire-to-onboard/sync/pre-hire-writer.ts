import { APIError, type FeishuCoreHRClient, InputValidationError } from '@hr/feishu-corehr';
import type { CheckpointStore, HireCheckpoint, HireSource } from '../checkpoint/types.js';
import { type Log, errorMessage } from '../log.js';
import { type FieldGap, type MappingResult, describeGaps } from '../mapping/types.js';
import { hireKey, outBizIdFor } from './idempotency.js';
import { SerialLanes } from '@hr/core';

/** What happened to one hire, with the ATS values its mapping could not carry over (to report). */
export type HireOutcome = HireWriteOutcome & { unmapped: FieldGap[] };

/** What the writer did with one hire. */
export type HireWriteOutcome =
  | { kind: 'created'; preHireId: string; repaired: boolean }
  | { kind: 'already-created'; preHireId: string }
  | { kind: 'unmappable'; missing: FieldGap[] }
  | { kind: 'failed'; error: string }
  | { kind: 'dry-run' };

/** What the writer needs. */
export interface PreHireWriterOptions {
  /** The Feishu client (only `preHires.create` is used). */
  feishu: Pick<FeishuCoreHRClient, 'preHires'>;
  /** The durable checkpoint. */
  store: CheckpointStore;
  /** False: read-only run (real vendors without HR_LIVE=1): say what would be written, write nothing. */
  writes: boolean;
  /** Where progress goes. */
  log: Log;
  /** Called right after Feishu created a pre-hire, before the checkpoint is saved (fault injection). */
  afterCreate?: (() => void) | undefined;
}

/**
 * Feishu refusals that mean "nothing was created and sending it again will not help": a rule of
 * the SDK (nothing was sent) or a documented 4xx code about the data (duplicate phone 1161029,
 * invalid department 1161021...). Anything else (timeouts, 5xx after retries, rate limits after
 * retries, refused credentials) may be transient or may have been applied: the record stays
 * `pending` and the create is sent again later with the same `out_biz_id`.
 */
function isDefinitiveRefusal(error: unknown): boolean {
  if (InputValidationError.isInstance(error)) return true;
  return APIError.isInstance(error) && ['invalid_request', 'conflict', 'not_found'].includes(error.kind);
}

/**
 * Creates each ATS hire's pre-hire exactly once:
 *
 * 1. A hire already `created` in the checkpoint is not sent again.
 * 2. Before the create, a `pending` record (with its `out_biz_id` and body) is saved: the intent.
 * 3. The create carries `out_biz_id = outBizIdFor(source, recordId)`: Feishu applies one create
 *    per `out_biz_id` and answers a repeat with the pre-hire it already made; the SDK reuses it on
 *    its own retries too.
 * 4. The `created` record (with the pre-hire ID) replaces the pending one.
 *
 * A crash between 3 and 4 leaves a `pending` record: on restart `recoverPending()` sends the same
 * create again, Feishu returns the existing pre-hire, and the checkpoint is repaired. Calls for
 * one hire run one at a time in this process; across processes the shared `out_biz_id` holds.
 */
export class PreHireWriter {
  readonly #options: PreHireWriterOptions;
  // Two deliveries for one record wait for each other instead of racing; other records go concurrently.
  readonly #lanes = new SerialLanes();

  constructor(options: PreHireWriterOptions) {
    this.#options = options;
  }

  /** Creates the pre-hire of an ATS hire (once), from its mapping. */
  async write(source: HireSource, recordId: string, mapping: MappingResult): Promise<HireOutcome> {
    const outcome = await this.#write(source, recordId, mapping);
    return { ...outcome, unmapped: mapping.unmapped };
  }

  #write(source: HireSource, recordId: string, mapping: MappingResult): Promise<HireWriteOutcome> {
    const key = hireKey(source, recordId);
    return this.#lanes.run(key, async () => {
      const { store, writes, log } = this.#options;
      const existing = await store.getHire(key);
      if (existing?.state === 'created' && existing.preHireId)
        return { kind: 'already-created', preHireId: existing.preHireId };
      // A create may already have been applied with the pending body: finish that one.
      if (existing?.state === 'pending' && existing.body && writes) return this.#create(key, existing, true);
      const record: HireCheckpoint = {
        ...existing,
        source,
        recordId,
        outBizId: outBizIdFor(source, recordId),
        state: 'pending',
        updatedAt: new Date().toISOString(),
      };
      if (!mapping.body) {
        log.warn(`  ${key}: not created, missing ${describeGaps(mapping.missing)}`);
        if (writes)
          await store.putHire(key, { ...record, state: 'unmappable', gaps: mapping.missing, body: undefined });
        return { kind: 'unmappable', missing: mapping.missing };
      }
      if (!writes) {
        log.info(
          `  ${key}: would create a pre-hire (out_biz_id ${record.outBizId}) with ${describeBody(mapping.body)} (read-only run: set HR_LIVE=1 to write)`,
        );
        return { kind: 'dry-run' };
      }
      const pending = { ...record, body: mapping.body, gaps: undefined, error: undefined };
      await store.putHire(key, pending);
      return this.#create(key, pending, false);
    });
  }

  /**
   * Finishes every hire left `pending` by an earlier run (a crash, a timeout, an outage): sends
   * the same create again (same `out_biz_id`) and records the pre-hire Feishu answers with.
   * Returns how many were repaired; a hire that still fails stays pending for the next start.
   */
  async recoverPending(): Promise<number> {
    const { store, writes, log } = this.#options;
    if (!writes) return 0;
    let repaired = 0;
    for (const [key] of await store.hiresIn(['pending'])) {
      try {
        const outcome = await this.#lanes.run(key, async () => {
          const record = await store.getHire(key);
          if (record?.state !== 'pending' || !record.body) return undefined;
          return this.#create(key, record, true);
        });
        if (outcome?.kind === 'created') repaired++;
      } catch (error) {
        log.error(`  ${key}: still pending (${errorMessage(error)}); retried on the next start`);
      }
    }
    return repaired;
  }

  async #create(key: string, record: HireCheckpoint, wasPending: boolean): Promise<HireWriteOutcome> {
    const { feishu, store, log, afterCreate } = this.#options;
    let preHireId: string | null | undefined;
    try {
      ({ pre_hire_id: preHireId } = await feishu.preHires.create({ ...record.body!, out_biz_id: record.outBizId }));
    } catch (error) {
      if (!isDefinitiveRefusal(error)) throw error;
      const message = errorMessage(error);
      log.error(`  ${key}: Feishu refused the pre-hire: ${message}`);
      await store.putHire(key, {
        ...record,
        state: 'failed',
        body: undefined,
        error: message,
        updatedAt: new Date().toISOString(),
      });
      return { kind: 'failed', error: message };
    }
    if (!preHireId) throw new Error(`Feishu answered the create of ${key} without a pre_hire_id; it stays pending`);
    afterCreate?.();
    await store.putHire(key, {
      ...record,
      state: 'created',
      preHireId,
      body: undefined,
      updatedAt: new Date().toISOString(),
    });
    if (wasPending) log.info(`  ${key}: checkpoint repaired: Feishu answered with pre-hire ${preHireId}`);
    return { kind: 'created', preHireId, repaired: wasPending };
  }
}

/** The fields a create would send, without their values (they are personal data). */
function describeBody(body: NonNullable<MappingResult['body']>): string {
  const fields = (block: object | undefined, prefix: string) =>
    Object.keys(block ?? {}).map((name) => `${prefix}.${name}`);
  return [...fields(body.basic_info, 'basic_info'), ...fields(body.offer_info, 'offer_info')].join(', ');
}
