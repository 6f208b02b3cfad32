import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, expectTypeOf, test } from 'vitest';
import type { Candidate, CandidateStatus, ComeetPosition, Opening } from '../src/index.js';
import { CANDIDATE_STATUSES } from '../src/index.js';
import { CandidateSchema, ComeetPositionSchema, OpeningSchema } from '../src/schemas.js';
import { type Harness, newCandidate, PNG_BYTES, startHarness } from './setup.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

describe('the Candidate as the Candidate schema documents it', () => {
  test('retrieve types every documented field: person, contacts, URL, steps, status, prospect status, resume', async () => {
    const pdf = Buffer.from('%PDF-1.4 sandbox resume').toString('base64');
    const created = await h.client.candidates.create(
      newCandidate({
        middle_name: 'Robert',
        email: 'bobby@example.com',
        phone: '07-4442321',
        mobile_phone: '052-8644246',
        national_id: '5454-2233-1',
        linkedin_url: 'https://www.linkedin.com/in/bobby',
        prospect_status: 'Interested',
        resume: { name: 'bobby_cv.pdf', file: pdf },
        picture: { name: 'me.png', file: PNG_BYTES.toString('base64') },
      }),
    );
    const candidate = await h.client.candidates.retrieve(created.uid);
    expect(candidate).toMatchObject({
      uid: created.uid,
      first_name: 'Bobby',
      middle_name: 'Robert',
      last_name: 'Chauck',
      email: 'bobby@example.com',
      phone: '07-4442321',
      mobile_phone: '052-8644246',
      id_number: '5454-2233-1',
      linkedin_url: 'https://www.linkedin.com/in/bobby',
      deleted: false,
      position_uid: '11.11',
      status: 'In progress',
      prospect_status: 'Interested',
    });
    expect(candidate.person_uid).toMatch(/^05\./);
    expect(candidate.future_steps?.[0]?.name).toBe('Technical interview');
    expect(candidate.source).toMatchObject({ name: 'Sandbox partner app', type: 'Sourcing' });
    expect(candidate.resume?.name).toBe('bobby_cv.pdf');
    expect(candidate.resume?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/download\//);
    // The numeric ID of the profile URL is not the API uid; REAL_ID reads by it.
    const numericId = /\/can\/(\d+)$/.exec(candidate.URL!)![1]!;
    expect(numericId).not.toBe(candidate.uid);
    await expect(h.client.candidates.retrieve(numericId, { identifier_type: 'REAL_ID' })).resolves.toMatchObject({
      uid: created.uid,
    });
    expectTypeOf(candidate.status).toEqualTypeOf<CandidateStatus | null | undefined>();
    expectTypeOf<Candidate['opening']>().toMatchTypeOf<
      { hired_candidate_hire_date?: string | null } | null | undefined
    >();
  });

  test('a Hired candidate carries its opening, with the hire date', async () => {
    const created = await h.client.candidates.create(newCandidate());
    const stored = h.state.candidates.get(created.uid)!;
    stored.status = 'Hired';
    Object.assign(h.state.openings.get('0F.10')!, {
      status: 'Hired',
      hired_candidate_uid: created.uid,
      hired_candidate_hire_date: '2024-05-01T00:00:00Z',
      hired_candidate_start_date: '2024-06-01T00:00:00Z',
    });
    const hired = await h.client.candidates.retrieve(created.uid);
    expect(hired.status).toBe('Hired');
    expect(hired.current_steps).toEqual([]);
    expect(hired.opening).toEqual({
      uid: '0F.10',
      time_start_to_work: '2024-06-01T00:00:00Z',
      hired_candidate_hire_date: '2024-05-01T00:00:00Z',
    });
    const [opening] = (await h.client.openings.list()).items.filter((o) => o.hired_candidate_uid === created.uid);
    expect(opening).toMatchObject({ status: 'Hired', hired_candidate_hire_date: '2024-05-01T00:00:00Z' });
  });

  test('a deleted candidate is only its uid and `deleted`; the same person shares one person_uid', async () => {
    const a = await h.client.candidates.create(newCandidate({ email: 'ada@example.com' }));
    const b = await h.client.candidates.create(newCandidate({ position_uid: '22.22', email: 'ADA@example.com' }));
    expect((await h.client.candidates.retrieve(b.uid)).person_uid).toBe(
      (await h.client.candidates.retrieve(a.uid)).person_uid,
    );
    h.state.candidates.get(a.uid)!.deleted = true;
    expect(await h.client.candidates.list({ deleted: true }).toArray()).toEqual([{ uid: a.uid, deleted: true }]);
  });

  test('responses are lenient: unknown fields are kept, statuses Comeet adds later are accepted', async () => {
    h.server.use(
      http.get('*/candidates/:uid', () =>
        HttpResponse.json({ uid: 5555, status: 'Archived', tags: [{ name: 'silver' }], brand_new: { a: 1 } }),
      ),
    );
    const candidate = await h.client.candidates.retrieve('00.AAA');
    expect(candidate).toEqual({ uid: '5555', status: 'Archived', tags: [{ name: 'silver' }], brand_new: { a: 1 } });
  });

  test('the documented enumerations and the schemas parse the documented examples', () => {
    expect(CANDIDATE_STATUSES).toEqual([
      'In progress',
      'On hold',
      'Awaiting Decision',
      'Rejected',
      'Withdrawn',
      'Hired',
    ]);
    // Create a Candidate's response example, and the Candidate schema's source_contact.
    const example: Candidate = CandidateSchema.parse({
      uid: '00.AAA',
      position_uid: '11.11',
      source_contact: { full_name: 'Michael Rosen', email: 'michael@example.com', phone: '555 555 1234' },
      time_created: '2018-01-01T12:50:50Z',
      current_steps: [
        { name: 'Technical interview', type: 'In person Interview', time_scheduled: '2018-01-01T12:50:50Z' },
      ],
      status: 'In progress',
    });
    expect(example.source_contact?.full_name).toBe('Michael Rosen');
    expect(
      CandidateSchema.parse({ uid: 'X', source_contact: { uid: 'S.1', first_name: 'M', last_name: 'R' } }),
    ).toBeTruthy();
    // The Opening schema's example (its `headcount` a number, `time_opened` as the example names it).
    const opening: Opening = OpeningSchema.parse({
      uid: '7A.258',
      position_uid: 'AD.F22',
      name: 'Opening 1',
      approval_process: {
        uid: 'DF.A39',
        name: 'CEO Approval',
        time_started: '2023-02-26T13:48:30Z',
        time_completed: null,
        status: 'STARTED',
      },
      hired_candidate_uid: null,
      time_expected_hire: '2022-09-11T00:00:00Z',
      headcount: 1,
      reason: 'New',
      status: 'Pending',
      time_created: '2022-07-13T15:47:10Z',
      time_opened: '2022-07-13T00:00:00Z',
    });
    expect(opening.approval_process?.status).toBe('STARTED');
    // A position with its hiring team.
    const position: ComeetPosition = ComeetPositionSchema.parse({
      uid: '87.405',
      users: { lead_recruiter: { first_name: 'R', last_name: 'L' }, hiring_manager: null },
    });
    expect(position.users?.lead_recruiter?.first_name).toBe('R');
  });
});
