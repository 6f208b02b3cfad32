import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ConflictError,
  InputValidationError,
  MokaClient,
  type MokaDepartmentV2Input,
  NotFoundError,
  InvalidRequestError,
  isMarkedDeleted,
} from '../src/index.js';
import { API_KEY, type Harness, bodiesTo, startHarness } from './setup.js';

const dept = (
  departmentCode: string,
  parentCode = '0',
  extra: Partial<MokaDepartmentV2Input> = {},
): MokaDepartmentV2Input => ({
  name: `Dept ${departmentCode}`,
  departmentCode,
  parentCode,
  ...extra,
});

describe('departments.v2', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  it('replaceAll PUTs { departments, operatorEmail } to /v2/departments and resolves Moka answer with data.result', async () => {
    h.state.seedDepartments([{ department_code: 'old', name: 'Old' }]);
    const body = {
      departments: [
        dept('HQ', '0', { sequence: 1.5, localizedNames: [{ locale: 'en-US', propValue: 'Headquarters' }] }),
        dept('RD', 'HQ', { type: 2 }),
      ],
      operatorEmail: 'hr@example.com',
    };
    const answer = await h.client.departments.v2.replaceAll(body);
    expect(answer).toEqual({ code: 0, msg: 'success', data: { result: { new: 2, delete: 1, update: 0 } } });
    expect(h.server.requests[0]).toMatchObject({ method: 'PUT', path: '/api-platform/v2/departments' });
    expect(bodiesTo(h.server, '/v2/departments')).toEqual([body]);
    expect(h.state.departments.get('HQ')).toMatchObject({
      parent_code: null,
      localizedNames: body.departments[0]!.localizedNames,
    });
    expect(h.state.departments.get('old')!.deleted).toBe(true);
  });

  it('a code 200 success (what the field table says) resolves too', async () => {
    h.state.v2DepartmentSuccessCode = 200;
    await expect(h.client.departments.v2.addIncremental({ departments: [dept('a')] })).resolves.toEqual({
      code: 200,
      msg: 'success',
    });
    expect(h.server.requests[0]!.path).toBe('/api-platform/v2/departments/sync/incremental');
  });

  it('update re-keys a department by departmentId; a code another department holds is code 625011', async () => {
    h.state.seedDepartments([
      { department_code: 'a', name: 'A' },
      { department_code: 'b', name: 'B' },
    ]);
    const id = h.state.departments.get('a')!.id;
    await h.client.departments.v2.update({ departments: [{ ...dept('a2'), name: 'A', departmentId: id }] });
    expect(h.state.departments.has('a2')).toBe(true);
    const error = (await h.client.departments.v2
      .update({ departments: [{ ...dept('b'), name: 'A', departmentId: id }] })
      .catch((e: unknown) => e)) as ConflictError;
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe(625011);
    expect(error.message).toMatch(/Moka documents: A department_code that another department already has/);
  });

  const invalid: [string, unknown, RegExp][] = [
    ['an empty list', { departments: [] }, /body\.departments: must list at least one department \(an empty full sync/],
    [
      'no parentCode',
      { departments: [{ name: 'A', departmentCode: 'a' }] },
      /departments\.0\.parentCode: is required: the parent departmentCode, or "0"/,
    ],
    [
      'a duplicated code',
      { departments: [dept('a'), dept('a')] },
      /departments\.1\.departmentCode: duplicates the departmentCode "a".*部门 ID 重复/,
    ],
    [
      'a parent not in the list',
      { departments: [dept('a', 'x')] },
      /departments\.0\.parentCode: "x" is not a departmentCode of the list .*"0" for a first-level department.*父级部门未找到/,
    ],
    [
      'a cycle',
      { departments: [dept('a', 'b'), dept('b', 'a')] },
      /departments\.0\.parentCode: makes the department its own indirect parent/,
    ],
    [
      'a bad sequence',
      { departments: [dept('a', '0', { sequence: 0.005 })] },
      /departments\.0\.sequence: must have at most two decimals/,
    ],
    [
      'a bad operatorEmail',
      { departments: [dept('a')], operatorEmail: 'nope' },
      /body\.operatorEmail: must be an email address/,
    ],
    [
      'a localized name without its locale',
      { departments: [dept('a', '0', { localizedNames: [{ propValue: 'A' } as never] })] },
      /localizedNames\.0\.locale: is required/,
    ],
  ];
  it.each(invalid)('replaceAll refuses %s before sending', async (_name, body, message) => {
    const error = await h.client.departments.v2.replaceAll(body as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputValidationError);
    expect((error as Error).message).toMatch(message);
    expect(h.server.requests).toHaveLength(0);
  });

  it('addIncremental takes parents already in Moka; a department that exists is refused with Moka message', async () => {
    h.state.seedDepartments([{ department_code: 'HQ', name: 'HQ' }]);
    await h.client.departments.v2.addIncremental({ departments: [dept('RD', 'HQ')] });
    expect(h.state.departments.get('RD')!.parent_code).toBe('HQ');
    const error = await h.client.departments.v2
      .addIncremental({ departments: [dept('RD', 'HQ')] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
  });

  it('v1 and v2 writes of one client run one at a time, and "pending" is retried', async () => {
    h.state.orgWriteDelayMs = 30;
    const client = new MokaClient({ apiKey: API_KEY, baseUrl: h.baseUrl, maxRetries: 2, logLevel: 'off' });
    await Promise.all([
      client.departments.v2.addIncremental({ departments: [dept('a')] }),
      client.departments.addIncremental([{ name: 'B', department_code: 'b', parent_code: null }]),
      client.departments.v2.addIncremental({ departments: [dept('c')] }),
    ]);
    expect(h.state.maxConcurrentOrgWrites).toBe(1);
    h.state.orgWriteDelayMs = 0;
    h.state.refuseNextOrgWrites = 1;
    await client.departments.v2.addIncremental({ departments: [dept('d')] });
    expect(h.state.pendingRefusals).toBe(1);
    expect(h.state.departments.has('d')).toBe(true);
  });
});

describe('departments.list and departments.delete', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  it('list reads every department with deletedByApi, so a full-sync diff can tell live from marked-deleted', async () => {
    await h.client.departments.v2.replaceAll({ departments: [dept('HQ'), dept('RD', 'HQ'), dept('OLD', 'HQ')] });
    await h.client.departments.v2.replaceAll({ departments: [dept('HQ'), dept('RD', 'HQ')] });
    const list = await h.client.departments.list();
    expect(h.server.requests.at(-1)).toMatchObject({ method: 'GET', path: '/api-platform/v1/departments' });
    expect(list.map((d) => [d.departmentCode, d.parentCode, d.deletedByApi])).toEqual([
      ['HQ', null, 0],
      ['RD', 'HQ', 0],
      ['OLD', 'HQ', 1],
    ]);
    expect(list.filter(isMarkedDeleted).map((d) => d.departmentCode)).toEqual(['OLD']);
    expect(list[1]!.parentId).toBe(list[0]!.departmentId);
  });

  it('delete merges into a target (the users move) or only marks deleted, with the operator email', async () => {
    h.state.seedDepartments([
      { department_code: 'A', name: 'A' },
      { department_code: 'B', name: 'B' },
      { department_code: 'C', name: 'C' },
    ]);
    h.state.seedUser({ email: 'hr@example.com', departmentCode: ['A'] });
    const answer = await h.client.departments.delete({
      departments: [{ department_code: 'A', target_department_code: 'B' }, { department_code: 'C' }],
      email: 'hr@example.com',
    });
    expect(answer).toMatchObject({ code: 0, msg: '成功', success: true });
    expect(h.server.requests[0]).toMatchObject({ method: 'DELETE', path: '/api-platform/v1/departments' });
    expect(bodiesTo(h.server, '/v1/departments')).toEqual([
      {
        departments: [{ department_code: 'A', target_department_code: 'B' }, { department_code: 'C' }],
        email: 'hr@example.com',
      },
    ]);
    expect(h.state.departments.has('A')).toBe(false);
    expect(h.state.departments.get('C')!.deleted).toBe(true);
    expect(h.state.users[0]!.departmentCode).toEqual(['B']);
  });

  it("delete answers Moka's documented refusals as typed errors", async () => {
    h.state.seedDepartments([{ department_code: 'A', name: 'A' }]);
    const noUser = await h.client.departments
      .delete({ departments: [{ department_code: 'A' }], email: 'ghost@example.com' })
      .catch((e: unknown) => e);
    expect(noUser).toBeInstanceOf(InvalidRequestError);
    expect((noUser as InvalidRequestError).vendorMessage).toBe('系统中不存在email为ghost@example.com的用户');
    h.state.seedUser({ email: 'hr@example.com' });
    const unknown = await h.client.departments
      .delete({ departments: [{ department_code: 'Z' }], email: 'hr@example.com' })
      .catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(NotFoundError);
  });

  const invalid: [string, unknown, RegExp][] = [
    [
      'no department',
      { departments: [], email: 'hr@example.com' },
      /body\.departments: must list at least one department/,
    ],
    ['no email', { departments: [{ department_code: 'A' }] }, /body\.email: is required/],
    [
      'a merge into itself',
      { departments: [{ department_code: 'A', target_department_code: 'A' }], email: 'hr@example.com' },
      /target_department_code: must name another department/,
    ],
    [
      'a repeated code',
      { departments: [{ department_code: 'A' }, { department_code: 'A' }], email: 'hr@example.com' },
      /departments\.1\.department_code: duplicates/,
    ],
  ];
  it.each(invalid)('delete refuses %s before sending', async (_name, body, message) => {
    const error = await h.client.departments.delete(body as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputValidationError);
    expect((error as Error).message).toMatch(message);
    expect(h.server.requests).toHaveLength(0);
  });
});
