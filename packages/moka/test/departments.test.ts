import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ConflictError,
  InputValidationError,
  InvalidRequestError,
  MokaClient,
  type MokaDepartmentInput,
} from '../src/index.js';
import { API_KEY, type Harness, bodiesTo, startHarness } from './setup.js';

const dept = (
  department_code: string,
  parent_code: string | null = '',
  extra: Partial<MokaDepartmentInput> = {},
): MokaDepartmentInput => ({ name: `Dept ${department_code}`, department_code, parent_code, ...extra });

describe('departments', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  it('replaceAll PUTs the list to /departments and returns { new, delete, update }; departments missing from the list are marked deleted', async () => {
    h.state.seedDepartments([
      { department_code: 'old', name: 'Old' },
      { department_code: '110', name: 'Before' },
    ]);
    const result = await h.client.departments.replaceAll([
      dept('110', '', { sequence: 1.68 }),
      dept('112', null, { type: 2, sequence: 0.92 }),
      dept('120', '110', { sequence: 0.06 }),
    ]);
    expect(result).toEqual({ new: 2, delete: 1, update: 1 });
    expect(h.server.requests[0]!.method).toBe('PUT');
    expect(bodiesTo(h.server, '/departments')[0]).toEqual([
      { name: 'Dept 110', department_code: '110', parent_code: '', sequence: 1.68 },
      { name: 'Dept 112', department_code: '112', parent_code: null, type: 2, sequence: 0.92 },
      { name: 'Dept 120', department_code: '120', parent_code: '110', sequence: 0.06 },
    ]);
    expect(h.state.departments.get('old')!.deleted).toBe(true);
    expect(h.state.departments.get('120')!.parent_code).toBe('110');
  });

  const invalid: [string, MokaDepartmentInput[], RegExp][] = [
    [
      'a duplicated department_code',
      [dept('a'), { ...dept('a'), name: 'Other' }],
      /body\.1\.department_code: duplicates the department_code "a" of item 0 \(Moka: "Duplicated department ID"\)/,
    ],
    [
      'two departments of one name under one parent',
      [dept('a'), { ...dept('b'), name: 'Dept a' }],
      /body\.1\.name: duplicates the name "Dept a" of item 0 under the same parent/,
    ],
    [
      'a department its own direct parent',
      [dept('a', 'a')],
      /body\.0\.parent_code: makes the department its own direct parent \(a → a\)/,
    ],
    [
      'an indirect cycle',
      [dept('a', 'c'), dept('b', 'a'), dept('c', 'b')],
      /body\.0\.parent_code: makes the department its own indirect parent \(a → c → b → a\)/,
    ],
    [
      'a parent missing from a full sync',
      [dept('a', 'zzz')],
      /body\.0\.parent_code: "zzz" is not a department_code of the list.*Parent department not found/,
    ],
    ['sequence above 10000', [dept('a', '', { sequence: 10000.5 })], /body\.0\.sequence: must be between 0 and 10000/],
    ['sequence below 0', [dept('a', '', { sequence: -1 })], /body\.0\.sequence: must be between 0 and 10000/],
    [
      'sequence with three decimals',
      [dept('a', '', { sequence: 1.005 })],
      /body\.0\.sequence: must have at most two decimals/,
    ],
    [
      'type 3',
      [dept('a', '', { type: 3 as never })],
      /body\.0\.type: must be 1 \(general department\) or 2 \(store department\)/,
    ],
    ['an empty name', [dept('a', '', { name: '' })], /body\.0\.name: must not be empty/],
    ['a missing parent_code', [{ name: 'x', department_code: 'a' } as never], /body\.0\.parent_code: is required/],
    ['an empty list', [], /at least one department \(an empty full sync would mark every department deleted\)/],
  ];
  it.each(invalid)('replaceAll refuses %s before sending', async (_name, list, message) => {
    const error = await h.client.departments.replaceAll(list).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputValidationError);
    expect((error as Error).message).toMatch(message);
    expect(h.server.requests).toHaveLength(0);
  });

  it('accepts sequence 0, 10000 and two decimals', async () => {
    await expect(
      h.client.departments.replaceAll([
        dept('a', '', { sequence: 0 }),
        dept('b', '', { sequence: 10000 }),
        dept('c', '', { sequence: 9999.99 }),
      ]),
    ).resolves.toEqual({ new: 3, delete: 0, update: 0 });
  });

  it('addIncremental POSTs to /departments/sync/incremental; parents may be departments already in Moka', async () => {
    h.state.seedDepartments([{ department_code: 'root', name: 'Root' }]);
    await h.client.departments.addIncremental([dept('a', 'root'), dept('b', 'a', { type: 2 })]);
    expect(h.server.requests[0]!.path).toBe('/api-platform/v1/departments/sync/incremental');
    expect(h.state.departments.get('b')).toMatchObject({ parent_code: 'a', type: 2, deleted: false });
    expect(h.state.departments.get('root')!.deleted).toBe(false);
  });

  it('addIncremental still refuses cycles and duplicates before sending', async () => {
    await expect(h.client.departments.addIncremental([dept('ididid1', 'ididid1')])).rejects.toThrow(
      /own direct parent/,
    );
    await expect(h.client.departments.addIncremental([dept('x'), dept('x')])).rejects.toThrow(
      /Duplicated department ID/,
    );
    expect(h.server.requests).toHaveLength(0);
  });

  it('addIncremental of a department Moka has already is a ConflictError with the documented message', async () => {
    h.state.seedDepartments([{ department_code: 'a', name: 'Dept a' }]);
    const error = (await h.client.departments.addIncremental([dept('a')]).catch((e: unknown) => e)) as ConflictError;
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.vendorMessage).toBe('Department name: Dept a, The department number of number a is duplicated');
    expect(error.status).toBe(200);
  });

  it('addIncremental with an unknown parent is an InvalidRequestError "Parent department not found"', async () => {
    const error = (await h.client.departments
      .addIncremental([dept('a', 'ghost')])
      .catch((e: unknown) => e)) as InvalidRequestError;
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.vendorMessage).toBe('Parent department not found');
  });

  it('update POSTs to /departments and re-keys a department by department_id', async () => {
    h.state.seedDepartments([{ department_code: 'old-code', name: 'Sales' }]);
    const id = h.state.departments.get('old-code')!.id;
    const ack = await h.client.departments.update([
      { department_code: 'new-code', name: 'Sales', parent_code: null, department_id: id },
    ]);
    expect(ack.success).toBe(true);
    expect(h.server.requests[0]!.method).toBe('POST');
    expect(h.state.departments.has('old-code')).toBe(false);
    expect(h.state.departments.get('new-code')!.id).toBe(id);
  });

  it('update to a code another department has is a ConflictError with code 625011 from the { code, msg } body', async () => {
    h.state.seedDepartments([
      { department_code: 'a', name: 'A' },
      { department_code: 'b', name: 'B' },
    ]);
    const id = h.state.departments.get('a')!.id;
    const error = (await h.client.departments
      .update([{ department_code: 'b', name: 'A', parent_code: null, department_id: id }])
      .catch((e: unknown) => e)) as ConflictError;
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe(625011);
    expect(error.vendorMessage).toBe('department_code(b)在系统中已存在');
  });

  it('serializes the org writes of one client: concurrent calls never overlap at Moka', async () => {
    h.state.orgWriteDelayMs = 40;
    await Promise.all([
      h.client.departments.replaceAll([dept('a')]),
      h.client.departments.addIncremental([dept('b')]),
      h.client.departments.update([dept('a', '', { name: 'Renamed' })]),
    ]);
    expect(h.state.pendingRefusals).toBe(0);
    expect(h.state.maxConcurrentOrgWrites).toBe(1);
    expect(h.server.requests.map((r) => r.method)).toEqual(['PUT', 'POST', 'POST']);
    expect(h.state.departments.get('a')!.name).toBe('Renamed');
  });

  it('a failing queued write does not block the next one', async () => {
    const first = h.client.departments.addIncremental([dept('a', 'ghost')]);
    const second = h.client.departments.addIncremental([dept('b')]);
    await expect(first).rejects.toThrow(/Parent department not found/);
    await expect(second).resolves.toMatchObject({ success: true });
  });

  it('retries "pending organizational updates" (nothing was applied) with backoff, even for a POST', async () => {
    h.state.refuseNextOrgWrites = 2;
    const retrying = new MokaClient({ apiKey: API_KEY, baseUrl: h.baseUrl, maxRetries: 2, logLevel: 'off' });
    await expect(retrying.departments.addIncremental([dept('a')])).resolves.toMatchObject({ success: true });
    expect(h.state.pendingRefusals).toBe(2);
    expect(h.server.requests).toHaveLength(3);
    expect(h.state.departments.has('a')).toBe(true);
  });

  it('gives up on "pending organizational updates" after maxRetries with a retryable ConflictError', async () => {
    h.state.refuseNextOrgWrites = 5;
    const error = (await h.client.departments.update([dept('a')]).catch((e: unknown) => e)) as ConflictError;
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.retryable).toBe(true);
    expect(error.vendorMessage).toBe('There are currently pending organizational updates, please try again later');
    expect(h.server.requests).toHaveLength(1);
  });

  it('answers the full-sync rule errors with the documented messages when a raw request skips the SDK checks', async () => {
    const auth = `Basic ${Buffer.from(`${API_KEY}:`).toString('base64')}`;
    const put = (body: unknown) =>
      fetch(`${h.baseUrl}/departments`, {
        method: 'PUT',
        headers: { authorization: auth, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then((r) => r.json());
    expect(await put([dept('a'), dept('a')])).toEqual({ success: false, errorMessage: 'Duplicated department ID' });
    expect(await put([dept('a'), { ...dept('b'), name: 'Dept a' }])).toEqual({
      success: false,
      errorMessage: 'Duplicated department',
    });
    expect(await put([dept('a', 'x')])).toEqual({ success: false, errorMessage: 'Parent department not found' });
    expect(await put([dept('a', 'b'), dept('b', 'a')])).toEqual({
      success: false,
      errorMessage: "A department's parent department cannot be itself directly (indirectly)",
    });
  });
});
