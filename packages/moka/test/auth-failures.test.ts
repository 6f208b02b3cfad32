import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type APIError, AuthenticationError, MokaClient, MokaUserSyncError } from '../src/index.js';
import { MOKA_AUTH_FAILURE_SHAPES, classifyMokaAuthFailure } from '../src/internal.js';
import { API_KEY, type Harness, startHarness, user } from './setup.js';

const WRONG_KEY = 'wrong-moka-key-9c1d7e';

/** A client with a wrong key that WOULD retry (3 retries, no wait) if the answer were retryable. */
function wrongKeyClient(h: Harness): MokaClient {
  return new MokaClient({ apiKey: WRONG_KEY, baseUrl: h.baseUrl, maxRetries: 3, logLevel: 'off' });
}

const messageOf = (body: Record<string, unknown>) => String(body['msg'] ?? body['errorMessage'] ?? body['message']);

describe('Moka refuses bad credentials in every known shape: AuthenticationError, sent once', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  for (const shape of MOKA_AUTH_FAILURE_SHAPES) {
    it(`${shape.id}: HTTP ${shape.status} ${JSON.stringify(shape.body)} (${shape.source})`, async () => {
      h.state.authFailure = shape.id;
      const client = wrongKeyClient(h);

      const read = (await client.offers.listCustomFields().catch((e: unknown) => e)) as APIError;
      expect(read).toBeInstanceOf(AuthenticationError);
      expect(read.status).toBe(shape.status);
      expect(read.vendorMessage).toBe(messageOf(shape.body));
      expect(read.retryable).toBe(false);
      expect(h.server.requests).toHaveLength(1); // an idempotent GET, and still not retried

      // Nothing was applied, and the refusal says why: the sync rejects with it, not a batch error.
      const write = await client.users.sync([user(1)]).catch((e: unknown) => e);
      expect(write).toBeInstanceOf(AuthenticationError);
      expect(write).not.toBeInstanceOf(MokaUserSyncError);
      expect((write as APIError).message).toMatch(/check `apiKey`/);
      expect(h.server.requests).toHaveLength(2);
      expect(h.state.authRefusals).toBe(2);
      expect(h.state.users).toHaveLength(0);
    });
  }

  it('a missing Authorization header gets the same refusal from the sandbox (Moka: no header = made-up key)', async () => {
    const response = await fetch(`${h.baseUrl}/offers/custom_fields`);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ code: -1, success: false, msg: '无法识别的认证信息' });
  });

  for (const [label, body, contentType] of [
    ['an HTML gateway page', '<html><body><h1>401 Authorization Required</h1></body></html>', 'text/html'],
    ['an empty body', '', undefined],
  ] as const) {
    it(`HTTP 401 with ${label} is an AuthenticationError, not retried`, async () => {
      h.state.authFailure = { status: 401, body, contentType };
      const error = (await wrongKeyClient(h)
        .offers.listCustomFields()
        .catch((e: unknown) => e)) as APIError;
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error.status).toBe(401);
      expect(h.server.requests).toHaveLength(1);
    });
  }

  it('the refusal carries neither the key nor its Basic header', async () => {
    const error = await wrongKeyClient(h)
      .offers.listCustomFields()
      .catch((e: unknown) => e);
    const text = `${String(error)}\n${JSON.stringify(error)}\n${inspect(error, { depth: 10 })}`;
    expect(text).not.toContain(WRONG_KEY);
    expect(text).not.toContain(Buffer.from(`${WRONG_KEY}:`).toString('base64'));
  });

  it('the right key still works (the sandbox refuses only bad credentials)', async () => {
    await expect(h.client.offers.listCustomFields()).resolves.toMatchObject({ social: expect.any(Array) });
    expect(API_KEY).not.toBe(WRONG_KEY);
  });
});

describe('classifyMokaAuthFailure (pure)', () => {
  it('recognises every known shape by its message, code or sub-code', () => {
    for (const shape of MOKA_AUTH_FAILURE_SHAPES) {
      expect(classifyMokaAuthFailure({ status: shape.status, json: shape.body }), shape.id).toMatchObject({
        message: messageOf(shape.body),
      });
    }
    expect(classifyMokaAuthFailure({ status: 200, json: { code: 100001, msg: 'anything' } })?.matchedBy).toBe('code');
    expect(classifyMokaAuthFailure({ status: 418, json: { subCode: 'Unauthorized' } })?.matchedBy).toBe('sub_code');
    expect(classifyMokaAuthFailure({ status: 401, json: null })?.matchedBy).toBe('status');
  });

  it('leaves other failures alone', () => {
    expect(classifyMokaAuthFailure({ status: 200, json: { success: false, errorMessage: 'System error' } })).toBe(
      undefined,
    );
    expect(classifyMokaAuthFailure({ status: 500, json: { code: -1, success: false, msg: '系统错误' } })).toBe(
      undefined,
    );
    expect(classifyMokaAuthFailure({ status: 403, json: { message: '招聘模式 必填', code: 3 } })).toBe(undefined);
    expect(classifyMokaAuthFailure({ status: 404, json: { message: '您访问的页面不存在' } })).toBe(undefined);
  });
});
