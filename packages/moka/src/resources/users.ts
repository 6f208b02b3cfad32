import { BatchError, type RequestOptions } from '@hr/core';
import { Resource, defineOperation } from '@hr/core/internal';
import { MAX_USERS_PER_SYNC, type MokaUserInput, MokaUserInputSchema, type SyncUsersResult } from '../models/user.js';
import { MokaAcknowledgementSchema } from '../models/acknowledgement.js';
import { v1Outcome } from '../users/outcome.js';
import { userSyncFailure } from '../users/sync-error.js';
import { UsersV2 } from './users-v2.js';

const syncInfo = defineOperation({
  id: 'users.sync',
  method: 'POST',
  path: '/v1/users/syncInfo',
  batch: { field: 'usersInfo', size: MAX_USERS_PER_SYNC, items: MokaUserInputSchema, itemName: 'user' },
  response: MokaAcknowledgementSchema,
});

/**
 * Personnel (users) of Moka. Two syncs: `v2.sync()` (`POST /v2/users/syncInfo`), which Moka's
 * integration guide recommends ("推荐使用v2同步人事信息接口,v1无法修改角色": v1 cannot change a role),
 * and the v1 `sync()` for tenants set up on it.
 */
export class Users extends Resource {
  /** The v2 user sync (preferred: it updates roles, takes `uniqueType`, `nickname`, `timezone`, `costCenterCode`). */
  readonly v2: UsersV2 = new UsersV2(this.client);

  /**
   * Syncs personnel into Moka with the v1 endpoint (`POST /v1/users/syncInfo` with `{ usersInfo }`):
   * each user is matched by email, employee number or phone; unknown users are added, known ones
   * updated (and restored if marked deleted). Lists longer than 100 are sent as consecutive calls of
   * at most 100 users. Prefer `users.v2.sync()`: v1 sets `role` / `roleId` only when it creates a user.
   *
   * Rules (checked for the whole list before anything is sent): `email` (not empty), `name`, `phone`,
   * `role` (0 referrer, 5 reception, 10 interviewer, 20 hiring manager, 25 senior hiring manager, 30
   * HR, 40 administrator, 50 super-administrator, or "" for interviewer; only applied on creation),
   * `departmentCode` (array; [] = all departments), `superiorEmail` ("" CLEARS the superior unless
   * `updateSuperiorEmail` is false), `deactivated` (0 available, 1 disabled) and `thirdPartyId` (SSO id,
   * or "") are required. `updateDepartment` defaults to TRUE at Moka: pass false to keep the user's
   * departments. `autoActivated` 0 / "" (activation email, the default) or 1; `locale` zh-CN (default)
   * or en-US; `roleId` (custom role, creation only); `number` (employee number).
   *
   * Failure: Moka stops at the first failing user, keeps the users before it, and prefixes its message
   * with that user's email or employee number. When some users were applied and others not, the call
   * rejects with `MokaUserSyncError` (applied, refused with Moka's reason, not applied, unknown); when
   * nothing at all was applied, with the failure itself (`AuthenticationError`, `PermissionDeniedError`
   * for the sync switch, `ConflictError` for the first user...). A failure that proves its call applied
   * nothing (refused credentials, a rate limit, a request refused as a whole) counts every user of
   * that call as not applied. Documented messages: see docs/moka.md. Sync departments first.
   */
  async sync(users: MokaUserInput[], options?: RequestOptions): Promise<SyncUsersResult> {
    try {
      const { itemCount, batchCount } = await this.client.requestInBatches(syncInfo, users, options);
      return { synced: itemCount, batches: batchCount };
    } catch (error) {
      if (!BatchError.isInstance(error)) throw error;
      throw userSyncFailure('users.sync', v1Outcome(error as BatchError<MokaUserInput>, MAX_USERS_PER_SYNC));
    }
  }
}
