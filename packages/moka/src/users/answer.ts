/** The id of the v2 user sync: its answers carry per-user outcomes the envelope passes through. */
export const V2_USER_SYNC = 'users.v2.sync';

/**
 * Whether a v2 user-sync answer tells the outcome of each user: `data.errorList` is a list, and the
 * answer is a success or refuses someone in it. Moka's documented failure example keeps `data` with a
 * `code` of -1 and `msg` "success", and clients read `successCount` / `errorList` rather than the code
 * (fxp/skillify `skills/moka/references/ats-org-users.md` §8): such an answer is read user by user,
 * not as one failure. A failure code with an empty `errorList` tells nothing per user: it stays a failure.
 */
export function hasUserOutcomes(json: unknown, success: boolean): boolean {
  if (typeof json !== 'object' || json === null) return false;
  const data = (json as { data?: unknown }).data;
  if (typeof data !== 'object' || data === null) return false;
  const errorList = (data as { errorList?: unknown }).errorList;
  return Array.isArray(errorList) && (success || errorList.length > 0);
}
