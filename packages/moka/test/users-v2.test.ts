import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import {
  AuthenticationError,
  InputValidationError,
  MokaUserSyncError,
  type MokaUserV2Input,
  PermissionDeniedError,
  ServerError,
} from '../src/index.js';
import { type Harness, bodiesTo, startHarness } from './setup.js';

/** A valid v2 user; `n` makes email, phone and number unique. */
function v2User(n: number, extra: Partial<MokaUserV2Input> = {}): MokaUserV2Input {
  return {
    uniqueType: 'email',
    email: `user${n}@example.com`,
    name: `User ${n}`,
    phone: `1870000${String(n).padStart(4, '0')}`,
    number: `E${n}`,
    roleId: 7,
    departmentCode: [],
    deactivated: 0,
    ...extra,
  };
}

describe('users.v2.sync', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  it('POSTs { usersInfo } to /v2/users/syncInfo and Moka adds the users', async () => {
    const users = [v2User(1, { nickname: 'Ace', timezone: 'Asia/Shanghai', costCenterCode: 'CC1' }), v2User(2)];
    await expect(h.client.users.v2.sync(users)).resolves.toEqual({ synced: 2, batches: 1 });
    expect(h.server.requests[0]).toMatchObject({ method: 'POST', path: '/api-platform/v2/users/syncInfo' });
    expect(bodiesTo(h.server, '/v2/users/syncInfo')).toEqual([{ usersInfo: users }]);
    expect(h.state.users[0]).toMatchObject({
      email: 'user1@example.com',
      roleId: 7,
      nickname: 'Ace',
      timezone: 'Asia/Shanghai',
    });
  });

  it('matches by uniqueType and updates the role of an existing user (v1 cannot)', async () => {
    h.state.seedUser({ email: 'x@example.com', number: 'N9', roleId: 3 });
    await h.client.users.v2.sync([
      { uniqueType: 'number', number: 'N9', roleId: 8, departmentCode: [], deactivated: 0 },
    ]);
    expect(h.state.users).toHaveLength(1);
    expect(h.state.users[0]).toMatchObject({ email: 'x@example.com', roleId: 8 });
  });

  const invalid: [string, Partial<MokaUserV2Input> & Record<string, unknown>, RegExp][] = [
    [
      'uniqueType missing',
      { uniqueType: undefined as never },
      /usersInfo\.0\.uniqueType: is required: email, number or phone/,
    ],
    [
      'the uniqueType field missing',
      { uniqueType: 'phone', phone: undefined },
      /usersInfo\.0\.phone: is required when uniqueType is "phone"/,
    ],
    [
      'the uniqueType field blank',
      { uniqueType: 'number', number: '  ' },
      /usersInfo\.0\.number: is required when uniqueType is "number"/,
    ],
    [
      'departmentCode not an array',
      { departmentCode: 'd1' as never },
      /usersInfo\.0\.departmentCode: must be an array/,
    ],
    [
      'deactivated 2',
      { deactivated: 2 as never },
      /usersInfo\.0\.deactivated: must be 0 \(available\) or 1 \(disabled\)/,
    ],
    ['roleId not an integer', { roleId: 1.5 }, /usersInfo\.0\.roleId: must be an integer/],
    ['autoActivated 2', { autoActivated: 2 as never }, /usersInfo\.0\.autoActivated: must be 0 or 1/],
    ['locale en-English', { locale: 'en-English' as never }, /usersInfo\.0\.locale: must be zh-CN or en-US/],
    ['timezone empty', { timezone: '' }, /usersInfo\.0\.timezone: must not be empty/],
    ['email not an email', { email: 'nope' }, /usersInfo\.0\.email: must be an email address/],
  ];
  it.each(invalid)('refuses %s, naming the field, and sends nothing', async (_name, patch, message) => {
    const error = await h.client.users.v2.sync([v2User(1, patch as Partial<MokaUserV2Input>)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputValidationError);
    expect((error as Error).message).toMatch(message);
    expect(h.server.requests).toHaveLength(0);
  });

  it('a partial failure reports each user: applied, or refused with the reason from data.errorList', async () => {
    h.state.seedUser({ email: 'taken@example.com', phone: '19900000000' });
    const users = [v2User(1), v2User(2, { roleId: undefined }), v2User(3, { phone: '19900000000' }), v2User(4)];
    const error = (await h.client.users.v2.sync(users).catch((e: unknown) => e)) as MokaUserSyncError<MokaUserV2Input>;
    expect(error).toBeInstanceOf(MokaUserSyncError);
    expect(error.failedBatchState).toBe('partial');
    expect(error.applied.map((u) => u.email)).toEqual(['user1@example.com', 'user4@example.com']);
    expect(error.refused).toEqual([
      { user: users[1], index: 1, reason: '参数错误: roleId', code: -1 },
      {
        user: users[2],
        index: 2,
        reason: 'The phone number has been used by another account of the company,Please try other phone',
        code: -1,
      },
    ]);
    expect(error.notApplied).toEqual([users[1], users[2]]);
    expect(error.unknown).toEqual([]);
    expect(error.vendorMessage).toBe('参数错误: roleId');
    expect(error.message).toMatch(/Moka refused 2 user\(s\), each with its reason, and applied the others/);
    // The fake agrees: exactly the applied users exist (besides the seeded one).
    expect(h.state.users.map((u) => u.email).sort()).toEqual([
      'taken@example.com',
      'user1@example.com',
      'user4@example.com',
    ]);
  });

  it('every user refused (Moka answers code -1 with data, its documented failure example) is reported per user', async () => {
    const users = [v2User(1, { roleId: undefined }), v2User(2, { roleId: undefined })];
    const error = (await h.client.users.v2.sync(users).catch((e: unknown) => e)) as MokaUserSyncError<MokaUserV2Input>;
    expect(error).toBeInstanceOf(MokaUserSyncError);
    expect(error.applied).toEqual([]);
    expect(error.refused.map((r) => r.reason)).toEqual(['参数错误: roleId', '参数错误: roleId']);
    expect(error.unknown).toEqual([]);
    expect(h.state.users).toHaveLength(0);
  });

  it('250 users: batch 2 with a refusal, batch 3 still sent; indexes count from the whole list', async () => {
    const users = Array.from({ length: 250 }, (_, i) => v2User(i));
    users[130] = v2User(130, { roleId: undefined });
    const error = (await h.client.users.v2.sync(users).catch((e: unknown) => e)) as MokaUserSyncError<MokaUserV2Input>;
    expect(h.server.requests).toHaveLength(3);
    expect(error.failedBatchIndex).toBe(1);
    expect(error.refusedUserIndex).toBe(130);
    expect(error.applied).toHaveLength(249);
    expect(error.notSent).toEqual([]);
    expect(h.state.users).toHaveLength(249);
  });

  it('a refusal Moka does not tie to a user of its batch leaves the rest of that batch unknown, never guessed', async () => {
    h.server.use(
      http.post('*/v2/users/syncInfo', () =>
        HttpResponse.json({
          code: 200,
          msg: 'success',
          data: {
            successCount: 1,
            errorList: [{ data: { email: 'someone-else@example.com' }, msg: '参数错误', code: 1 }],
          },
        }),
      ),
    );
    const users = [v2User(1), v2User(2)];
    const error = (await h.client.users.v2.sync(users).catch((e: unknown) => e)) as MokaUserSyncError<MokaUserV2Input>;
    expect(error.failedBatchState).toBe('unknown');
    expect(error.unknown).toEqual(users);
    expect(error.applied).toEqual([]);
    expect(error.refused).toEqual([]);
  });

  it('a successCount that does not add up with errorList leaves the unlisted users unknown', async () => {
    h.server.use(
      http.post('*/v2/users/syncInfo', () =>
        HttpResponse.json({ code: 200, msg: 'success', data: { successCount: 1, errorList: [] } }),
      ),
    );
    const users = [v2User(1), v2User(2)];
    const error = (await h.client.users.v2.sync(users).catch((e: unknown) => e)) as MokaUserSyncError<MokaUserV2Input>;
    expect(error.unknown).toEqual(users);
    expect(error.applied).toEqual([]);
  });

  it('a failure code with an empty errorList is a failure of the call, not "everyone applied"', async () => {
    h.server.use(
      http.post('*/v2/users/syncInfo', () =>
        HttpResponse.json({ code: -1, msg: 'false', data: { successCount: 0, errorList: [] } }),
      ),
    );
    const error = (await h.client.users.v2
      .sync([v2User(1)])
      .catch((e: unknown) => e)) as MokaUserSyncError<MokaUserV2Input>;
    expect(error).toBeInstanceOf(MokaUserSyncError);
    expect(error.failedBatchState).toBe('unknown');
    expect(error.applied).toEqual([]);
    expect(error.vendorMessage).toBe('false');
  });

  it('a refused key on the first call rejects with the AuthenticationError itself, naming apiKey: nothing was applied', async () => {
    h.server.use(
      http.post('*/v2/users/syncInfo', () =>
        HttpResponse.json({ code: -1, success: false, msg: '无法识别的认证信息' }, { status: 500 }),
      ),
    );
    const error = (await h.client.users.v2.sync([v2User(1)]).catch((e: unknown) => e)) as AuthenticationError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).not.toBeInstanceOf(MokaUserSyncError);
    expect(error.message).toMatch(/check `apiKey`/);
  });

  it('the sync switch turned off rejects with the PermissionDeniedError itself', async () => {
    h.state.userSyncEnabled = false;
    const error = await h.client.users.v2.sync([v2User(1)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
  });

  it('a whole call refused after an answered batch: that batch is not applied, the earlier refusals still reported', async () => {
    let calls = 0;
    h.server.use(
      http.post('*/v2/users/syncInfo', () =>
        ++calls === 2
          ? HttpResponse.json({ code: -1, success: false, msg: '无法识别的认证信息' }, { status: 500 })
          : undefined,
      ),
    );
    const users = Array.from({ length: 150 }, (_, i) => v2User(i));
    users[5] = v2User(5, { roleId: undefined });
    const error = (await h.client.users.v2.sync(users).catch((e: unknown) => e)) as MokaUserSyncError<MokaUserV2Input>;
    expect(error).toBeInstanceOf(MokaUserSyncError);
    expect(error.cause).toBeInstanceOf(AuthenticationError);
    expect(error.failedBatchIndex).toBe(0); // the first batch that did not apply wholly
    expect(error.applied).toHaveLength(99);
    expect(error.refused.map((r) => r.index)).toEqual([5]);
    expect(error.notApplied).toEqual([users[5], ...users.slice(100)]);
    expect(error.unknown).toEqual([]);
  });

  it('a server failure of a call leaves that batch unknown (it may have been applied)', async () => {
    let calls = 0;
    h.server.use(
      http.post('*/v2/users/syncInfo', () =>
        ++calls === 2 ? HttpResponse.json({ code: -1, msg: 'System error' }, { status: 502 }) : undefined,
      ),
    );
    const users = Array.from({ length: 150 }, (_, i) => v2User(i));
    const error = (await h.client.users.v2.sync(users).catch((e: unknown) => e)) as MokaUserSyncError<MokaUserV2Input>;
    expect(error.cause).toBeInstanceOf(ServerError);
    expect(error.failedBatchIndex).toBe(1);
    expect(error.failedBatchState).toBe('unknown');
    expect(error.applied).toHaveLength(100);
    expect(error.unknown).toEqual(users.slice(100));
  });
});
