import { HttpResponse } from 'msw';
import type { MokaSandboxState, SandboxUser } from './state.js';
import { failure } from './responses.js';

const ROLES = new Set([0, 5, 10, 20, 25, 30, 40, 50]);
const REQUIRED = [
  'email',
  'name',
  'phone',
  'role',
  'departmentCode',
  'superiorEmail',
  'deactivated',
  'thirdPartyId',
] as const;

/** A user as sent. */
export type UserInfo = Record<string, unknown>;

/** The documented refusal of one user, or undefined when it can be applied. */
function refusal(state: MokaSandboxState, user: UserInfo, existing: SandboxUser | undefined): string | undefined {
  if (REQUIRED.some((field) => user[field] === undefined)) return 'Missing required parameter';
  if (typeof user['email'] !== 'string' || user['email'] === '') return 'Email and employee number cannot be empty';
  if (user['role'] !== '' && !ROLES.has(user['role'] as number)) return 'Role is an integer or an empty string';
  if (!Array.isArray(user['departmentCode'])) return 'Parameter format is incorrect';
  return accountRefusal(state, user, existing);
}

/**
 * The refusals v1 and v2 share, for a user whose fields are well formed: a department code unknown
 * while the org chart is synced, a phone, email or employee number of another account, no seat left.
 */
export function accountRefusal(
  state: MokaSandboxState,
  user: UserInfo,
  existing: SandboxUser | undefined,
): string | undefined {
  const codes = user['departmentCode'] as string[];
  const orgSynced = state.departments.size > 0;
  if (orgSynced && codes.some((code) => state.departments.get(code)?.deleted !== false))
    return 'No corresponding department information found';
  const others = state.users.filter((u) => u !== existing);
  if (user['phone'] && others.some((u) => u.phone === user['phone']))
    return 'The phone number has been used by another account of the company,Please try other phone';
  if (user['email'] && others.some((u) => u.email === user['email'])) return 'This email has been used by other user';
  if (user['number'] && others.some((u) => u.number === user['number']))
    return 'This employee number has been used by other user';
  if (!existing && state.seatLimit !== undefined && state.users.filter((u) => !u.deleted).length >= state.seatLimit)
    return 'Insufficient of available accounts';
  return undefined;
}

/** Adds or updates one user the way Moka documents (role only on creation; departments and superior by the update flags). */
function apply(state: MokaSandboxState, user: UserInfo, existing: SandboxUser | undefined): void {
  const updateDepartment = user['updateDepartment'] !== false;
  const updateSuperior = user['updateSuperiorEmail'] !== false;
  const base = {
    email: user['email'] as string,
    name: user['name'] as string,
    phone: user['phone'] as string,
    number: (user['number'] as string | undefined) ?? existing?.number,
    deactivated: user['deactivated'] as number,
    thirdPartyId: user['thirdPartyId'] as string,
    locale: (user['locale'] as string | undefined) ?? existing?.locale ?? 'zh-CN',
    deleted: false,
  };
  if (existing) {
    Object.assign(existing, base);
    if (updateDepartment) existing.departmentCode = [...(user['departmentCode'] as string[])];
    if (updateSuperior) existing.superiorEmail = user['superiorEmail'] as string;
    return;
  }
  state.users.push({
    ...base,
    id: state.nextId(),
    role: user['role'] === '' ? 10 : (user['role'] as number),
    roleId: user['roleId'] as number | undefined,
    departmentCode: [...(user['departmentCode'] as string[])],
    superiorEmail: user['superiorEmail'] as string,
    autoActivated: user['autoActivated'] === 1 ? 1 : 0,
  });
}

/**
 * `POST /users/syncInfo`: users are matched by email, employee number or phone, applied in order; the
 * first refused user stops the sync with its email (or employee number) prefixed to the message, and
 * the users before it stay applied.
 */
export function syncUsers(state: MokaSandboxState, body: unknown): Response {
  if (!state.userSyncEnabled) return failure('The personnel information synchronization switch is not turned on');
  const usersInfo = (body as { usersInfo?: unknown } | undefined)?.usersInfo;
  if (!Array.isArray(usersInfo)) return failure('Parameter format is incorrect');
  if (usersInfo.length > 100) return failure('Sync up to 100 users at a time');
  for (const user of usersInfo as UserInfo[]) {
    const existing = state.users.find(
      (u) =>
        u.email === user['email'] ||
        (user['number'] !== undefined && user['number'] !== '' && u.number === user['number']) ||
        (user['phone'] !== '' && u.phone === user['phone']),
    );
    const refused = refusal(state, user, existing);
    if (refused) return failure(`${String(user['email'] || user['number'] || '')}: ${refused}`);
    apply(state, user, existing);
  }
  return HttpResponse.json({ success: true });
}
