import { afterEach, describe, expect, expectTypeOf, test } from 'vitest';
import { type CreatePreHireBody, InputValidationError, type PatchPreHireV2Body, type PreHireV2 } from '../src/index.js';
import { captureLogger, type Harness, rejectionOf, requestsTo, startHarness } from './setup.js';

// Each test names a field the hand-written models got wrong before the models were generated from
// the official definitions (scripts/manifest/pre-hires.json), and fails on the old behaviour.

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const V2 = '/open-apis/corehr/v2/pre_hires';

const minimalHire = (): CreatePreHireBody => ({
  basic_info: { name: { full_name: 'Ada Lovelace' }, phone_number: '13800009999' },
  offer_info: { onboarding_date: '2026-03-02' },
});

/** The JSON body of the last create sent. */
const sentCreate = () => JSON.parse(requestsTo(harness!.server, V2, 'POST').at(-1)!.body) as Record<string, never>;

describe('responses: the official definitions type these fields as strings', () => {
  test('search: employment_type, entry_mode, recruitment_type, contract_type, duration_type, signing_type are strings, parsed without a warning', async () => {
    const log = captureLogger();
    harness = await startHarness({ logger: log.logger, validateResponses: 'warn' });
    const searched = await harness.client.preHires.search({
      pre_hire_ids: ['7140964208476371'],
      fields: ['employment_info', 'onboarding_info', 'contract_info'],
    });
    const preHire = searched.items![0]!;
    const values = [
      preHire.employment_info?.employment_type,
      preHire.onboarding_info?.entry_mode,
      preHire.onboarding_info?.recruitment_type,
      preHire.contract_info?.contract_type,
      preHire.contract_info?.duration_type,
      preHire.contract_info?.signing_type,
    ];
    expect(values.every((value) => typeof value === 'string')).toBe(true);
    expectTypeOf(preHire.employment_info!.employment_type).toEqualTypeOf<string | null | undefined>();
    expect(log.lines.filter((line) => /Unexpected response shape/.test(line))).toEqual([]);
  });

  test('people_fields_json is typed (a string) and parses without a warning', async () => {
    const log = captureLogger();
    harness = await startHarness({ logger: log.logger, validateResponses: 'warn' });
    const record = harness.state.preHiresV2.get('7140964208476371')!;
    record.people_fields_json = JSON.stringify({ custom_field1__c: 'x' });
    const page = await harness.client.preHires.query({
      pre_hire_ids: ['7140964208476371'],
      fields: ['people_fields_json'],
    });
    expectTypeOf<PreHireV2['people_fields_json']>().toEqualTypeOf<string | null | undefined>();
    expect(page.items?.[0]?.people_fields_json).toBe('{"custom_field1__c":"x"}');
    expect(log.lines.filter((line) => /Unexpected response shape/.test(line))).toEqual([]);
  });
});

