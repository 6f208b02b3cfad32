import { Readable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { InputValidationError } from '@hr/core';
import {
  type CreateCandidateParams,
  FILE_EXTENSIONS,
  IMAGE_EXTENSIONS,
  MAX_FILE_BYTES,
  PROSPECT_STATUSES,
  attachmentFrom,
  pictureFrom,
  resumeFrom,
} from '@hr/comeet';
import {
  RUNS,
  anyValue,
  anyValueOutcome,
  email,
  expectRefused,
  notEmail,
  notString,
  rejectionOf,
} from './support/refusal.js';
import { type ComeetRig, startComeet } from './support/rigs.js';

let rig: ComeetRig;
let client: ReturnType<ComeetRig['client']>;
beforeAll(async () => {
  rig = await startComeet();
});
beforeEach(() => {
  rig.reset();
  client = rig.client();
});
afterAll(() => rig.close());

// --- Arbitraries built from the documented rules ----------------------------------------------------

const blankless = fc.string({ minLength: 1, maxLength: 16 }).filter((s) => s.trim() !== '');
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,15}$/);
const bytes = fc.uint8Array({ minLength: 1, maxLength: 64 });
const base64 = bytes.map((b) => Buffer.from(b).toString('base64'));
const IMAGE_SIGNATURES = [
  [0xff, 0xd8, 0xff],
  [0x89, 0x50, 0x4e, 0x47],
  [0x47, 0x49, 0x46, 0x38],
  [0x42, 0x4d],
];
const imageBytes = fc
  .tuple(fc.constantFrom(...IMAGE_SIGNATURES), fc.uint8Array({ maxLength: 32 }))
  .map(([sig, tail]) => Buffer.concat([Buffer.from(sig), Buffer.from(tail)]));
const fileNamed = (extensions: readonly string[]) =>
  fc
    .tuple(slug, fc.constantFrom(...extensions), fc.boolean())
    .map(([s, ext, upper]) => `${s}${upper ? ext.toUpperCase() : ext}`);
const httpsUrl = fc
  .tuple(fc.stringMatching(/^[a-z]{1,10}$/), fc.constantFrom('com', 'io', 'co.il'), slug)
  .map(([host, tld, path]) => `https://${host}.${tld}/${path}`);

const candidate: fc.Arbitrary<CreateCandidateParams> = fc.record(
  {
    position_uid: fc.constantFrom('11.11', '22.22'),
    partner_candidate_id: fc.uuid(),
    first_name: blankless,
    middle_name: fc.string({ maxLength: 10 }),
    last_name: blankless,
    email,
    phone: fc.stringMatching(/^\+?\d{6,12}$/),
    mobile_phone: fc.stringMatching(/^\+?\d{6,12}$/),
    national_id: fc.stringMatching(/^\d{5,9}$/),
    linkedin_url: fc
      .tuple(fc.constantFrom('https://www.', 'https://', 'http://il.'), slug)
      .map(([prefix, s]) => `${prefix}linkedin.com/in/${s}`),
    salary_expectations: fc.string({ maxLength: 20 }),
    prospect_status: fc.constantFrom(...PROSPECT_STATUSES),
    resume: fc.record({ name: fileNamed(FILE_EXTENSIONS), file: base64 }),
    picture: fc.record(
      { name: fileNamed(IMAGE_EXTENSIONS), file: imageBytes.map((b) => b.toString('base64')) },
      { requiredKeys: ['file'] },
    ),
    links: fc.array(fc.record({ url: httpsUrl }), { maxLength: 3 }),
    files: fc.array(
      fc.record({ name: fc.oneof(fileNamed(FILE_EXTENSIONS), fc.constant('Coding Challenge')), file: base64 }),
      { maxLength: 3 },
    ),
    source_contact: fc.record(
      { full_name: blankless, email, phone: fc.stringMatching(/^\d{6,10}$/) },
      { requiredKeys: ['full_name', 'email'] },
    ),
    address: fc.record(
      {
        country: fc.stringMatching(/^[A-Z]{2,3}$/),
        city: fc.string(),
        state: fc.string(),
        zip: fc.string(),
        street: fc.string(),
      },
      { requiredKeys: [] },
    ),
    custom_fields: fc.dictionary(
      fc.constantFrom('field1', 'Expected start'),
      fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
    ),
    note: fc.string({ maxLength: 40 }),
  },
  { requiredKeys: ['position_uid', 'first_name', 'last_name'] },
);

