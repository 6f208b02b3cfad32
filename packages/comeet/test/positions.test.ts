import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { http, HttpResponse } from 'msw';
import { captureLogger } from '@hr/core/testing';
import {
  AuthenticationError,
  ComeetCareersClient,
  HRError,
  InputValidationError,
  NotFoundError,
} from '../src/index.js';
import { type Harness, newCandidate, startHarness } from './setup.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

describe('positions (Recruiting API)', () => {
  test('list returns every shared position with its documented fields, typed', async () => {
    const positions = await h.client.positions.list().toArray();
    expect(positions.map((p) => p.uid)).toEqual(['11.11', '22.22', '33.33']);
    const qa = positions[0]!;
    expect(qa).toMatchObject({ name: 'Automation QA', status: 'open', department: 'R&D', workplace_type: 'Hybrid' });
    expect(qa.location?.city).toBe('Tel Aviv');
    expect(qa.categories?.[0]).toEqual({ name: 'Team', value: 'Quality', order: 1 });
    expect(qa.position_url).toMatch(/\/positions\/11\.11$/);
    expect(qa.users?.lead_recruiter).toEqual({ first_name: 'Rina', last_name: 'Levi', email: 'rina@sandbox.example' });
    expect(qa.users?.hiring_manager?.email).toBe('kelly@sandbox.example');
    expect(h.server.requests.at(-1)).toMatchObject({ method: 'GET', path: '/positions' });
  });

  test('retrieve reads one position; an unknown uid is a NotFoundError', async () => {
    await expect(h.client.positions.retrieve('33.33')).resolves.toMatchObject({ status: 'on hold', is_discreet: true });
    const error = await h.client.positions.retrieve('99.99').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).code).toBe('not_found');
  });

  test('a position from the list feeds candidates.create; a made-up position_uid is refused by Comeet (404)', async () => {
    const open = (await h.client.positions.list({ status: 'open' })).items[0]!;
    const created = await h.client.candidates.create(newCandidate({ position_uid: open.uid }));
    expect(created.position_uid).toBe(open.uid);
    const error = await h.client.candidates.create(newCandidate({ position_uid: '77.77' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).code).toBe('position_not_found');
    expect(h.state.candidates.size).toBe(1);
  });

  test('listCandidates reads the position’s own endpoint', async () => {
    const a = await h.client.candidates.create(newCandidate({ position_uid: '11.11' }));
    await h.client.candidates.create(newCandidate({ position_uid: '22.22' }));
    const b = await h.client.candidates.create(newCandidate({ position_uid: '11.11', first_name: 'Ann' }));
    const found = await h.client.positions.listCandidates('11.11').toArray();
    expect(found.map((c) => c.uid)).toEqual([a.uid, b.uid]);
    expect(h.server.requests.at(-1)).toMatchObject({ method: 'GET', path: '/positions/11.11/candidates' });
    const sent = h.server.requests.length;
    await expect(h.client.positions.listCandidates('').toArray()).rejects.toBeInstanceOf(InputValidationError);
    expect(h.server.requests.length).toBe(sent);
    await expect(h.client.positions.listCandidates('99.99').toArray()).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('candidates.list and candidates.update', () => {
  test('list sends the documented filters with their wire names and applies them', async () => {
    const a = await h.client.candidates.create(newCandidate());
    h.state.candidates.get(a.uid)!.status = 'Rejected';
    await h.client.candidates.create(newCandidate({ position_uid: '22.22' }));
    const rejected = await h.client.candidates.list({ status: ['Rejected', 'Hired'], deleted: false }).toArray();
    expect(rejected.map((c) => c.uid)).toEqual([a.uid]);
    expect(h.server.requests.at(-1)!.query).toEqual({ status: 'Rejected,Hired', deleted: 'False' });
    const later = await h.client.candidates.list({ 'time_created:after': '2999-01-01T00:00:00Z' }).toArray();
    expect(later).toEqual([]);
    expect(h.server.requests.at(-1)!.query).toEqual({ 'time_created:after': '2999-01-01T00:00:00Z' });
  });

  test('list refuses a malformed time filter before sending', async () => {
    const before = h.server.requests.length;
    const error = await h.client.candidates.list({ 'time_created:after': '2024-01-01' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputValidationError);
    expect((error as Error).message).toMatch(/query\.time_created:after: must be a UTC time/);
    expect(h.server.requests.length).toBe(before);
  });

  test('update PATCHes only the given properties and returns the candidate', async () => {
    const created = await h.client.candidates.create(newCandidate());
    const updated = await h.client.candidates.update(created.uid, {
      updated_by: { type: 'app', name: 'Sync service' },
      phone: '+1-666-000-0000',
      custom_fields: { field1: 'v2' },
    });
    expect(updated.uid).toBe(created.uid);
    const last = h.server.requests.at(-1)!;
    expect(last.method).toBe('PATCH');
    expect(last.path).toBe(`/candidates/${created.uid}`);
    expect(JSON.parse(last.body)).toEqual({
      updated_by: { type: 'app', name: 'Sync service' },
      phone: '+1-666-000-0000',
      custom_fields: { field1: 'v2' },
    });
    expect(h.state.candidates.get(created.uid)!.body).toMatchObject({ phone: '+1-666-000-0000', first_name: 'Bobby' });
  });

  test('update checks the documented rules before sending, and maps Comeet refusals', async () => {
    const created = await h.client.candidates.create(newCandidate());
    const sent = h.server.requests.length;
    for (const body of [
      { updated_by: { type: 'robot', name: 'x' } },
      { updated_by: { type: 'app', name: '' } },
      { email: 'not-an-email' },
      { prospect_status: 'Maybe' },
      { linkedin_url: 'https://example.com/in/x' },
    ]) {
      const error = await h.client.candidates.update(created.uid, body as never).catch((e: unknown) => e);
      expect(error, JSON.stringify(body)).toBeInstanceOf(InputValidationError);
      expect((error as InputValidationError).operation).toBe('candidates.update');
    }
    expect(h.server.requests.length).toBe(sent);
    // Unknown keys are sent as given (open request bodies).
    await h.client.candidates.update(created.uid, { phone: '1', brand_new: true } as never);
    expect(JSON.parse(h.server.requests.at(-1)!.body)).toEqual({ phone: '1', brand_new: true });
    // The Update page requires none of source_contact's fields (Create requires full_name and email).
    await h.client.candidates.update(created.uid, { source_contact: { email: 'new.agent@example.com' } });
    expect(JSON.parse(h.server.requests.at(-1)!.body)).toEqual({ source_contact: { email: 'new.agent@example.com' } });
    const badContact = await h.client.candidates
      .update(created.uid, { source_contact: { email: 'not-an-email' } })
      .catch((e: unknown) => e);
    expect((badContact as InputValidationError).issues[0]!.path).toBe('body.source_contact.email');
    const missing = await h.client.candidates.update('00.404', { phone: '1' }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect((missing as NotFoundError).code).toBe('candidate_not_found');
  });
});

describe('ComeetCareersClient (public Careers API)', () => {
  const TOKEN = 'careers-token-8d41f2c7';
  let careers: ComeetCareersClient;
  beforeEach(async () => {
    await h.close();
    h = await startHarness({}, { careersToken: TOKEN, companyUid: '99.001' });
    careers = new ComeetCareersClient({
      companyUid: '99.001',
      token: TOKEN,
      baseUrl: `${h.server.url}/careers-api/2.0`,
      maxRetries: 0,
    });
  });

  test('lists only published positions, with details on request, the token as a query parameter', async () => {
    const positions = await careers.positions.list();
    expect(positions.map((p) => p.uid)).toEqual(['11.11', '22.22']);
    expect(positions[0]!.details).toBeUndefined();
    expect(positions[0]).not.toHaveProperty('status');
    const request = h.server.requests.at(-1)!;
    expect(request.path).toBe('/careers-api/2.0/company/99.001/positions');
    expect(request.query).toEqual({ token: TOKEN });
    expect(request.headers['authorization']).toBeUndefined();
    const detailed = await careers.positions.retrieve('22.22', { details: true });
    expect(detailed.details?.[0]?.name).toBe('Description');
    expect(h.server.requests.at(-1)!.query).toEqual({ token: TOKEN, details: 'true' });
    await expect(careers.positions.retrieve('33.33')).rejects.toBeInstanceOf(NotFoundError);
  });

  test('needs both credentials, and says which one is missing', () => {
    expect(() => new ComeetCareersClient({ companyUid: '99.001', token: '' })).toThrow(/needs `token`/);
    expect(() => new ComeetCareersClient({ companyUid: '', token: TOKEN })).toThrow(/needs `companyUid`/);
    expect(() => new ComeetCareersClient({} as never)).toThrow(HRError);
  });

  test('the token never appears in errors, serialized errors or debug logs, even when the server echoes it', async () => {
    const { lines, logger } = captureLogger();
    const wrong = new ComeetCareersClient({
      companyUid: '99.001',
      token: 'wrong-careers-token-51ab',
      baseUrl: `${h.server.url}/careers-api/2.0`,
      maxRetries: 0,
      logger,
      logLevel: 'debug',
    });
    const error = await wrong.positions.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    // A server that echoes the token it received, in its body and a header.
    h.server.use(
      http.get('*/careers-api/2.0/company/:company/positions', ({ request }) => {
        const token = new URL(request.url).searchParams.get('token') ?? '';
        return HttpResponse.json(
          { status: 403, error: 'no_permission', message: `token ${token} may not read this`, url: request.url },
          { status: 403, headers: { 'x-echo': token } },
        );
      }),
    );
    const echoed = await wrong.positions.list().catch((e: unknown) => e);
    expect((echoed as Error).message).toContain('may not read this');
    const text = [error, echoed]
      .map((e) => [String(e), JSON.stringify(e), inspect(e, { depth: 10 })].join('\n'))
      .concat(lines)
      .join('\n');
    expect(text).not.toContain('wrong-careers-token-51ab');
    expect(lines.some((line) => line.includes('/careers-api/2.0/company/99.001/positions'))).toBe(true);
    h.server.resetHandlers();
    const ok = await new ComeetCareersClient({
      companyUid: '99.001',
      token: TOKEN,
      baseUrl: `${h.server.url}/careers-api/2.0`,
      logger,
      logLevel: 'debug',
    }).positions.list({ details: true });
    expect(ok.length).toBe(2);
    expect(lines.join('\n')).not.toContain(TOKEN);
  });
});
