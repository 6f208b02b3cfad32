import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { JOB_CONTRACT_TYPES } from '@hr/coodesh';
import {
  RUNS,
  anyValue,
  anyValueOutcome,
  email,
  expectRefused,
  notEmail,
  notIntegerIn,
  notString,
} from './support/refusal.js';
import { type CoodeshRig, startCoodesh } from './support/rigs.js';

let rig: CoodeshRig;
let client: ReturnType<CoodeshRig['client']>;
beforeAll(async () => {
  rig = await startCoodesh({ assessmentCount: 6 });
});
beforeEach(() => {
  rig.reset();
  client = rig.client();
});
afterAll(() => rig.close());

// --- Arbitraries built from the documented rules ----------------------------------------------------

const nonBlank = fc.string({ minLength: 1, maxLength: 16 }).filter((s) => s.trim() !== '');
const httpsUrl = fc
  .tuple(
    fc.stringMatching(/^[a-z]{1,10}$/),
    fc.constantFrom('com', 'io', 'com.br'),
    fc.stringMatching(/^[a-z0-9-]{0,12}$/),
  )
  .map(([h, t, p]) => `https://${h}.${t}/${p}`);
const jobQuery = fc.record(
  {
    search: fc.string({ maxLength: 8 }),
    page: fc.integer({ min: 1, max: 5 }),
    pageSize: fc.integer({ min: 1, max: 2000 }),
  },
  { requiredKeys: [] },
);
const attempt = fc.record(
  {
    name: nonBlank,
    email,
    user_id: nonBlank,
    assessment_id: fc.constant(''), // filled with a real assessment below
    company_id: nonBlank,
    job_id: nonBlank,
    callback_url: httpsUrl,
    webhook_url: httpsUrl,
    disable_email: fc.boolean(),
  },
  {
    requiredKeys: ['name', 'email', 'user_id', 'assessment_id', 'company_id', 'job_id', 'callback_url', 'webhook_url'],
  },
);
const application = fc.record(
  {
    email,
    fullname: nonBlank,
    linkedin: httpsUrl,
    github: httpsUrl,
    cv: httpsUrl,
    contact_preference: nonBlank,
    contact_hour: nonBlank,
    contract_type: fc.constantFrom(...JOB_CONTRACT_TYPES),
    other_cities: fc.boolean(),
  },
  { requiredKeys: ['email', 'fullname'] },
);

