import {
  type CheckpointStore,
  type HireCheckpoint,
  type HireSource,
  OPEN_STATES,
  REOPENABLE_STATES,
} from '../checkpoint/types.js';
import type { Log } from '../log.js';
import { type FieldGap, type MappingResult, describeGaps } from '../mapping/types.js';
import type { HireWorker } from './hire-worker.js';
import { hireKey, outBizIdFor } from './idempotency.js';
import type { HireWriteOutcome } from './pre-hire-writer.js';

/** What happened to one hire, with the ATS values its mapping could not carry over (to report). */
export type HireOutcome = (
  | HireWriteOutcome
  /** Read-only run: nothing recorded or sent. */
  | { kind: 'dry-run' }
  /** Recorded; the work goes on after the answer (pushes). */
  | { kind: 'accepted' }
) & { unmapped: FieldGap[] };

/** What taking a hire in did. */
type IntakeResult =
  /** Recorded (or already known): `record` is what the checkpoint holds now. */
  | { kind: 'recorded'; key: string; record: HireCheckpoint; taken: boolean }
  /** Required fields are missing: recorded as `unmappable`, nothing will be sent. */
  | { kind: 'unmappable'; key: string; missing: FieldGap[] }
  /** Read-only run: what would be created was logged, nothing recorded. */
  | { kind: 'dry-run'; key: string };

/** What intake needs. */
export interface IntakeOptions {
  /** The checkpoint. */
  store: CheckpointStore;
  /** False on a read-only run. */
  writes: boolean;
  /** Where progress goes. */
  log: Log;
  /** Counts each hire taken in. */
  onReceived?: ((source: HireSource) => void) | undefined;
}

/**
 * Takes hires in and hands them to the worker: `take` waits for the first step (the pull: its
 * summary counts outcomes), `accept` returns once the hire is recorded (pushes: answered at once,
 * the work continues after the answer).
 */
export class HireIntake {
  readonly #options: IntakeOptions;
  readonly #worker: HireWorker;

  constructor(options: IntakeOptions, worker: HireWorker) {
    this.#options = options;
    this.#worker = worker;
  }

  /** Records the hire and runs its first step now. */
  take(source: HireSource, recordId: string, mapping: MappingResult): Promise<HireOutcome> {
    return this.#take(source, recordId, mapping, true);
  }

  /** Records the hire and schedules its work. */
  accept(source: HireSource, recordId: string, mapping: MappingResult): Promise<HireOutcome> {
    return this.#take(source, recordId, mapping, false);
  }

  async #take(source: HireSource, recordId: string, mapping: MappingResult, wait: boolean): Promise<HireOutcome> {
    this.#options.onReceived?.(source);
    const intake = await takeInHire(this.#options, source, recordId, mapping);
    const { unmapped } = mapping;
    if (intake.kind !== 'recorded') return { ...intake, unmapped };
    const { key, record } = intake;
    if (record.state === 'created' || record.state === 'confirming')
      return { kind: 'already-created', preHireId: record.preHireId!, unmapped };
    if (record.state === 'needs_review') return { kind: 'needs-review', reason: record.review!.reason, unmapped };
    if (wait) return { ...(await this.#worker.runHire(key)), unmapped };
    if (OPEN_STATES.includes(record.state)) this.#worker.scheduleHire(key);
    return { kind: 'accepted', unmapped };
  }
}

/**
 * Takes an ATS hire in: records it durably as `received` with its create body (or `unmappable`),
 * in one step that keeps a record further along (`pending`, `created`, `needs_review`; a hire
 * already `received` keeps its first body). Once this resolves the hire is safe: a push can be
 * answered, and any process of the service will create it (see `PreHireWriter`).
 */
async function takeInHire(
  { store, writes, log }: IntakeOptions,
  source: HireSource,
  recordId: string,
  mapping: MappingResult,
): Promise<IntakeResult> {
  const key = hireKey(source, recordId);
  const now = new Date().toISOString();
  const base = { source, recordId, outBizId: outBizIdFor(source, recordId), updatedAt: now };
  if (!mapping.body) {
    log.warn(`  ${key}: not created, missing ${describeGaps(mapping.missing)}`);
    if (writes) await store.takeIn(key, { ...base, state: 'unmappable', gaps: mapping.missing }, REOPENABLE_STATES);
    return { kind: 'unmappable', key, missing: mapping.missing };
  }
  if (!writes) {
    log.info(
      `  ${key}: would create a pre-hire (out_biz_id ${base.outBizId}) with ${describeBody(mapping.body)} (read-only run: set HR_LIVE=1 to write)`,
    );
    return { kind: 'dry-run', key };
  }
  const { taken, record } = await store.takeIn(
    key,
    { ...base, state: 'received', body: mapping.body },
    REOPENABLE_STATES,
  );
  return { kind: 'recorded', key, record, taken };
}

/** The fields a create would send, without their values (they are personal data). */
function describeBody(body: NonNullable<MappingResult['body']>): string {
  const fields = (block: object | undefined, prefix: string) =>
    Object.keys(block ?? {}).map((name) => `${prefix}.${name}`);
  return [...fields(body.basic_info, 'basic_info'), ...fields(body.offer_info, 'offer_info')].join(', ');
}
