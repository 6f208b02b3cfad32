import {
  AuthenticationError,
  ConflictError,
  InvalidRequestError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  type APIError,
} from '@hr/core';
import { faults } from '@hr/core/testing';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { nestError } from '../src/testing.js';
import { useSandbox } from './helpers.js';

const failure = (promise: PromiseLike<unknown>) =>
  Promise.resolve(promise).then(
    () => expect.fail('expected a rejection'),
    (e: unknown) => e as APIError,
  );

describe('error bodies', () => {
  const h = useSandbox();

  it('a NestJS body with a string message (wrong API key → 401)', async () => {
    const error = await failure(h.client({ apiKey: 'wrong-key-123' }).jobs.list());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.status).toBe(401);
    expect(error.vendorMessage).toBe('Invalid API key');
    expect(error.code).toBe('Unauthorized');
    expect(error.details.messages).toBeUndefined();
  });

  it('a NestJS body with a list of messages: joined, and kept on details.messages', async () => {
    h.server.use(http.post('*/auth/signup', () => nestError(400, ['password is too weak'])));
    const error = await failure(
      h.client().auth.signup({ email: 'new@coodesh.test', password: 'short', displayName: 'New User' }),
    );
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.vendorMessage).toBe('password is too weak');
    expect(error.details.messages).toEqual(['password is too weak']);

    h.server.use(
      http.get('*/v2/jobs', () => nestError(400, ['page must not be less than 1', 'pageSize must be an integer'])),
    );
    const list = await failure(h.client().jobs.list());
    expect(list.vendorMessage).toBe('page must not be less than 1; pageSize must be an integer');
    expect(list.message).toContain('page must not be less than 1; pageSize must be an integer');
    expect(list.details.messages).toEqual(['page must not be less than 1', 'pageSize must be an integer']);
  });

  it('a bare { message } body (missing credential, unknown route)', async () => {
    h.server.use(http.get('*/v2/jobs', () => HttpResponse.json({ message: 'Unauthorized' }, { status: 401 })));
    const error = await failure(h.client().jobs.list());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.vendorMessage).toBe('Unauthorized');
    expect(error.code).toBeUndefined();

    h.server.use(
      http.get('*/fields/jobs', () => HttpResponse.json({ message: 'Cannot GET /fields/jobs' }, { status: 404 })),
    );
    const notFound = await failure(h.client().fields.jobs());
    expect(notFound).toBeInstanceOf(NotFoundError);
    expect(notFound.vendorMessage).toBe('Cannot GET /fields/jobs');
  });

  it('an HTML 502 from a gateway is a ServerError', async () => {
    h.server.use(http.get('*/v2/jobs', () => faults.html(502)));
    const error = await failure(h.client().jobs.list());
    expect(error).toBeInstanceOf(ServerError);
    expect(error.status).toBe(502);
  });

  it.each([
    [403, PermissionDeniedError],
    [409, ConflictError],
    [422, InvalidRequestError],
    [429, RateLimitError],
    [500, ServerError],
    [503, ServerError],
  ] as const)('status %i maps to %o', async (status, ErrorClass) => {
    h.server.use(http.get('*/jobs/search_fields', () => nestError(status, `failure ${status}`)));
    const error = await failure(h.client().jobs.searchFields());
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error.vendorMessage).toBe(`failure ${status}`);
  });

  it('retries a 503 on a GET and succeeds', async () => {
    let calls = 0;
    h.server.use(http.get('*/fields/jobs', () => (++calls === 1 ? nestError(503, 'Service Unavailable') : undefined)));
    const labels = await h.client({ maxRetries: 1 }).fields.jobs();
    expect(labels.type?.clt).toBe('CLT');
    expect(calls).toBe(2);
  });
});