describe('coodesh: valid generated input is accepted by the fake', () => {
  it('jobs.list, jobs.related and ats.assessments.list with any documented query', async () => {
    await fc.assert(
      fc.asyncProperty(jobQuery, async (query) => {
        const page = await client.jobs.list(query);
        expect(page.items.length).toBeLessThanOrEqual(query.pageSize ?? 20);
        await client.jobs.related(rig.state.jobs[0]!.slug!, query);
      }),
      RUNS,
    );
    const ids = rig.state.assessments.map((a) => a.assessment_id!);
    const atsQuery = fc.record(
      {
        offset: fc.nat({ max: 10 }),
        limit: fc.integer({ min: 0, max: 2000 }),
        search: fc.string({ maxLength: 4 }),
        _id: fc.subarray(ids, { minLength: 1 }),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(atsQuery, async (query) => void (await client.ats.assessments.list(query))),
      RUNS,
    );
  });

  it('ats.attempts.create then retrieve, and jobs.apply', async () => {
    const ids = rig.state.assessments.map((a) => a.assessment_id!);
    await fc.assert(
      fc.asyncProperty(attempt, fc.constantFrom(...ids), application, async (body, assessment_id, apply) => {
        rig.state.reset();
        const created = await client.ats.attempts.create({ ...body, assessment_id });
        await expect(client.ats.attempts.retrieve(created.attempt_id!)).resolves.toMatchObject({ status: 'invited' });
        await client.jobs.apply(rig.state.jobs[0]!._id!, apply);
      }),
      RUNS,
    );
  });

  it('auth: forgot password, resend confirmation, sign-up, OAuth and SAML starts', async () => {
    // The fake refuses passwords shorter than 8 characters, a rule the reference does not document.
    const password = fc.string({ minLength: 8, maxLength: 20 });
    const signup = fc.oneof(
      fc.record({ email, password, displayName: nonBlank }),
      fc.record({ email, generatePassword: fc.constant(true), firstName: nonBlank, lastName: nonBlank }),
    );
    await fc.assert(
      fc.asyncProperty(
        email,
        signup,
        fc.oneof(fc.record({ code: nonBlank }), fc.record({ access_token: nonBlank })),
        fc.oneof(fc.record({ email }), fc.record({ id: nonBlank })),
        async (address, body, oauth, saml) => {
          rig.state.reset();
          await client.auth.forgotPassword({ email: address });
          await client.auth.resendConfirmation({ email: address });
          await expect(client.auth.signup(body)).resolves.toMatchObject({ isNew: true });
          await client.auth.google(oauth);
          await client.auth.saml(saml);
        },
      ),
      RUNS,
    );
  });
});

describe('coodesh: arbitrary values in every argument', () => {
  it.each([
    ['jobs.list', (v: unknown) => client.jobs.list(v as never), /^query/],
    ['jobs.retrieve', (v: unknown) => client.jobs.retrieve(v as never), /^path\.slug/],
    ['jobs.related query', (v: unknown) => client.jobs.related('x', v as never), /^query/],
    ['jobs.apply body', (v: unknown) => client.jobs.apply('x', v as never), /^body/],
    ['ats.assessments.list', (v: unknown) => client.ats.assessments.list(v as never), /^query/],
    ['ats.attempts.create', (v: unknown) => client.ats.attempts.create(v as never), /^body/],
    ['ats.attempts.retrieve', (v: unknown) => client.ats.attempts.retrieve(v as never), /^path\.attemptId/],
    ['auth.signin', (v: unknown) => client.auth.signin(v as never), /^body/],
    ['auth.signup', (v: unknown) => client.auth.signup(v as never), /^body/],
    ['auth.resetPassword body', (v: unknown) => client.auth.resetPassword('sandbox-reset-token', v as never), /^body/],
    ['auth.google', (v: unknown) => client.auth.google(v as never), /^body/],
    ['per-call scope options', (v: unknown) => client.auth.validate(v as never), /^options/],
  ] as const)('%s', async (_name, call, prefix) => {
    await fc.assert(
      fc.asyncProperty(anyValue, (value) => anyValueOutcome(rig.server, () => call(value), prefix)),
      RUNS,
    );
  });
});

describe('coodesh: each broken rule is refused before sending, naming the field', () => {
  it.each([
    ['page', notIntegerIn(1)],
    ['pageSize', notIntegerIn(1, 2000)],
    ['limit', notIntegerIn(0, 2000)],
    ['search', fc.oneof(fc.integer(), fc.constant(null), fc.array(fc.string(), { minLength: 1 }))],
  ] as const)('jobs.list: %s', async (field, bad) => {
    await fc.assert(
      fc.asyncProperty(bad, (value) =>
        expectRefused(rig.server, () => client.jobs.list({ [field]: value } as never), `query.${field}`),
      ),
      RUNS,
    );
  });

  it.each([
    ['offset', notIntegerIn(0)],
    ['limit', notIntegerIn(0, 2000)],
    ['_id', fc.oneof(fc.constant(['']), fc.string(), fc.integer())],
  ] as const)('ats.assessments.list: %s', async (field, bad) => {
    await fc.assert(
      fc.asyncProperty(bad, (value) =>
        expectRefused(
          rig.server,
          () => client.ats.assessments.list({ [field]: value } as never),
          new RegExp(`^query\\.${field}(\\.|$)`),
        ),
      ),
      RUNS,
    );
  });

  it.each([
    ['name', fc.oneof(fc.constantFrom('', '  '), notString)],
    ['email', fc.oneof(notEmail, notString)],
    ['user_id', fc.oneof(fc.constant(''), notString)],
    ['assessment_id', fc.oneof(fc.constant(''), notString)],
    ['callback_url', fc.oneof(fc.constantFrom('not a url', 'example.com/back', ''), notString)],
    ['webhook_url', fc.oneof(fc.constantFrom('not a url', ''), notString)],
    ['disable_email', fc.oneof(fc.constantFrom('true', 1, null))],
  ] as const)('ats.attempts.create: %s', async (field, bad) => {
    await fc.assert(
      fc.asyncProperty(attempt, bad, (body, value) =>
        expectRefused(
          rig.server,
          () => client.ats.attempts.create({ ...body, assessment_id: 'a1', [field]: value } as never),
          `body.${field}`,
        ),
      ),
      RUNS,
    );
  });

  it.each([
    ['email', fc.oneof(notEmail, notString)],
    ['fullname', fc.oneof(fc.constantFrom('', ' '), notString)],
    ['cv', fc.constantFrom('not a url', 'cv.pdf')],
    ['contract_type', fc.string().filter((s) => !(JOB_CONTRACT_TYPES as readonly string[]).includes(s))],
  ] as const)('jobs.apply: %s', async (field, bad) => {
    await fc.assert(
      fc.asyncProperty(application, bad, (body, value) =>
        expectRefused(
          rig.server,
          () => client.jobs.apply(rig.state.jobs[0]!._id!, { ...body, [field]: value } as never),
          `body.${field}`,
        ),
      ),
      RUNS,
    );
  });

  it('auth: sign-in, sign-up, password reset, OAuth and SAML rules', async () => {
    await fc.assert(
      fc.asyncProperty(notEmail, (e) =>
        expectRefused(rig.server, () => client.auth.signin({ email: e, password: 'x' }), 'body.email'),
      ),
      RUNS,
    );
    await fc.assert(
      fc.asyncProperty(email, (e) =>
        expectRefused(rig.server, () => client.auth.signup({ email: e, displayName: 'Ada' }), 'body.password'),
      ),
      RUNS,
    );
    await fc.assert(
      fc.asyncProperty(email, fc.string({ minLength: 1 }), (e, pw) =>
        expectRefused(
          rig.server,
          () => client.auth.signup({ email: e, password: pw, firstName: 'Ada' }),
          'body.lastName',
        ),
      ),
      RUNS,
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), async (a, b) => {
        if (a !== b)
          await expectRefused(
            rig.server,
            () => client.auth.resetPassword('sandbox-reset-token', { newPassword: a, confirmPassword: b }),
            'body.confirmPassword',
          );
      }),
      RUNS,
    );
    await expectRefused(rig.server, () => client.auth.google({ scope: 'email' }), 'body.code');
    await expectRefused(rig.server, () => client.auth.saml({}), /^body/);
    await fc.assert(
      fc.asyncProperty(
        fc.string().filter((l) => !['pt', 'en', 'es'].includes(l)),
        (language) => expectRefused(rig.server, () => client.auth.validate({ language } as never), 'options.language'),
      ),
      RUNS,
    );
  });

  it('path ids that could rewrite the path', async () => {
    for (const id of ['', '.', '..']) {
      await expectRefused(rig.server, () => client.jobs.retrieve(id), 'path.slug');
      await expectRefused(rig.server, () => client.ats.attempts.retrieve(id), 'path.attemptId');
      await expectRefused(rig.server, () => client.jobs.apply(id, { email: 'a@b.co', fullname: 'A' }), 'path.jobId');
    }
  });
});