describe('create: the body as Feishu defines it', () => {
  test('offer_info.probation_period is a string: "6" is sent, the number 6 is refused before sending', async () => {
    harness = await startHarness();
    const body = minimalHire();
    body.offer_info.probation_period = '6';
    await harness.client.preHires.create(body);
    expect(sentCreate().offer_info).toMatchObject({ probation_period: '6' });
    const error = await rejectionOf(
      harness.client.preHires.create({ ...body, offer_info: { probation_period: 6 } } as never),
    );
    expect((error as InputValidationError).issues.map((i) => i.path)).toContain('body.offer_info.probation_period');
    expect(requestsTo(harness.server, V2, 'POST')).toHaveLength(1);
  });

  test('basic_info.emergency_contact_list[].email is one object: a valid body carrying it is sent', async () => {
    harness = await startHarness();
    const body = minimalHire();
    body.basic_info.emergency_contact_list = [
      {
        legal_name: '王冰',
        relationship: 'parent',
        email: { email: 'bing@example.com', is_primary: true, is_public: false, email_usage: 'home' },
      },
    ];
    await harness.client.preHires.create(body);
    expect(sentCreate().basic_info).toMatchObject({
      emergency_contact_list: [{ email: { email: 'bing@example.com', email_usage: 'home' } }],
    });
  });

  test('offer_info.cost_center_rate (the create body key) is typed and checked: a rate that is not an integer is refused', async () => {
    harness = await startHarness();
    const body = minimalHire();
    body.offer_info.cost_center_rate = [{ cost_center_id: '6950635856373745165', rate: 100 }];
    await harness.client.preHires.create(body);
    expect(sentCreate().offer_info).toMatchObject({ cost_center_rate: [{ rate: 100 }] });
    body.offer_info.cost_center_rate = [{ cost_center_id: '6950635856373745165', rate: 99.5 }];
    const error = await rejectionOf(harness.client.preHires.create(body));
    expect((error as InputValidationError).issues.map((i) => i.path)).toContain(
      'body.offer_info.cost_center_rate.0.rate',
    );
  });

  test('every documented field of basic_info and offer_info is typed: legal_name, nationality_id, nationality_v2_id, application, job_id, department_id... are sent', async () => {
    harness = await startHarness();
    const body = {
      basic_info: {
        name: { full_name: 'Ada Lovelace' },
        legal_name: { full_name: 'Augusta Ada King' },
        nationality_id: '6862995757234914824',
        nationality_v2_id: '6862995757234914825',
        additional_nationality_id_list: ['6862995757234914826'],
        phone_number: '13800007777',
      },
      offer_info: {
        onboarding_date: '2026-03-02',
        job_id: '6977976735715378724',
        department_id: '7147562782945478177',
        job_grade_id: '7289005963599693367',
      },
      application: '7140946969586010376',
    } satisfies CreatePreHireBody;
    await harness.client.preHires.create(body);
    expect(sentCreate()).toMatchObject(body);
  });

  test('emails are strings as Feishu defines them: a basic_info.email that is not an address is sent (Feishu decides)', async () => {
    harness = await startHarness();
    const body = minimalHire();
    body.basic_info.email = 'ada at example dot com';
    body.offer_info.work_email = 'ada@';
    await harness.client.preHires.create(body);
    expect(sentCreate()).toMatchObject({
      basic_info: { email: 'ada at example dot com' },
      offer_info: { work_email: 'ada@' },
    });
  });

  test('rules no page states are not enforced: a date_of_birth in another format and two primary addresses are sent', async () => {
    harness = await startHarness();
    const body = minimalHire();
    body.basic_info.date_of_birth = '1990-12-10T00:00:00.000Z'; // the update page's own example has this form
    body.basic_info.address_list = [
      { country_region_id: 'cn', address_types: ['home_address'], is_primary: true, is_public: false },
      { country_region_id: 'cn', address_types: ['home_address'], is_primary: true, is_public: false },
    ];
    await harness.client.preHires.create(body);
    expect(sentCreate().basic_info).toMatchObject({ date_of_birth: '1990-12-10T00:00:00.000Z' });
  });
});

describe('patchV2 and search: the documented fields and only the documented rules', () => {
  test('patchV2 types the full update blocks (nationality_v2_id, job_id, department_id...) and sends them', async () => {
    harness = await startHarness();
    const body = {
      basic_info_update: { nationality_v2_id: '6862995757234914825' },
      offer_info_update: {
        job_id: '6977976735715378724',
        department_id: '7147562782945478177',
        onboarding_date: '2026/01/01',
      },
      standard_update_fields: ['basic_info_update.nationality_v2_id', 'offer_info_update.job_id'],
    } satisfies PatchPreHireV2Body;
    await harness.client.preHires.patchV2('7140964208476371', body);
    const [sent] = requestsTo(harness.server, `${V2}/7140964208476371`, 'PATCH');
    // The update page states no date format for onboarding_date: the value goes to Feishu as given.
    expect(JSON.parse(sent!.body)).toEqual(body);
  });

  test('search dates are sent as given (the page states no format); a range still needs both ends (the page says so)', async () => {
    harness = await startHarness();
    await harness.client.preHires.search({ onboarding_date_start: '2026-01-01', onboarding_date_end: '2026-12-31' });
    const error = await rejectionOf(harness.client.preHires.search({ onboarding_date_start: '2026-01-01' }));
    expect((error as InputValidationError).issues.map((i) => i.path)).toContain('body.onboarding_date_end');
  });
});