describe('comeet: valid generated input is accepted by the fake', () => {
  it('candidates.create with any documented field, then retrieve and listFiles', async () => {
    await fc.assert(
      fc.asyncProperty(candidate, async (body) => {
        rig.state.reset();
        const created = await client.candidates.create(body);
        expect(created.position_uid).toBe(body.position_uid);
        await expect(client.candidates.retrieve(created.uid)).resolves.toMatchObject({ uid: created.uid });
        await expect(client.candidates.listFiles(created.uid)).resolves.toHaveLength(body.files?.length ?? 0);
      }),
      RUNS,
    );
  });

  it('the file helpers build inputs the fake accepts, from buffers and streams', async () => {
    await fc.assert(
      fc.asyncProperty(
        fileNamed(FILE_EXTENSIONS),
        fileNamed(FILE_EXTENSIONS),
        fileNamed(IMAGE_EXTENSIONS),
        bytes,
        imageBytes,
        fc.boolean(),
        async (cv, other, photo, content, image, asStream) => {
          rig.state.reset();
          const source = (data: Uint8Array) => (asStream ? Readable.from([Buffer.from(data)]) : data);
          const resume = await resumeFrom(source(content), { fileName: cv });
          const attachment = await attachmentFrom(source(content), { fileName: other });
          const picture = await pictureFrom(source(image), { fileName: photo });
          expect(Buffer.from(resume.file, 'base64')).toEqual(Buffer.from(content));
          await client.candidates.create({
            position_uid: '11.11',
            first_name: 'A',
            last_name: 'B',
            resume,
            picture,
            files: [attachment],
          });
        },
      ),
      RUNS,
    );
  });
});

describe('comeet: arbitrary values in every argument', () => {
  it.each([
    ['candidates.create', (v: unknown) => client.candidates.create(v as never), /^body/],
    ['candidates.retrieve uid', (v: unknown) => client.candidates.retrieve(v as never), /^path\.uid/],
    [
      'candidates.retrieve params',
      (v: unknown) => client.candidates.retrieve('1A.A01', v as never),
      /^(query|headers\.identifier_type)/,
    ],
    ['candidates.listFiles', (v: unknown) => client.candidates.listFiles(v as never), /^path\.uid/],
  ] as const)('%s', async (_name, call, prefix) => {
    await fc.assert(
      fc.asyncProperty(anyValue, (value) => anyValueOutcome(rig.server, () => call(value), prefix)),
      RUNS,
    );
  });

  it.each([
    ['resumeFrom', resumeFrom, 'resume'],
    ['attachmentFrom', attachmentFrom, 'files'],
    ['pictureFrom', pictureFrom, 'picture'],
  ] as const)(
    '%s: any name and content either builds a valid input or is refused naming the file',
    async (_name, helper, kind) => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.string(), fileNamed(FILE_EXTENSIONS)),
          fc.oneof(bytes, imageBytes),
          async (fileName, content) => {
            const outcome = await helper(content, { fileName }).then(
              (file) => file,
              (error: unknown) => error,
            );
            if (InputValidationError.isInstance(outcome)) {
              expect(outcome.issues.map((i) => i.path)).toEqual([kind]);
              return;
            }
            expect(outcome).toMatchObject({ name: fileName, file: Buffer.from(content).toString('base64') });
          },
        ),
        RUNS,
      );
    },
  );
});

