import { describe, expect, it } from 'vitest';
import { CERTIFICATE_TYPE } from '../src/index.js';
import { MOKA_DOCUMENTED_ERRORS, classifyMokaMessage, findDocumentedError } from '../src/internal.js';

describe('documented codes', () => {
  it('CERTIFICATE_TYPE lists 1–10 as Moka documents them', () => {
    expect(Object.values(CERTIFICATE_TYPE)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(CERTIFICATE_TYPE.FOREIGNER_RESIDENCE_PERMIT).toBe(10);
  });

  it('code 625011 is documented for the update and the delete / merge, matched by its code whatever the message', () => {
    const entry = findDocumentedError('anything at all', 625011);
    expect(entry?.id).toBe('department_code_exists');
    expect(entry?.operations).toEqual(
      expect.arrayContaining(['departments.update', 'departments.v2.update', 'departments.delete']),
    );
    expect(classifyMokaMessage('x', '625011')?.kind).toBe('conflict');
  });

  it("the delete page's and the v2 pages' Chinese messages are documented too", () => {
    const ids = [
      '当前有未处理完的组织架构更新,请稍后再试',
      '部门 ID 重复',
      '部门重复',
      '父级部门未找到',
      '部门的父级部门不能直接(间接)为自身',
      '部门名称X,父编号Y的部门名称已存在',
      '系统中不存在email为a@b.c的用户',
      'department_code: X 在系统中不存在',
    ].map((message) => findDocumentedError(message)?.id);
    expect(ids).toEqual([
      'pending_org_updates',
      'duplicate_department_code',
      'duplicate_department',
      'parent_not_found',
      'department_cycle',
      'department_name_exists',
      'operator_not_found',
      'department_code_not_found',
    ]);
  });

  it('whole-request refusals are marked: nothing of such a request was applied', () => {
    const marked = MOKA_DOCUMENTED_ERRORS.filter((e) => e.appliesNothing).map((e) => e.id);
    expect(marked).toEqual(['user_sync_disabled', 'too_many_users', 'pending_org_updates', 'operator_not_found']);
  });
});
