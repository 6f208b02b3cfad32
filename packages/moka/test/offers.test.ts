import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HIRE_MODE, MOKA_BASE_URL, MokaClient, OFFER_CUSTOM_FIELD_TYPE } from '../src/index.js';
import { API_KEY, type Harness, startHarness } from './setup.js';

describe('offers.listCustomFields', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  it('GETs /offers/custom_fields with Basic auth (key as user, empty password) and returns social and campus', async () => {
    const fields = await h.client.offers.listCustomFields();
    expect(fields.social.map((f) => f.id)).toEqual([496, 281, 456]);
    expect(fields.campus.map((f) => f.name)).toEqual(['Time period4', 'Single line text', '家庭住址']);
    const choice = fields.social.find((f) => f.type === OFFER_CUSTOM_FIELD_TYPE.CHOICE);
    expect(choice?.detail).toEqual(['子公司1', '子公司2', '子公司3']);
    expect(choice?.hire_mode).toBe(HIRE_MODE.CAMPUS);
    const request = h.server.requests[0]!;
    expect(request.method).toBe('GET');
    expect(request.path).toBe('/api-platform/v1/offers/custom_fields');
    expect(request.headers['authorization']).toBe(`Basic ${Buffer.from(`${API_KEY}:`).toString('base64')}`);
  });

  it('exposes the documented type and hire mode codes', () => {
    expect(OFFER_CUSTOM_FIELD_TYPE).toEqual({
      SINGLE_LINE_TEXT: 1,
      MULTI_LINE_TEXT: 2,
      YES_NO: 3,
      YEAR_MONTH: 4,
      CHOICE: 6,
      TIME_PERIOD: 7,
      OFFER_HEADCOUNT: 8,
      DATE: 9,
      NUMBER: 10,
    });
    expect(HIRE_MODE).toEqual({ EXPERIENCED: 1, CAMPUS: 2 });
  });

  it('defaults to the production platform; a documented /v1 base URL becomes its platform root', () => {
    expect(new MokaClient({ apiKey: 'k' }).baseUrl).toBe('https://api.mokahr.com/api-platform');
    expect(MOKA_BASE_URL).toBe('https://api.mokahr.com/api-platform/v1');
    expect(new MokaClient({ apiKey: 'k', baseUrl: 'https://api-staging-3.mokahr.com/api-platform/v1/' }).baseUrl).toBe(
      'https://api-staging-3.mokahr.com/api-platform',
    );
    expect(new MokaClient({ apiKey: 'k', baseUrl: 'https://proxy.example.com/moka' }).baseUrl).toBe(
      'https://proxy.example.com/moka',
    );
  });

  it('refuses a client without an API key', () => {
    expect(() => new MokaClient({ apiKey: '' })).toThrow(/apiKey/);
  });
});
