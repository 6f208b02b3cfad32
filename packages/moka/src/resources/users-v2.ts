import { BatchError, type RequestOptions } from '@hr/core';
import { Resource, defineOperation } from '@hr/core/internal';
import type { SyncUsersResult } from '../models/user.js';
import {
  MAX_USERS_PER_SYNC_V2,
  type MokaUserSyncV2Answer,
  MokaUserSyncV2AnswerSchema,
  type MokaUserV2Input,
  MokaUserV2InputSchema,
} from '../models/user-v2.js';
import { V2_USER_SYNC } from '../users/answer.js';
import { v2Outcome } from '../users/outcome.js';
import { userSyncFailure } from '../users/sync-error.js';
import { MOKA_DEFAULT_RATE_LIMIT } from '../rate-limit.js';

const syncInfoV2 = defineOperation({
  id: V2_USER_SYNC,
  method: 'POST',
  path: '/v2/users/syncInfo',
  batch: { field: 'usersInfo', size: MAX_USERS_PER_SYNC_V2, items: MokaUserV2InputSchema, itemName: 'user' },
  response: MokaUserSyncV2AnswerSchema,
  rateLimit: MOKA_DEFAULT_RATE_LIMIT,
});

function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** The v2 user sync, which Moka's integration guide recommends over v1 (v1 cannot change roles). */
export class UsersV2 extends Resource {
  /**
   * Syncs personnel with the v2 endpoint (`POST /v2/users/syncInfo` with `{ usersInfo }`, answered
   * `{ code: 200, msg: "success", data: { successCount, errorList } }`). Each user names the field
   * that identifies it (`uniqueType`: `email`, `number` or `phone`); unknown users are created (then
   * `roleId` is needed), known ones updated, role included. Lists longer than 100 are sent as
   * consecutive calls of at most 100 users.
   *
   * Rules (checked for the whole list before anything is sent): `uniqueType`, and the field it names,
   * not empty; `departmentCode` (array; [] = ALL departments) and `deactivated` (0 available, 1
   * disabled: a new user sent with 1 is not created) required; `roleId` an integer (a role id from
   * `GET /v1/users/roles`, not the v1 `role` code); `autoActivated` 0 or 1; `locale` zh-CN or en-US;
   * `timezone` not empty (e.g. `Asia/Shanghai`); `email` an email address when given. `updateDepartment`
   * defaults to TRUE at Moka; `superiorEmail` "" clears the superior; `costCenterCode` applies only
   * with the cost-center switch on and a role of HR (30) or above.
   *
   * Moka applies the users it can and lists the others in `data.errorList`, each with its reason.
   * Resolves `{ synced, batches }` when every user was applied. Otherwise rejects with
   * `MokaUserSyncError`: `applied`, `refused` (each user with Moka's `msg` and `code`), `notApplied`,
   * and `unknown` only when Moka's answer does not say (a refusal naming no user of its batch, or a call
   * that failed without proving anything). When nothing at all was applied because one call failed
   * as a whole (e.g. `AuthenticationError`), it rejects with that failure.
   */
  async sync(users: MokaUserV2Input[], options?: RequestOptions): Promise<SyncUsersResult> {
    let answers: (MokaUserSyncV2Answer | undefined)[];
    let failure: { index: number; cause: unknown } | undefined;
    let batchCount: number;
    try {
      const done = await this.client.requestInBatches(syncInfoV2, users, options);
      answers = done.results;
      batchCount = done.batchCount;
    } catch (error) {
      if (!BatchError.isInstance(error)) throw error;
      answers = error.completed as MokaUserSyncV2Answer[];
      failure = { index: error.failedBatchIndex, cause: error.cause };
      batchCount = error.batchCount;
    }
    const outcome = v2Outcome(chunks(users, MAX_USERS_PER_SYNC_V2), answers, failure);
    if (outcome) throw userSyncFailure(V2_USER_SYNC, outcome);
    return { synced: users.length, batches: batchCount };
  }
}
