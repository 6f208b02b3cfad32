import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  ConflictError,
  InputValidationError,
  InvalidRequestError,
  NotFoundError,
  PermissionDeniedError,
} from '@hr/core';
import { CandidateConflictError, PROSPECT_STATUSES } from '../src/index.js';
import { comeetError } from '../src/testing.js';
import { newCandidate, startHarness, type Harness } from './setup.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

async function refusedBeforeSending(body: unknown): Promise<InputValidationError> {
  const error = await h.client.candidates.create(body as never).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputValidationError);
  expect(h.server.requests).toHaveLength(0);
  return error as InputValidationError;
}

describe('candidates.create', () => {
  test('POSTs the documented body to /candidates and returns the Candidate', async () => {
    const body = newCandidate({
      partner_candidate_id: '1111A',
      middle_name: 'Robert',
      email: 'bobby@example.com',
      phone: '07-4442321',
      mobile_phone: '052-8644246',
      national_id: '5454-2233-1',
      linkedin_url: 'https://www.linkedin.com/in/bobby-hauck-06b0735',
      salary_expectations: '80k / Annual',
      prospect_status: 'Interested',
      links: [{ url: 'https://www.github.com/bobbyc' }],
      source_contact: { full_name: 'Michael Rosen', email: 'michael@example.com', phone: '555 555 1234' },
      address: { country: 'US', city: 'New York', state: 'NY', zip: '11249', street: '109 S 5th st. #302' },
      custom_fields: { field1: 'value1' },
      note: 'The candidate expressed his interest in this position',
    });
    const candidate = await h.client.candidates.create(body as never);
    const [request] = h.server.requests;
    expect(request!.method).toBe('POST');
    expect(request!.path).toBe('/candidates');
    expect(JSON.parse(request!.body)).toEqual(body);
    expect(candidate).toMatchObject({ position_uid: '11.11', status: 'In progress' });
    expect(candidate.source_contact?.email).toBe('michael@example.com');
    expect(candidate.current_steps?.[0]?.name).toBe('CV Screen');
    expect(h.state.candidates.get(candidate.uid)?.partner_candidate_id).toBe('1111A');
  });

  test('fields the Create page does not list are sent as given (open bodies); partner_candidate_id stays optional', async () => {
    // Two versions of the page mark partner_candidate_id Required, the current one Optional: not refused.
    await h.client.candidates.create(newCandidate({ brand_new_field: { a: 1 } }) as never);
    expect(JSON.parse(h.server.requests.at(-1)!.body)).toEqual(newCandidate({ brand_new_field: { a: 1 } }));
  });

  test('a repeated partner_candidate_id in an In progress position rejects with CandidateConflictError carrying candidate_uid', async () => {
    const first = await h.client.candidates.create(newCandidate({ partner_candidate_id: '1111A' }));
    const error = await h.client.candidates
      .create(newCandidate({ partner_candidate_id: '1111A' }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CandidateConflictError);
    expect(error).toBeInstanceOf(ConflictError);
    expect(CandidateConflictError.isInstance(error)).toBe(true);
    expect(ConflictError.isInstance(error)).toBe(true);
    const conflict = error as CandidateConflictError;
    expect(conflict.candidate_uid).toBe(first.uid);
    expect(conflict.status).toBe(409);
    expect(conflict.code).toBe('candidate_post_conflict');
    expect(conflict.details.candidate_uid).toBe(first.uid);
    expect(h.state.candidates.size).toBe(1);
  });

  test('the same partner_candidate_id in another position, or once no longer In progress, is accepted', async () => {
    const first = await h.client.candidates.create(newCandidate({ partner_candidate_id: 'X' }));
    await h.client.candidates.create(newCandidate({ partner_candidate_id: 'X', position_uid: '22.22' }));
    h.state.candidates.get(first.uid)!.status = 'Rejected';
    await h.client.candidates.create(newCandidate({ partner_candidate_id: 'X' }));
    expect(h.state.candidates.size).toBe(3);
  });

  test("a numeric candidate_uid (as in Comeet's example) is exposed as a string", async () => {
    h.server.use(
      http.post('*/candidates', () =>
        comeetError(409, 'candidate_post_conflict', 'Candidate with provided partner_candidate_id already exists', {
          candidate_uid: 5555,
        }),
      ),
    );
    const error = (await h.client.candidates.create(newCandidate()).catch((e: unknown) => e)) as CandidateConflictError;
    expect(error.candidate_uid).toBe('5555');
  });

  test.each([
    ['prospect_status', { prospect_status: 'Hired' }, 'body.prospect_status', PROSPECT_STATUSES.join(', ')],
    ['first_name', { first_name: '' }, 'body.first_name', 'required'],
    ['email', { email: 'not-an-email' }, 'body.email', 'valid email'],
    ['linkedin_url', { linkedin_url: 'https://example.com/in/bobby' }, 'body.linkedin_url', 'LinkedIn'],
    ['links url', { links: [{ url: 'nope' }] }, 'body.links.0.url', 'valid URL'],
    [
      'source_contact.email',
      { source_contact: { full_name: 'Michael Rosen' } },
      'body.source_contact.email',
      'source_contact',
    ],
    ['source_contact.full_name', { source_contact: { email: 'm@example.com' } }, 'body.source_contact.full_name', ''],
    ['address.country', { address: { country: 'United States' } }, 'body.address.country', 'ISO 3166'],
  ])('refuses a bad %s before sending, naming the field and the rule', async (_name, extra, path, rule) => {
    const error = await refusedBeforeSending(newCandidate(extra));
    expect(error.message).toContain(path);
    expect(error.message).toContain(rule);
  });

  test('sends a field the SDK does not know as given (request bodies are open)', async () => {
    await h.client.candidates.create(newCandidate({ nickname: 'Bob' }) as never);
    expect(JSON.parse(h.server.requests[0]!.body)).toMatchObject({ nickname: 'Bob' });
  });

  test.each(['linkedin.com/in/bobby', 'not a url'])(
    'refuses the linkedin_url %j as invalid input (not a TypeError from the URL parser)',
    async (url) => {
      const error = await refusedBeforeSending(newCandidate({ linkedin_url: url }));
      expect(error.issues.map((i) => i.path)).toContain('body.linkedin_url');
    },
  );

  test('refuses a missing position_uid before sending', async () => {
    const { position_uid: _omit, ...body } = newCandidate();
    const error = await refusedBeforeSending(body);
    expect(error.issues.map((i) => i.path)).toContain('body.position_uid');
  });

  test.each(PROSPECT_STATUSES)('accepts prospect_status %s', async (status) => {
    await h.client.candidates.create(newCandidate({ prospect_status: status }));
    expect(JSON.parse(h.server.requests[0]!.body).prospect_status).toBe(status);
  });

  test("maps Comeet's error strings before the HTTP status", async () => {
    const notFound = await h.client.candidates.create(newCandidate({ position_uid: '99.99' })).catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(NotFoundError);
    expect((notFound as NotFoundError).code).toBe('position_not_found');

    const badField = await h.client.candidates
      .create(newCandidate({ custom_fields: { Unknown: 'x' } }))
      .catch((e: unknown) => e);
    expect(badField).toBeInstanceOf(InvalidRequestError);
    expect((badField as InvalidRequestError).vendorMessage).toBe(
      'The provided custom candidate field "Unknown" does not exist',
    );

    h.server.use(
      http.post('*/candidates', () =>
        comeetError(
          403,
          'malicious_file',
          'The provided file cannot be accepted due to the company\'s security policy: "cv.pdf"',
        ),
      ),
    );
    const malicious = await h.client.candidates.create(newCandidate()).catch((e: unknown) => e);
    expect(malicious).toBeInstanceOf(InvalidRequestError);
    expect(malicious).not.toBeInstanceOf(PermissionDeniedError);

    h.server.use(
      http.post('*/candidates', () =>
        comeetError(403, 'no_permission', 'You do not have permission to perform this action'),
      ),
    );
    const denied = await h.client.candidates.create(newCandidate()).catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(PermissionDeniedError);
  });

  test('the fake answers source_contact_conflict when a source contact email belongs to another source', async () => {
    await h.client.candidates.create(
      newCandidate({ source_contact: { full_name: 'Michael Rosen', email: 'm@example.com' } }),
    );
    const error = await h.client.candidates
      .create(newCandidate({ source_contact: { full_name: 'Other Agent', email: 'm@example.com' } }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as InvalidRequestError).code).toBe('source_contact_conflict');
  });

  test('too_many_requests is retried even for the POST (Comeet applied nothing), then succeeds', async () => {
    await h.close();
    h = await startHarness({ maxRetries: 2 });
    h.server.use(
      http.post('*/candidates', () => comeetError(429, 'too_many_requests', 'You have reached the rate limit'), {
        once: true,
      }),
    );
    const created = await h.client.candidates.create(newCandidate());
    expect(created.uid).toBeTruthy();
    expect(h.server.requests).toHaveLength(2);
  });
});

describe('candidates.retrieve and listFiles', () => {
  test('reads a candidate by UID, by real ID (IDENTIFIER_TYPE header), with include', async () => {
    const created = await h.client.candidates.create(newCandidate());
    const byUid = await h.client.candidates.retrieve(created.uid, { include: ['a', 'b'] });
    expect(byUid.uid).toBe(created.uid);
    const retrieveRequest = h.server.requests[1]!;
    expect(retrieveRequest.path).toBe(`/candidates/${created.uid}`);
    expect(retrieveRequest.query.include).toEqual(['a', 'b']);
    const realId = h.state.candidates.get(created.uid)!.real_id;
    const byRealId = await h.client.candidates.retrieve(realId, { identifier_type: 'REAL_ID' });
    expect(byRealId.uid).toBe(created.uid);
    expect(h.server.requests[2]!.headers['identifier_type']).toBe('REAL_ID');
  });

  test.each([['OTHER'], [{}], [1]])(
    'refuses identifier_type %j before sending (only REAL_ID is documented)',
    async (identifier_type) => {
      const error = await h.client.candidates.retrieve('1A.A01', { identifier_type } as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputValidationError);
      expect((error as InputValidationError).issues.map((i) => i.path)).toEqual(['headers.identifier_type']);
      expect(h.server.requests).toHaveLength(0);
    },
  );

  test('null params read by UID, like no params (no synchronous TypeError)', async () => {
    const created = await h.client.candidates.create(newCandidate());
    const call = () => h.client.candidates.retrieve(created.uid, null as never);
    expect(call).not.toThrow();
    await expect(call()).resolves.toMatchObject({ uid: created.uid });
  });

  test('error strings that are Object.prototype keys are not taken for documented ones', async () => {
    await h.close();
    h = await startHarness({ maxRetries: 1, maxRetryWait: 5_000 });
    const created = await h.client.candidates.create(newCandidate());
    h.server.resetHandlers();
    // A 401 with an unknown error string is a refused token: re-minted and replayed once.
    h.server.use(http.get('*/candidates/:uid', () => comeetError(401, 'constructor', 'refused'), { once: true }));
    await expect(h.client.candidates.retrieve(created.uid)).resolves.toMatchObject({ uid: created.uid });
    expect(h.server.requests).toHaveLength(2);
    // A 503 with an unknown error string is transient: retried.
    h.server.resetHandlers();
    h.server.use(http.get('*/candidates/:uid', () => comeetError(503, 'toString', 'busy'), { once: true }));
    await expect(h.client.candidates.retrieve(created.uid)).resolves.toMatchObject({ uid: created.uid });
    expect(h.server.requests).toHaveLength(2);
  });

  test('an unknown UID rejects with NotFoundError not_found', async () => {
    const error = await h.client.candidates.retrieve('00.NOPE').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).code).toBe('not_found');
  });

  test('a UID cannot rewrite the path: ".." is refused before sending, a slash is percent-encoded', async () => {
    const error = await h.client.candidates.retrieve('..').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputValidationError);
    expect(h.server.requests).toHaveLength(0);
    await h.client.candidates.retrieve('../positions').catch(() => undefined);
    expect(h.server.requests[0]!.url).toContain('/candidates/..%2Fpositions');
  });

  test('lists the files on the candidate profile', async () => {
    const created = await h.client.candidates.create(
      newCandidate({ files: [{ name: 'Coding Challenge', file: Buffer.from('hello').toString('base64') }] }),
    );
    const files = await h.client.candidates.listFiles(created.uid);
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toBe('Coding Challenge');
    expect(files[0]!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/download\//);
  });
});
