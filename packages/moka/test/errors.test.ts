import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import {
  APIError,
  AuthenticationError,
  ConflictError,
  InvalidRequestError,
  MokaClient,
  PermissionDeniedError,
  ServerError,
} from '../src/index.js';
import { MOKA_DOCUMENTED_ERRORS, classifyMokaMessage } from '../src/internal.js';
import { type Harness, startHarness } from './setup.js';

describe('Moka error envelopes', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  const answer = (body: Record<string, unknown>, status = 200) =>
    h.server.use(http.get('*/offers/custom_fields', () => HttpResponse.json(body, { status })));

  it('HTTP 200 { success: false, errorMessage } becomes a typed APIError with the vendor message', async () => {
    answer({ success: false, errorMessage: 'Something Moka does not document' });
    const error = (await h.client.offers.listCustomFields().catch((e: unknown) => e)) as APIError;
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.status).toBe(200);
    expect(error.vendorMessage).toBe('Something Moka does not document');
    expect(error.operation).toBe('offers.listCustomFields');
  });

  it('{ code, msg } bodies carry the vendor code and message', async () => {
    answer({ code: 625011, msg: 'department_code(1)在系统中已存在' });
    const error = (await h.client.offers.listCustomFields().catch((e: unknown) => e)) as APIError;
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe(625011);
    expect(error.vendorMessage).toBe('department_code(1)在系统中已存在');
  });

  it('prefers errorMessage over msg when both are present', async () => {
    answer({ code: 1, msg: 'short', success: false, errorMessage: 'This email has been used by other user' });
    const error = (await h.client.offers.listCustomFields().catch((e: unknown) => e)) as APIError;
    expect(error.vendorMessage).toBe('This email has been used by other user');
    expect(error).toBeInstanceOf(ConflictError);
  });

  it('a wrong API key is an AuthenticationError although Moka answers HTTP 500 (as observed live)', async () => {
    const client = new MokaClient({ apiKey: 'wrong-key-123456', baseUrl: h.baseUrl, maxRetries: 0, logLevel: 'off' });
    const error = await client.offers.listCustomFields().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as APIError).status).toBe(500);
    expect((error as APIError).vendorMessage).toBe('无法识别的认证信息');
  });

  it('an auth failure message sent with HTTP 200 is still an AuthenticationError (classified by the body)', async () => {
    answer({ success: false, errorMessage: 'Invalid API key' });
    await expect(h.client.offers.listCustomFields()).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('an HTTP error status without a Moka body is classified by the status', async () => {
    answer({ error: 'boom' }, 503);
    const error = (await h.client.offers.listCustomFields().catch((e: unknown) => e)) as APIError;
    expect(error).toBeInstanceOf(ServerError);
    expect(error.vendorMessage).toBe('Moka request failed with HTTP 503');
  });

  it('a success body with code 0 is data', async () => {
    answer({ code: 0, social: [], campus: null });
    await expect(h.client.offers.listCustomFields()).resolves.toMatchObject({ social: [], campus: [] });
  });
});

describe('documented error table', () => {
  it('classifies every documented message by its own entry', () => {
    for (const entry of MOKA_DOCUMENTED_ERRORS) {
      const sample = entry.message.replace(/XXX/g, 'Sales').replace(/ \(code 625011.*$/, '');
      const classified = classifyMokaMessage(`user1@example.com: ${sample}`);
      expect(classified?.documented?.id, entry.message).toBe(entry.id);
    }
  });

  it('maps the documented messages to the expected classes', () => {
    expect(classifyMokaMessage('The personnel information synchronization switch is not turned on')?.kind).toBe(
      'permission',
    );
    expect(classifyMokaMessage('Duplicated department ID')?.documented?.id).toBe('duplicate_department_code');
    expect(
      classifyMokaMessage('There are currently pending organizational updates, please try again later'),
    ).toMatchObject({ kind: 'conflict', retry: 'always' });
    expect(classifyMokaMessage('a@b.c: System error')).toMatchObject({ kind: 'server', retry: 'if-safe' });
    expect(classifyMokaMessage('Unauthorized')?.kind).toBe('authentication');
    expect(classifyMokaMessage('anything else')).toBeUndefined();
  });

  it('a PermissionDeniedError is raised for "Insufficient of available senior manager accounts"', () => {
    expect(classifyMokaMessage('x@y.z: Insufficient of available senior manager accounts')?.documented?.id).toBe(
      'senior_manager_seats',
    );
    expect(PermissionDeniedError).toBeDefined();
  });
});
