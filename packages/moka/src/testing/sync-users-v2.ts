import { HttpResponse } from 'msw';
import type { MokaSandboxState, SandboxUser } from './state.js';
import { type UserInfo, accountRefusal } from './sync-users.js';
const UNIQUE_TYPES = new Set(['email', 'number', 'phone']);

/** The reason Moka refuses one v2 user (its documented example: `参数错误: roleId`), or undefined. */
function refusal(state: MokaSandboxState, user: UserInfo, existing: SandboxUser | undefined): string | undefined {
  const key = user['uniqueType'];
  if (typeof key !== 'string' || !UNIQUE_TYPES.has(key) || !user[key]) return '参数错误: uniqueType';
  if (!existing && typeof user['roleId'] !== 'number') return '参数错误: roleId';
  if (!Array.isArray(user['departmentCode'])) return '参数错误: departmentCode';
  if (user['deactivated'] !== 0 && user['deactivated'] !== 1) return '参数错误: deactivated';
  return accountRefusal(state, user, existing);
}

/** Creates or updates one v2 user; v2 updates the role too. A new user sent disabled is not created (as documented). */
function apply(state: MokaSandboxState, user: UserInfo, existing: SandboxUser | undefined): void {
  const text = (field: string) => (typeof user[field] === 'string' ? (user[field] as string) : undefined);
  if (!existing) {
    if (user['deactivated'] === 1) return;
    state.users.push({
      id: state.nextId(),
      email: text('email') ?? '',
      name: text('name') ?? text('email') ?? '',
      phone: text('phone') ?? '',
      number: text('number'),
      role: 10,
      roleId: user['roleId'] as number,
      departmentCode: [...(user['departmentCode'] as string[])],
      superiorEmail: text('superiorEmail') ?? '',
      deactivated: 0,
      thirdPartyId: text('thirdPartyId') ?? '',
      autoActivated: user['autoActivated'] === 1 ? 1 : 0,
      locale: text('locale') ?? 'zh-CN',
      deleted: false,
      nickname: text('nickname'),
      timezone: text('timezone'),
      costCenterCode: text('costCenterCode'),
    });
    return;
  }
  for (const field of [
    'email',
    'name',
    'phone',
    'number',
    'thirdPartyId',
    'locale',
    'nickname',
    'timezone',
    'costCenterCode',
  ] as const) {
    const value = text(field);
    if (value !== undefined) (existing as unknown as Record<string, unknown>)[field] = value;
  }
  if (typeof user['roleId'] === 'number') existing.roleId = user['roleId'];
  existing.deactivated = user['deactivated'] as number;
  existing.deleted = false;
  if (user['updateDepartment'] !== false) existing.departmentCode = [...(user['departmentCode'] as string[])];
  if (user['updateSuperiorEmail'] !== false && text('superiorEmail') !== undefined)
    existing.superiorEmail = text('superiorEmail')!;
}

/**
 * `POST /v2/users/syncInfo`: each user is matched by its `uniqueType` field and applied when it can
 * be; the others come back in `data.errorList` (`{ data, msg, code }`) while the rest is applied:
 * `{ code: 200, msg: "success", data: { successCount, errorList } }`. When no user was applied the
 * answer is Moka's documented failure example, code -1 with `msg` "success" and the same `data`. A
 * switched-off sync or more than 100 users are refused as a whole (`{ code: -1, msg }`).
 */
export function syncUsersV2(state: MokaSandboxState, body: unknown): Response {
  if (!state.userSyncEnabled)
    return HttpResponse.json({ code: -1, msg: 'The personnel information synchronization switch is not turned on' });
  const usersInfo = (body as { usersInfo?: unknown } | undefined)?.usersInfo;
  if (!Array.isArray(usersInfo)) return HttpResponse.json({ code: -1, msg: 'Parameter format is incorrect' });
  if (usersInfo.length > 100) return HttpResponse.json({ code: -1, msg: 'Sync up to 100 users at a time' });
  const errorList: { data: UserInfo; msg: string; code: number }[] = [];
  let successCount = 0;
  for (const user of usersInfo as UserInfo[]) {
    const key = user['uniqueType'] as keyof SandboxUser;
    const existing = UNIQUE_TYPES.has(key as string)
      ? state.users.find((u) => user[key as string] !== undefined && u[key] === user[key as string])
      : undefined;
    const refused = refusal(state, user, existing);
    if (refused) {
      errorList.push({ data: user, msg: refused, code: -1 });
      continue;
    }
    apply(state, user, existing);
    successCount++;
  }
  const code = successCount === 0 && errorList.length > 0 ? -1 : 200;
  return HttpResponse.json({ code, msg: 'success', data: { successCount, errorList } });
}
