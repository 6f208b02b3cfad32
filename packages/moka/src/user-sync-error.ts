import { APIError, BatchError } from '@hr/core';
import type { MokaUserInput } from './models/user.js';

/** Whether the vendor's message told which user of the failing batch was refused. */
export type FailedBatchState = 'partial' | 'unknown';

/**
 * Finds the user Moka refused. Moka stops at the first failing user, keeps the users before it, and
 * prefixes its message with that user's email or employee number. The longest key that prefixes the
 * message wins; no match, or two users sharing it, means the user cannot be told.
 */
export function findRefusedUser(batch: readonly MokaUserInput[], vendorMessage: string): number | undefined {
  const message = vendorMessage.trimStart().replace(/^[[(【]/, '');
  let best: { index: number; length: number } | undefined;
  let tie = false;
  batch.forEach((user, index) => {
    for (const key of [user.email, user.number]) {
      if (!key || !message.startsWith(key)) continue;
      if (!best || key.length > best.length) {
        best = { index, length: key.length };
        tie = false;
      } else if (key.length === best.length && index !== best.index) tie = true;
    }
  });
  return best && !tie ? best.index : undefined;
}

/**
 * `users.sync()` failed part-way. Batches before `failedBatchIndex` were applied. Inside the failing
 * batch, Moka applied the users before the refused one: when its message names the user
 * (`failedBatchState: 'partial'`), those users are in `applied` and `appliedInFailedBatch`; when it
 * does not (`'unknown'`), the failing batch's users are in `unknown`, neither applied nor not.
 */
export class MokaUserSyncError extends BatchError<MokaUserInput> {
  static override readonly brand: string = '@hr/moka/MokaUserSyncError';
  /** Moka's message (with its email / employee number prefix). */
  readonly vendorMessage: string;
  /** Whether the users of the failing batch before the refused one are known. */
  readonly failedBatchState: FailedBatchState;
  /** The user Moka refused, when its message tells. */
  readonly refusedUser: MokaUserInput | undefined;
  /** Index of the refused user in the list given to `users.sync()`, when known. */
  readonly refusedUserIndex: number | undefined;
  /** Users of the failing batch Moka applied before the refused one (undefined when unknown). */
  readonly appliedInFailedBatch: readonly MokaUserInput[] | undefined;
  /** Users certainly not applied: the refused one, those after it, and every later batch. */
  readonly notApplied: readonly MokaUserInput[];
  /** Users whose state is unknown (the failing batch, when the refused user cannot be told). */
  readonly unknown: readonly MokaUserInput[];

  constructor(batchError: BatchError<MokaUserInput>, batchSize: number) {
    const cause = batchError.cause;
    const vendorMessage =
      cause instanceof APIError ? cause.vendorMessage : cause instanceof Error ? cause.message : String(cause);
    // A rejection before the request reached Moka (validation, connection refused) leaves nothing applied.
    const refusedAt = cause instanceof APIError ? findRefusedUser(batchError.failedBatch, vendorMessage) : undefined;
    const known = refusedAt !== undefined;
    const appliedInFailedBatch = known ? batchError.failedBatch.slice(0, refusedAt) : undefined;
    const applied = [...batchError.applied, ...(appliedInFailedBatch ?? [])];
    const unknown = known ? [] : [...batchError.failedBatch];
    const notApplied = [...(known ? batchError.failedBatch.slice(refusedAt) : []), ...batchError.notSent];
    const refusedUser = known ? batchError.failedBatch[refusedAt] : undefined;
    const batchNo = `${batchError.failedBatchIndex + 1} of ${batchError.batchCount}`;
    const inBatch = known
      ? `Moka refused ${refusedUser!.email} and applied the ${refusedAt} user(s) before it in that batch`
      : `the state of its ${unknown.length} user(s) is unknown (Moka's message names no user of the batch)`;
    super({
      message:
        `users.sync: batch ${batchNo} failed: ${vendorMessage}. ${inBatch}. ` +
        `Applied: ${applied.length} user(s); not applied: ${notApplied.length}; unknown: ${unknown.length}.`,
      failedBatchIndex: batchError.failedBatchIndex,
      batchCount: batchError.batchCount,
      applied,
      failedBatch: batchError.failedBatch,
      notSent: batchError.notSent,
      cause,
      details: batchError.details,
    });
    this.vendorMessage = vendorMessage;
    this.failedBatchState = known ? 'partial' : 'unknown';
    this.refusedUser = refusedUser;
    this.refusedUserIndex = known ? batchError.failedBatchIndex * batchSize + refusedAt : undefined;
    this.appliedInFailedBatch = appliedInFailedBatch;
    this.notApplied = notApplied;
    this.unknown = unknown;
  }
}
