import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { defineOperation } from '@hr/core/internal';
import { type APIError, InvalidRequestError } from '../src/index.js';
import { isMokaSuccessCode } from '../src/internal.js';
import { type Harness, startHarness } from './setup.js';

/** A v2 read Moka answers `{ code: 200, msg, data }` (`GET /v2/stage/getStagesList`, as a published Go client reads it). */
const stages = defineOperation({
  id: 'test.stages',
  method: 'GET',
  path: '/v2/stage/getStagesList',
  response: z.unknown(),
});
/** A v3 read Moka answers `{ code: 200, msg: "success", data: { applicationList } }` (its docs' example). */
const applications = defineOperation({
  id: 'test.getApplictaions',
  method: 'POST',
  path: '/v3/data/getApplictaions',
  body: z.looseObject({ applicationIds: z.array(z.number()).max(20) }),
  response: z.unknown(),
});

describe('success is what Moka says: code 0 or 200, success not false', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  it('a v2 endpoint answering { code: 200, msg: "success" } resolves with its data', async () => {
    const body = { code: 200, msg: 'success', data: [{ id: 1, name: '初筛', type: 100 }] };
    h.server.use(http.get('*/api-platform/v2/stage/getStagesList', () => HttpResponse.json(body)));
    await expect(h.client.request(stages, {})).resolves.toEqual(body);
    expect(h.server.requests[0]!.path).toBe('/api-platform/v2/stage/getStagesList');
  });

  it('a v3 endpoint answering { code: 200, msg: "success" } resolves with its data', async () => {
    const body = {
      code: 200,
      msg: 'success',
      data: { applicationList: [{ applicationId: 411348665, appliedAt: 1744702215000, archived: false }] },
    };
    h.server.use(http.post('*/api-platform/v3/data/getApplictaions', () => HttpResponse.json(body)));
    await expect(h.client.request(applications, { body: { applicationIds: [411348665] } })).resolves.toEqual(body);
  });

  it('the v2 user sync (code 200 in the sandbox, as documented) resolves', async () => {
    await expect(
      h.client.users.v2.sync([
        { uniqueType: 'email', email: 'a@example.com', roleId: 1, departmentCode: [], deactivated: 0 },
      ]),
    ).resolves.toEqual({ synced: 1, batches: 1 });
  });

  const successes: [string, Record<string, unknown>][] = [
    ['code 0', { code: 0, msg: '成功' }],
    ['code 200', { code: 200, msg: 'success' }],
    ['code "200" (a string)', { code: '200', msg: 'success' }],
    ['code 0 with success: true', { code: 0, msg: 'Successful', success: true, errorMessage: '', data: {} }],
    ['success: true alone', { success: true }],
  ];
  for (const [name, body] of successes) {
    it(`${name} is a success`, async () => {
      h.server.use(http.get('*/api-platform/v2/stage/getStagesList', () => HttpResponse.json(body)));
      await expect(h.client.request(stages, {})).resolves.toEqual(body);
    });
  }

  const failures: [string, Record<string, unknown>][] = [
    ['code -1', { code: -1, msg: 'false' }],
    ['code 1', { code: 1, msg: 'failed' }],
    ['code 200 with success: false', { code: 200, msg: 'x', success: false }],
    ['code 0 with success: false', { code: 0, success: false, errorMessage: 'refused' }],
    ['code 201', { code: 201, msg: 'not a success code' }],
  ];
  for (const [name, body] of failures) {
    it(`${name} keeps its typed failure`, async () => {
      h.server.use(http.get('*/api-platform/v2/stage/getStagesList', () => HttpResponse.json(body)));
      const error = (await h.client.request(stages, {}).catch((e: unknown) => e)) as APIError;
      expect(error).toBeInstanceOf(InvalidRequestError);
      expect(error.status).toBe(200);
    });
  }

  it('isMokaSuccessCode accepts 0 and 200 as numbers or strings, nothing else', () => {
    expect([0, 200, '0', '200', ' 200 '].map(isMokaSuccessCode)).toEqual([true, true, true, true, true]);
    expect([-1, 1, 201, '', 'ok', 20].map(isMokaSuccessCode)).toEqual([false, false, false, false, false, false]);
  });
});