describe('comeet: each broken rule is refused before sending, naming the field', () => {
  const base = { position_uid: '11.11', first_name: 'Bobby', last_name: 'Chauck' };

  it.each([
    ['position_uid', fc.oneof(fc.constantFrom('', '   '), notString)],
    ['first_name', fc.oneof(fc.constantFrom('', ' ', '\t\n'), notString)],
    ['last_name', fc.oneof(fc.constantFrom('', ' '), notString)],
    ['email', fc.oneof(notEmail, notString)],
    [
      'linkedin_url',
      fc.oneof(httpsUrl, fc.constantFrom('linkedin.com/in/x', 'https://linkedin.example.com/in/x'), notString),
    ],
    [
      'prospect_status',
      fc.oneof(
        fc.string().filter((s) => !(PROSPECT_STATUSES as readonly string[]).includes(s)),
        notString,
      ),
    ],
    ['partner_candidate_id', fc.oneof(fc.constant(''), fc.integer())],
    ['links', fc.oneof(fc.constant([{ url: 'not a url' }]), fc.constant([{ href: 'https://x.io' }]), fc.string())],
    [
      'address',
      fc.oneof(
        fc.stringMatching(/^[A-Za-z]{4,6}$/).map((country) => ({ country })),
        fc.constant({ country: 'U1' }),
      ),
    ],
    [
      'source_contact',
      fc.oneof(
        fc.constant({ full_name: 'Head Hunter' }),
        email.map((e) => ({ full_name: ' ', email: e })),
        fc.constant({ full_name: 'H', email: 'nope' }),
      ),
    ],
    ['custom_fields', fc.oneof(fc.constant({ field1: { nested: true } }), fc.constant({ field1: [1] }), fc.string())],
  ] as const)('create: %s', async (field, bad) => {
    await fc.assert(
      fc.asyncProperty(bad, (value) =>
        expectRefused(
          rig.server,
          () => client.candidates.create({ ...base, [field]: value } as never),
          new RegExp(`^body\\.${field}(\\.|$)`),
        ),
      ),
      RUNS,
    );
  });

  it('create: a resume of a type no version of the page allows, content that is not base64, a picture that is not an image', async () => {
    // One version of the Create page allows .pdf/.doc/.docx for the resume, another every `files` type.
    const notResume = fc
      .tuple(slug, fc.stringMatching(/^\.[a-z0-9]{1,5}$/))
      .filter(([, ext]) => !FILE_EXTENSIONS.includes(ext))
      .map(([s, ext]) => `${s}${ext}`);
    await fc.assert(
      fc.asyncProperty(notResume, base64, (name, file) =>
        expectRefused(
          rig.server,
          () => client.candidates.create({ ...base, resume: { name, file } }),
          'body.resume.name',
        ),
      ),
      RUNS,
    );
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[A-Za-z0-9+/]{1,7}[^A-Za-z0-9+/=]$/), (file) =>
        expectRefused(
          rig.server,
          () => client.candidates.create({ ...base, files: [{ name: 'a.txt', file }] }),
          'body.files.0.file',
        ),
      ),
      RUNS,
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 3 }), (text) =>
        expectRefused(
          rig.server,
          () => client.candidates.create({ ...base, picture: { file: Buffer.from(`txt${text}`).toString('base64') } }),
          'body.picture.file',
        ),
      ),
      RUNS,
    );
  });

  it('create: a file over 6 MB is refused; one exactly at the limit is accepted', async () => {
    const over = Buffer.alloc(MAX_FILE_BYTES + 1, 1).toString('base64');
    await expectRefused(
      rig.server,
      () => client.candidates.create({ ...base, files: [{ name: 'big.zip', file: over }] }),
      'body.files.0.file',
    );
    const at = Buffer.alloc(MAX_FILE_BYTES, 1).toString('base64');
    await expect(client.candidates.create({ ...base, files: [{ name: 'big.zip', file: at }] })).resolves.toMatchObject({
      position_uid: '11.11',
    });
  });

  it('attachmentFrom: a stream over 6 MB is refused after reading just past the limit', async () => {
    let read = 0;
    async function* chunks() {
      for (let i = 0; i < 100; i++) {
        read += 1024 * 1024;
        yield Buffer.alloc(1024 * 1024);
      }
    }
    const error = await rejectionOf(() => attachmentFrom(chunks(), { fileName: 'huge.zip' }));
    expect(InputValidationError.isInstance(error)).toBe(true);
    expect((error as InputValidationError).issues[0]!.path).toBe('files');
    expect(read).toBe(7 * 1024 * 1024);
  });

  it('retrieve / listFiles: uids that could rewrite the path, and an unknown identifier type', async () => {
    for (const uid of ['', '.', '..']) {
      await expectRefused(rig.server, () => client.candidates.retrieve(uid), 'path.uid');
      await expectRefused(rig.server, () => client.candidates.listFiles(uid), 'path.uid');
    }
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string().filter((s) => s !== 'REAL_ID' && s !== ''),
          fc.integer({ min: 1 }),
          fc.constant({}),
        ),
        (identifier_type) =>
          expectRefused(
            rig.server,
            () => client.candidates.retrieve('1A.A01', { identifier_type } as never),
            /identifier_type/,
          ),
      ),
      RUNS,
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.constant(['']), fc.integer()), (include) =>
        expectRefused(rig.server, () => client.candidates.retrieve('1A.A01', { include } as never), /^query\.include/),
      ),
      RUNS,
    );
  });
});
