import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import {
  AuthenticationError,
  InputValidationError,
  MokaUserSyncError,
  PermissionDeniedError,
  ConflictError,
  USER_ROLE,
} from '../src/index.js';
import { findRefusedUser } from '../src/internal.js';
import { captureLogger } from '@hr/core/testing';
import { type Harness, bodiesTo, startHarness, user } from './setup.js';

describe('users.sync', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  it('POSTs { usersInfo } to /users/syncInfo and Moka adds the users', async () => {
    const result = await h.client.users.sync([
      user(1, { role: USER_ROLE.HR, autoActivated: 1, locale: 'en-US', roleId: 7 }),
    ]);
    expect(result).toEqual({ synced: 1, batches: 1 });
    const [body] = bodiesTo(h.server, '/users/syncInfo') as { usersInfo: Record<string, unknown>[] }[];
    expect(body!.usersInfo[0]).toMatchObject({
      email: 'user1@example.com',
      role: 30,
      autoActivated: 1,
      locale: 'en-US',
      roleId: 7,
      departmentCode: [],
    });
    expect(h.state.users).toHaveLength(1);
    expect(h.state.users[0]).toMatchObject({ role: 30, autoActivated: 1, locale: 'en-US' });
  });

  it('sends 250 users as 3 consecutive calls of at most 100', async () => {
    const users = Array.from({ length: 250 }, (_, i) => user(i));
    expect(await h.client.users.sync(users)).toEqual({ synced: 250, batches: 3 });
    const sizes = (bodiesTo(h.server, '/users/syncInfo') as { usersInfo: unknown[] }[]).map((b) => b.usersInfo.length);
    expect(sizes).toEqual([100, 100, 50]);
    expect(h.state.users).toHaveLength(250);
  });

  it('updates a known user: departments by default (updateDepartment defaults to true), role only on creation', async () => {
    h.state.seedDepartments([
      { department_code: 'd1', name: 'D1' },
      { department_code: 'd2', name: 'D2' },
    ]);
    await h.client.users.sync([user(1, { departmentCode: ['d1'], role: 20 })]);
    await h.client.users.sync([user(1, { departmentCode: ['d2'], role: 40 })]);
    expect(h.state.users[0]).toMatchObject({ departmentCode: ['d2'], role: 20 });
    await h.client.users.sync([user(1, { departmentCode: ['d1'], updateDepartment: false })]);
    expect(h.state.users[0]!.departmentCode).toEqual(['d2']);
  });

  it('an empty superiorEmail clears the superior unless updateSuperiorEmail is false', async () => {
    await h.client.users.sync([user(1, { superiorEmail: 'boss@example.com' })]);
    await h.client.users.sync([user(1, { superiorEmail: '', updateSuperiorEmail: false })]);
    expect(h.state.users[0]!.superiorEmail).toBe('boss@example.com');
    await h.client.users.sync([user(1, { superiorEmail: '' })]);
    expect(h.state.users[0]!.superiorEmail).toBe('');
  });

  const invalid: [string, Record<string, unknown>, RegExp][] = [
    ['email missing', { email: undefined }, /body\.usersInfo\.1\.email: is required/],
    ['email not an email', { email: 'nope' }, /body\.usersInfo\.1\.email: must be an email/],
    ['name empty', { name: '' }, /body\.usersInfo\.1\.name: must not be empty/],
    ['phone missing', { phone: undefined }, /body\.usersInfo\.1\.phone: is required/],
    ['role unknown', { role: 15 }, /body\.usersInfo\.1\.role: must be one of 0, 5, 10, 20, 25, 30, 40, 50/],
    ['departmentCode not an array', { departmentCode: 'd1' }, /body\.usersInfo\.1\.departmentCode: must be an array/],
    ['superiorEmail missing', { superiorEmail: undefined }, /body\.usersInfo\.1\.superiorEmail: is required/],
    [
      'deactivated not 0/1',
      { deactivated: 2 },
      /body\.usersInfo\.1\.deactivated: must be 0 \(available\) or 1 \(disabled\)/,
    ],
    ['thirdPartyId missing', { thirdPartyId: undefined }, /body\.usersInfo\.1\.thirdPartyId: is required/],
    ['autoActivated 2', { autoActivated: 2 }, /body\.usersInfo\.1\.autoActivated: must be 0, 1 or an empty string/],
    ['locale en-English', { locale: 'en-English' }, /body\.usersInfo\.1\.locale: must be zh-CN or en-US/],
    ['updateDepartment not boolean', { updateDepartment: 'yes' }, /body\.usersInfo\.1\.updateDepartment/],
    ['roleId not integer', { roleId: 1.5 }, /body\.usersInfo\.1\.roleId: must be an integer/],
  ];
  it.each(invalid)('refuses %s, naming the field, and sends nothing', async (_name, patch, message) => {
    const bad = { ...user(1), ...patch } as never;
    const error = await h.client.users.sync([user(0), bad]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputValidationError);
    expect((error as Error).message).toMatch(message);
    expect(h.server.requests).toHaveLength(0);
  });

  it('sends a field the SDK does not know as given, and logs it once at debug level', async () => {
    const { logger, lines } = captureLogger();
    const debug = await startHarness({ logger, logLevel: 'debug' });
    try {
      await debug.client.users.sync([
        { ...user(0), nickname: 'Zoe' },
        { ...user(1), nickname: 'Al' },
      ] as never);
      const [body] = bodiesTo(debug.server, '/users/syncInfo') as { usersInfo: Record<string, unknown>[] }[];
      expect(body!.usersInfo.map((u) => u['nickname'])).toEqual(['Zoe', 'Al']);
      const notes = lines.filter((line) => line.includes('is not a documented field'));
      expect(notes).toEqual([
        '[@hr/moka] users.sync: body.usersInfo.*.nickname is not a documented field; sending it as given',
      ]);
    } finally {
      await debug.close();
    }
  });

  it('checks the whole list before the first batch: a bad user at index 150 sends nothing', async () => {
    const users = Array.from({ length: 200 }, (_, i) => user(i));
    users[150] = { ...users[150]!, deactivated: 3 as never };
    await expect(h.client.users.sync(users)).rejects.toThrow(/body\.usersInfo\.150\.deactivated/);
    expect(h.server.requests).toHaveLength(0);
  });

  it('refuses an empty list', async () => {
    await expect(h.client.users.sync([])).rejects.toThrow(/at least one user/);
    expect(h.server.requests).toHaveLength(0);
  });

  it('accepts an empty-string role (interviewer) and autoActivated ""', async () => {
    await h.client.users.sync([user(1, { role: '', autoActivated: '' })]);
    expect(h.state.users[0]).toMatchObject({ role: 10, autoActivated: 0 });
  });

  it('a failure inside batch 2: earlier batches and the users before the refused one are applied', async () => {
    h.state.seedUser({ email: 'user120@example.com', phone: '18800000000' });
    h.state.seedUser({ email: 'taken@example.com', phone: '19900000000' });
    const users = Array.from({ length: 150 }, (_, i) => user(i));
    users[120] = user(120, { phone: '19900000000' }); // matched by email, but the phone is another account's
    const error = (await h.client.users.sync(users).catch((e: unknown) => e)) as MokaUserSyncError;
    expect(error).toBeInstanceOf(MokaUserSyncError);
    expect(error.failedBatchIndex).toBe(1);
    expect(error.failedBatchState).toBe('partial');
    expect(error.vendorMessage).toBe(
      'user120@example.com: The phone number has been used by another account of the company,Please try other phone',
    );
    expect(error.refusedUser?.email).toBe('user120@example.com');
    expect(error.refusedUserIndex).toBe(120);
    expect(error.applied).toHaveLength(120);
    expect(error.appliedInFailedBatch).toHaveLength(20);
    expect(error.notApplied).toHaveLength(30);
    expect(error.unknown).toHaveLength(0);
    expect(error.notSent).toHaveLength(0);
    expect(error.cause).toBeInstanceOf(ConflictError);
    expect(error.refused).toEqual([{ user: users[120], index: 120, reason: error.vendorMessage, code: undefined }]);
    expect(error.message).toMatch(
      /batch 2 of 2 did not apply wholly: .*phone number has been used.*Moka refused 1 user \(index 120\) and applied the 20 user\(s\) before it/,
    );
    // The fake agrees: exactly the users reported applied exist.
    expect(h.state.users.map((u) => u.email)).toEqual([
      'user120@example.com',
      'taken@example.com',
      ...error.applied.map((u) => u.email),
    ]);
  });

  it('when the message names no user of the batch, the failing batch is reported unknown, never guessed', async () => {
    h.server.use(
      http.post('*/users/syncInfo', () => HttpResponse.json({ success: false, errorMessage: 'System error' })),
    );
    const users = Array.from({ length: 120 }, (_, i) => user(i));
    const error = (await h.client.users.sync(users).catch((e: unknown) => e)) as MokaUserSyncError;
    expect(error.failedBatchIndex).toBe(0);
    expect(error.failedBatchState).toBe('unknown');
    expect(error.refusedUser).toBeUndefined();
    expect(error.appliedInFailedBatch).toBeUndefined();
    expect(error.applied).toHaveLength(0);
    expect(error.unknown).toHaveLength(100);
    expect(error.notApplied).toHaveLength(20);
    expect(error.message).toMatch(/state of its 100 user\(s\) is unknown/);
  });

  it('the personnel sync switch turned off rejects with the PermissionDeniedError itself: nothing was applied', async () => {
    h.state.userSyncEnabled = false;
    const error = (await h.client.users.sync([user(1)]).catch((e: unknown) => e)) as PermissionDeniedError;
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).not.toBeInstanceOf(MokaUserSyncError);
    expect(error.vendorMessage).toBe('The personnel information synchronization switch is not turned on');
    expect(error.message).toMatch(/Moka documents: User sync is not enabled/);
  });

  it('a call refused as a whole after applied batches reports its whole batch as not applied, never unknown', async () => {
    let calls = 0;
    h.server.use(
      http.post('*/users/syncInfo', () =>
        ++calls === 2
          ? HttpResponse.json({ code: -1, success: false, msg: '无法识别的认证信息' }, { status: 500 })
          : undefined,
      ),
    );
    const users = Array.from({ length: 150 }, (_, i) => user(i));
    const error = (await h.client.users.sync(users).catch((e: unknown) => e)) as MokaUserSyncError;
    expect(error).toBeInstanceOf(MokaUserSyncError);
    expect(error.cause).toBeInstanceOf(AuthenticationError);
    expect(error.failedBatchState).toBe('none');
    expect(error.applied).toHaveLength(100);
    expect(error.appliedInFailedBatch).toEqual([]);
    expect(error.notApplied).toEqual(users.slice(100));
    expect(error.unknown).toEqual([]);
    expect(error.message).toMatch(/proves none of its 50 user\(s\) was applied/);
    expect(h.state.users).toHaveLength(100);
  });

  it('an unknown department code (org sync on) is refused with the documented message', async () => {
    h.state.seedDepartments([{ department_code: 'd1', name: 'D1' }]);
    const error = (await h.client.users
      .sync([user(1), user(2, { departmentCode: ['nope'] })])
      .catch((e: unknown) => e)) as MokaUserSyncError;
    expect(error.vendorMessage).toBe('user2@example.com: No corresponding department information found');
    expect(error.applied.map((u) => u.email)).toEqual(['user1@example.com']);
  });

  it('an email that belongs to another user is refused', async () => {
    h.state.seedUser({ email: 'b@example.com', number: 'B1', phone: '18000000002' });
    h.state.seedUser({ email: 'dup@example.com', number: 'A1', phone: '18000000001' });
    // matched to the first user by employee number, but the email is the second user's
    // The only user was refused: nothing applied, so the ConflictError itself is the answer.
    const error = (await h.client.users
      .sync([user(1, { email: 'dup@example.com', number: 'B1' })])
      .catch((e: unknown) => e)) as ConflictError;
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.vendorMessage).toBe('dup@example.com: This email has been used by other user');
  });

  it('an employee number that belongs to another user is refused', async () => {
    h.state.seedUser({ email: 'a@example.com', number: 'A1', phone: '18000000001' });
    h.state.seedUser({ email: 'b@example.com', number: 'B1', phone: '18000000002' });
    const error = (await h.client.users
      .sync([user(1, { email: 'a@example.com', number: 'B1' })])
      .catch((e: unknown) => e)) as MokaUserSyncError;
    expect(error.vendorMessage).toBe('a@example.com: This employee number has been used by other user');
  });

  it('no seat left is a PermissionDeniedError', async () => {
    h.state.seatLimit = 1;
    const error = (await h.client.users.sync([user(1), user(2)]).catch((e: unknown) => e)) as MokaUserSyncError;
    expect(error.vendorMessage).toBe('user2@example.com: Insufficient of available accounts');
    expect(error.cause).toBeInstanceOf(PermissionDeniedError);
    expect(error.applied).toHaveLength(1);
  });
});

describe('findRefusedUser', () => {
  const batch = [user(1, { number: '10' }), user(2, { number: '101' }), user(3)];
  it('matches the email or employee number prefix, the longest key winning', () => {
    expect(findRefusedUser(batch, 'user3@example.com: This email has been used by other user')).toBe(2);
    expect(findRefusedUser(batch, '101 This employee number has been used by other user')).toBe(1);
    expect(findRefusedUser(batch, '[user1@example.com] System error')).toBe(0);
  });
  it('returns undefined when no user, or two users, match', () => {
    expect(findRefusedUser(batch, 'System error')).toBeUndefined();
    expect(findRefusedUser([user(1), user(1)], 'user1@example.com: x')).toBeUndefined();
  });
});
