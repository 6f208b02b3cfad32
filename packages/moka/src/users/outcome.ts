import {
  APIError,
  AuthenticationError,
  type BatchError,
  ConnectionError,
  InputValidationError,
  RateLimitError,
} from '@hr/core';
import { findDocumentedError } from '../errors.js';
import type { MokaUserInput } from '../models/user.js';
import type { MokaUserSyncV2Answer, MokaUserV2Input } from '../models/user-v2.js';

/**
 * What the failing batch did: `partial` (each of its users is known applied or refused), `none` (the
 * failure proves nothing of it was applied), `unknown` (Moka's answer does not say).
 */
export type FailedBatchState = 'partial' | 'none' | 'unknown';

/** A user Moka refused, with Moka's reason. */
export interface RefusedUser<U> {
  /** The user as given. */
  user: U;
  /** Its index in the list given to the sync. */
  index: number;
  /** Moka's reason (v1: the whole message, prefixed with the user's email or number; v2: `errorList[].msg`). */
  reason: string;
  /** Moka's code for the refusal, when it sent one. */
  code: string | number | undefined;
}

/** Everything a sync that did not apply every user knows, user by user. */
export interface UserSyncOutcome<U> {
  /** How many calls the list needed. */
  batchCount: number;
  /** The first batch that did not apply wholly. */
  failedBatchIndex: number;
  /** Its users. */
  failedBatch: readonly U[];
  /** Users of batches never sent. */
  notSent: readonly U[];
  /** What the failing batch did. */
  failedBatchState: FailedBatchState;
  /** Users certainly applied. */
  applied: readonly U[];
  /** Users of the failing batch certainly applied (undefined when its state is unknown). */
  appliedInFailedBatch: readonly U[] | undefined;
  /** Users Moka refused, with its reasons. */
  refused: readonly RefusedUser<U>[];
  /** Users certainly not applied: the refused ones, a batch refused as a whole, batches never sent. */
  notApplied: readonly U[];
  /** Users whose state Moka's answer does not tell (never guessed). */
  unknown: readonly U[];
  /** Moka's message (or the failure's) that ended the sync; the first refusal's reason for v2. */
  vendorMessage: string;
  /** The failure that ended the sync, when one did (v2 refusals alone have none). */
  cause: unknown;
}

/**
 * Whether a failure of a whole call proves Moka applied nothing of it: the credentials were refused,
 * the call was rate limited, it never left the process, or Moka documents the answer as a refusal of
 * the whole request (e.g. "The personnel information synchronization switch is not turned on").
 */
function appliedNothing(cause: unknown): boolean {
  if (AuthenticationError.isInstance(cause) || RateLimitError.isInstance(cause)) return true;
  if (InputValidationError.isInstance(cause)) return true;
  if (ConnectionError.isInstance(cause)) return cause.notSent;
  if (APIError.isInstance(cause)) return findDocumentedError(cause.vendorMessage, cause.code)?.appliesNothing === true;
  return false;
}

function messageOf(cause: unknown): string {
  if (APIError.isInstance(cause)) return cause.vendorMessage;
  return cause instanceof Error ? cause.message : String(cause);
}

function codeOf(cause: unknown): string | number | undefined {
  return APIError.isInstance(cause) ? cause.code : undefined;
}

/**
 * Finds the user Moka refused in a v1 sync. Moka stops at the first failing user, keeps the users
 * before it, and prefixes its message with that user's email or employee number. The longest key
 * that prefixes the message wins; no match, or two users sharing it, means the user cannot be told.
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

/** The outcome of a failed v1 sync (`POST /v1/users/syncInfo`), from the batch failure. */
export function v1Outcome(error: BatchError<MokaUserInput>, batchSize: number): UserSyncOutcome<MokaUserInput> {
  const { cause, failedBatch, notSent } = error;
  const vendorMessage = messageOf(cause);
  const base = {
    batchCount: error.batchCount,
    failedBatchIndex: error.failedBatchIndex,
    failedBatch,
    notSent,
    vendorMessage,
    cause,
  };
  const refusedAt = APIError.isInstance(cause) ? findRefusedUser(failedBatch, vendorMessage) : undefined;
  if (refusedAt !== undefined) {
    const before = failedBatch.slice(0, refusedAt);
    const index = error.failedBatchIndex * batchSize + refusedAt;
    return {
      ...base,
      failedBatchState: 'partial',
      applied: [...error.applied, ...before],
      appliedInFailedBatch: before,
      refused: [{ user: failedBatch[refusedAt]!, index, reason: vendorMessage, code: codeOf(cause) }],
      notApplied: [...failedBatch.slice(refusedAt), ...notSent],
      unknown: [],
    };
  }
  const none = appliedNothing(cause);
  return {
    ...base,
    failedBatchState: none ? 'none' : 'unknown',
    applied: [...error.applied],
    appliedInFailedBatch: none ? [] : undefined,
    refused: [],
    notApplied: [...(none ? failedBatch : []), ...notSent],
    unknown: none ? [] : [...failedBatch],
  };
}

