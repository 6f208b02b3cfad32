import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { faults } from '@hr/core/testing';
import { type AddNoteParams, APIError, InputValidationError, NotFoundError } from '../src/index.js';
import { type Harness, newCandidate, startHarness } from './setup.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const NOTE: AddNoteParams = {
  time_created: '2018-01-01T12:50:50Z',
  created_by: { type: 'user', first_name: 'Kelly', middle_name: '', last_name: 'Lee', email: 'kelly@example.com' },
  text: "Called candidate's phone but the candidate didn't pick up.",
  details: [{ title: 'Phone number', text: '+1-666-000-0000' }],
};

describe('candidates.addNote', () => {
  test('POSTs the documented body to /candidates/{uid}/notes and resolves with the note object', async () => {
    const { uid } = await h.client.candidates.create(newCandidate());
    const note = await h.client.candidates.addNote(uid, NOTE);
    const request = h.server.requests.at(-1)!;
    expect(request.method).toBe('POST');
    expect(request.path).toBe(`/candidates/${uid}/notes`);
    expect(JSON.parse(request.body)).toEqual(NOTE);
    expect(note).toMatchObject({ text: NOTE.text, created_by: { type: 'user' }, details: NOTE.details });
    expect(note.uid).toMatch(/^B\d+\./);
    expect(h.state.notes.map((n) => n.candidate_uid)).toEqual([uid]);
  });

  test('a Date is sent as Comeet writes times, to the second in UTC', async () => {
    const { uid } = await h.client.candidates.create(newCandidate());
    await h.client.candidates.addNote(uid, {
      time_created: new Date('2024-03-04T05:06:07.890Z'),
      created_by: { type: 'app', first_name: 'hire-to-onboard' },
      text: 'Onboarding <b>completed</b>.',
    });
    expect(JSON.parse(h.server.requests.at(-1)!.body)).toEqual({
      time_created: '2024-03-04T05:06:07Z',
      created_by: { type: 'app', first_name: 'hire-to-onboard' },
      text: 'Onboarding <b>completed</b>.',
    });
  });

  test('refuses what the page requires before sending, naming the field', async () => {
    const { uid } = await h.client.candidates.create(newCandidate());
    const sent = h.server.requests.length;
    const cases: [unknown, string][] = [
      [{ ...NOTE, time_created: '2018-01-01' }, 'body.time_created'],
      [{ ...NOTE, time_created: undefined }, 'body.time_created'],
      [{ ...NOTE, created_by: undefined }, 'body.created_by'],
      [{ ...NOTE, created_by: { type: 'robot', first_name: 'x' } }, 'body.created_by.type'],
      [{ ...NOTE, created_by: { type: 'user', first_name: ' ' } }, 'body.created_by.first_name'],
      [{ ...NOTE, created_by: { type: 'user', first_name: 'K', email: 'nope' } }, 'body.created_by.email'],
      [{ ...NOTE, text: '' }, 'body.text'],
      [{ ...NOTE, details: [{ text: 'no title' }] }, 'body.details.0.title'],
    ];
    for (const [body, path] of cases) {
      const error = await h.client.candidates.addNote(uid, body as never).catch((e: unknown) => e);
      expect(error, path).toBeInstanceOf(InputValidationError);
      expect((error as InputValidationError).issues.map((i) => i.path)).toContain(path);
    }
    await expect(h.client.candidates.addNote('', NOTE)).rejects.toBeInstanceOf(InputValidationError);
    expect(h.server.requests.length).toBe(sent);
  });

  test('an unknown candidate is a NotFoundError (404 candidate_not_found); a POST is not sent twice', async () => {
    const error = await h.client.candidates.addNote('00.404', NOTE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).code).toBe('candidate_not_found');
    expect(h.server.requests).toHaveLength(1);
  });

  test('an answer without a body is an invalid_response APIError, and the POST is not sent again', async () => {
    const retrying = await startHarness({ maxRetries: 2, logLevel: 'off' });
    try {
      retrying.server.use(http.post('*/candidates/:uid/notes', () => faults.empty(200)));
      const error = await retrying.client.candidates.addNote('00.AAA', NOTE).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APIError);
      expect((error as APIError).code).toBe('invalid_response');
      expect(retrying.server.requests).toHaveLength(1);
    } finally {
      await retrying.close();
    }
  });
});

describe('candidates.findDuplicates', () => {
  test('GETs /sourcing/candidates/find_duplicates with the identifiers and resolves with the matches', async () => {
    const a = await h.client.candidates.create(newCandidate({ email: 'ada@example.com', phone: '+972-52-123-4567' }));
    await h.client.candidates.create(newCandidate({ first_name: 'Other', email: 'other@example.com' }));
    const byEmail = await h.client.candidates.findDuplicates({ email: 'ADA@example.com' });
    expect(byEmail.map((m) => m['uid'])).toEqual([a.uid]);
    const request = h.server.requests.at(-1)!;
    expect(request.path).toBe('/sourcing/candidates/find_duplicates');
    expect(request.query).toEqual({ email: 'ADA@example.com' });
    const byPhone = await h.client.candidates.findDuplicates({ phone_number: '052 123 4567', first_name: 'Nobody' });
    expect(byPhone.map((m) => m['uid'])).toEqual([a.uid]);
    expect(h.server.requests.at(-1)!.query).toEqual({ phone_number: '052 123 4567', first_name: 'Nobody' });
    await expect(
      h.client.candidates.findDuplicates({ linkedin_url: 'https://www.linkedin.com/in/x' }),
    ).resolves.toEqual([]);
  });

  test('a lookup without any identifier, or with a blank one, is refused before sending', async () => {
    for (const params of [{}, { email: '  ' }, { first_name: '' }]) {
      const error = await h.client.candidates.findDuplicates(params).catch((e: unknown) => e);
      expect(error, JSON.stringify(params)).toBeInstanceOf(InputValidationError);
    }
    expect(h.server.requests).toHaveLength(0);
  });

  test('an answer that is not a list is reported, not read as "no duplicates"', async () => {
    h.server.use(http.get('*/sourcing/candidates/find_duplicates', () => HttpResponse.json({ unexpected: true })));
    await expect(h.client.candidates.findDuplicates({ email: 'a@b.co' })).rejects.toThrow(/findDuplicates/);
  });
});
