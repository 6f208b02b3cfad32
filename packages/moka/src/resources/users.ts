import { type RequestOptions, BatchError } from '@hr/core';
import { Resource, defineOperation } from '@hr/core/internal';
import { MAX_USERS_PER_SYNC, type MokaUserInput, MokaUserInputSchema, type SyncUsersResult } from '../models/user.js';
import { MokaAcknowledgementSchema } from '../models/acknowledgement.js';
import { MokaUserSyncError } from '../user-sync-error.js';

const syncInfo = defineOperation({
  id: 'users.sync',
  method: 'POST',
  path: '/users/syncInfo',
  batch: { field: 'usersInfo', size: MAX_USERS_PER_SYNC, items: MokaUserInputSchema, itemName: 'user' },
  response: MokaAcknowledgementSchema,
});

/** Personnel (users) of Moka. */
export class Users extends Resource {
  /**
   * Syncs personnel into Moka (`POST /users/syncInfo` with `{ usersInfo }`): each user is matched by
   * email, employee number or phone; unknown users are added, known ones updated (and restored if
   * marked deleted). Lists longer than 100 are sent as consecutive calls of at most 100 users.
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
   * with that user's email or employee number. The call rejects with `MokaUserSyncError`: which batch
   * failed, Moka's message, the users applied (earlier batches, plus those before the refused user
   * when the message names it), not applied, or of unknown state. Documented messages: "The personnel
   * information synchronization switch is not turned on", "Email and employee number cannot be empty",
   * "No corresponding department information found", "The phone number has been used by another
   * account of the company", "This email has been used by other user", "This employee number has been
   * used by other user", "At least one administrator", "Insufficient of available (senior manager)
   * accounts", "System error" (docs/moka.md lists them). Sync your departments first.
   */
  async sync(users: MokaUserInput[], options?: RequestOptions): Promise<SyncUsersResult> {
    try {
      const { itemCount, batchCount } = await this.client.requestInBatches(syncInfo, users, options);
      return { synced: itemCount, batches: batchCount };
    } catch (error) {
      // Moka's message names the refused user: say which users of the failing batch were applied.
      if (BatchError.isInstance(error))
        throw new MokaUserSyncError(error as BatchError<MokaUserInput>, MAX_USERS_PER_SYNC);
      throw error;
    }
  }
}