/** Which user of `batch` a v2 refusal names, by the user's `uniqueType` field; undefined when none or taken. */
function refusedIndex(batch: readonly MokaUserV2Input[], taken: Set<number>, sent: unknown): number | undefined {
  if (typeof sent !== 'object' || sent === null) return undefined;
  const fields = sent as Record<string, unknown>;
  return batch.findIndex((user, index) => {
    if (taken.has(index)) return false;
    const value = fields[user.uniqueType];
    return value !== undefined && value !== null && String(value) === String(user[user.uniqueType] ?? '');
  });
}

/** The users of one answered v2 batch: applied, refused (with reasons), or unknown when a refusal names no user of it. */
function readV2Batch(batch: readonly MokaUserV2Input[], offset: number, answer: MokaUserSyncV2Answer | undefined) {
  const refused: RefusedUser<MokaUserV2Input>[] = [];
  const taken = new Set<number>();
  let unmatched = 0;
  for (const entry of answer?.data?.errorList ?? []) {
    const at = refusedIndex(batch, taken, entry?.data);
    if (at === undefined || at < 0) {
      unmatched++;
      continue;
    }
    taken.add(at);
    refused.push({
      user: batch[at]!,
      index: offset + at,
      reason: entry.msg ?? 'refused',
      code: entry.code ?? undefined,
    });
  }
  const rest = batch.filter((_, index) => !taken.has(index));
  // A refusal Moka could not tie to a user, or a successCount that does not add up, leaves every other
  // user of the batch unknown, never guessed.
  const successCount = answer?.data?.successCount;
  const counted = typeof successCount !== 'number' || successCount === rest.length;
  const told = unmatched === 0 && counted;
  return { refused, applied: told ? rest : [], unknown: told ? [] : rest };
}

/**
 * The outcome of a v2 sync (`POST /v2/users/syncInfo`): the answered batches read user by user
 * (`data.errorList`), then the batch that failed as a whole, if any, and the batches never sent.
 * Undefined when every user was applied.
 */
export function v2Outcome(
  batches: readonly (readonly MokaUserV2Input[])[],
  answers: readonly (MokaUserSyncV2Answer | undefined)[],
  failure?: { index: number; cause: unknown },
): UserSyncOutcome<MokaUserV2Input> | undefined {
  const applied: MokaUserV2Input[] = [];
  const refused: RefusedUser<MokaUserV2Input>[] = [];
  const unknown: MokaUserV2Input[] = [];
  const notApplied: MokaUserV2Input[] = [];
  let first: { index: number; state: FailedBatchState; applied: readonly MokaUserV2Input[] | undefined } | undefined;
  let offset = 0;
  for (const [index, batch] of batches.entries()) {
    if (failure && index > failure.index) {
      notApplied.push(...batch);
    } else if (failure && index === failure.index) {
      const none = appliedNothing(failure.cause);
      (none ? notApplied : unknown).push(...batch);
      first ??= { index, state: none ? 'none' : 'unknown', applied: none ? [] : undefined };
    } else {
      const read = readV2Batch(batch, offset, answers[index]);
      applied.push(...read.applied);
      refused.push(...read.refused);
      notApplied.push(...read.refused.map((r) => r.user));
      unknown.push(...read.unknown);
      if (read.refused.length > 0 || read.unknown.length > 0)
        first ??= {
          index,
          state: read.unknown.length > 0 ? 'unknown' : 'partial',
          applied: read.unknown.length > 0 ? undefined : read.applied,
        };
    }
    offset += batch.length;
  }
  if (!first) return undefined;
  const vendorMessage =
    failure && failure.index === first.index ? messageOf(failure.cause) : (refused[0]?.reason ?? '');
  return {
    batchCount: batches.length,
    failedBatchIndex: first.index,
    failedBatch: batches[first.index]!,
    notSent: failure ? batches.slice(failure.index + 1).flat() : [],
    failedBatchState: first.state,
    applied,
    appliedInFailedBatch: first.applied,
    refused,
    notApplied,
    unknown,
    vendorMessage,
    cause: failure?.cause,
  };
}
