import { BatchError } from '@hr/core';
import type { MokaUserInput } from '../models/user.js';
import type { MokaUserV2Input } from '../models/user-v2.js';
import type { FailedBatchState, RefusedUser, UserSyncOutcome } from './outcome.js';

/** Counts of an outcome, for the message. */
function summary<U>(outcome: UserSyncOutcome<U>): string {
  const { applied, notApplied, unknown, refused } = outcome;
  return (
    `Applied: ${applied.length} user(s); refused: ${refused.length}; not applied: ${notApplied.length}; ` +
    `unknown: ${unknown.length}.`
  );
}

/** What the failing batch did, in words. */
function batchStory<U>(outcome: UserSyncOutcome<U>): string {
  const size = outcome.failedBatch.length;
  switch (outcome.failedBatchState) {
    case 'partial':
      return outcome.refused.length === 1
        ? `Moka refused 1 user (index ${outcome.refused[0]!.index}) and applied the ${outcome.appliedInFailedBatch!.length} user(s) before it in that batch`
        : `Moka refused ${outcome.refused.length} user(s), each with its reason, and applied the others`;
    case 'none':
      return `the failure proves none of its ${size} user(s) was applied`;
    case 'unknown':
      return `the state of its ${outcome.unknown.length} user(s) is unknown (Moka's answer does not say)`;
  }
}

/**
 * A user sync that applied some users and not others. `applied` users are in Moka; `refused` ones
 * were refused with Moka's reason (v1: the user its message names, with the users before it in the
 * batch applied; v2: each `data.errorList` entry); `notApplied` are the refused ones, a batch the
 * failure proves untouched (refused credentials, a rate limit, a request refused as a whole) and the
 * batches never sent; `unknown` users are those Moka's answer does not tell about (never guessed).
 * When nothing at all was applied and one failure says why (refused credentials, the sync switch off,
 * the only refused user of a v1 sync...), the sync rejects with that failure instead
 * (`AuthenticationError`, `PermissionDeniedError`, `ConflictError`...). Re-sending applied users is
 * harmless: the sync is an upsert.
 */
export class MokaUserSyncError<U = MokaUserInput | MokaUserV2Input> extends BatchError<U> {
  static override readonly brand: string = '@hr/moka/MokaUserSyncError';
  /** Moka's message that ended the sync (v1: with its email / employee number prefix); v2: the first refusal's reason. */
  readonly vendorMessage: string;
  /** What the failing batch did: `partial`, `none` (nothing of it applied) or `unknown`. */
  readonly failedBatchState: FailedBatchState;
  /** Every user Moka refused, with its reason and the user's index in the list given to the sync. */
  readonly refused: readonly RefusedUser<U>[];
  /** The first user Moka refused, when its answer tells. */
  readonly refusedUser: U | undefined;
  /** Index of that user in the list given to the sync, when known. */
  readonly refusedUserIndex: number | undefined;
  /** Users of the failing batch Moka applied (undefined when unknown). */
  readonly appliedInFailedBatch: readonly U[] | undefined;
  /** Users certainly not applied: the refused ones, a batch refused as a whole, and every batch not sent. */
  readonly notApplied: readonly U[];
  /** Users whose state is unknown (never guessed). */
  readonly unknown: readonly U[];

  constructor(operation: string, outcome: UserSyncOutcome<U>) {
    const batchNo = `${outcome.failedBatchIndex + 1} of ${outcome.batchCount}`;
    super({
      message:
        `${operation}: batch ${batchNo} did not apply wholly: ${outcome.vendorMessage}. ${batchStory(outcome)}. ` +
        summary(outcome),
      failedBatchIndex: outcome.failedBatchIndex,
      batchCount: outcome.batchCount,
      applied: outcome.applied,
      failedBatch: outcome.failedBatch,
      notSent: outcome.notSent,
      cause: outcome.cause,
    });
    this.vendorMessage = outcome.vendorMessage;
    this.failedBatchState = outcome.failedBatchState;
    this.refused = outcome.refused;
    this.refusedUser = outcome.refused[0]?.user;
    this.refusedUserIndex = outcome.refused[0]?.index;
    this.appliedInFailedBatch = outcome.appliedInFailedBatch;
    this.notApplied = outcome.notApplied;
    this.unknown = outcome.unknown;
  }
}

/**
 * The error a sync that did not apply every user rejects with: the failure itself when nothing at
 * all was applied and one call failed as a whole, else a `MokaUserSyncError` saying user by user.
 */
export function userSyncFailure<U>(operation: string, outcome: UserSyncOutcome<U>): unknown {
  // Nothing applied, nothing unknown, and one failure says why: that failure is the whole story.
  const nothingApplied = outcome.applied.length === 0 && outcome.unknown.length === 0;
  if (nothingApplied && outcome.cause instanceof Error) return outcome.cause;
  return new MokaUserSyncError(operation, outcome);
}
