import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { InputValidationError } from '@hr/core';
import { MAX_FILE_BYTES, attachmentFrom, pictureFrom, resumeFrom } from '../src/index.js';
import { PNG_BYTES, newCandidate, startHarness, type Harness } from './setup.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'comeet-files-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function refusal(promise: Promise<unknown>): Promise<InputValidationError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputValidationError);
  return error as InputValidationError;
}

describe('file helpers', () => {
  test('resumeFrom reads a path and base64-encodes it under its base name', async () => {
    const path = join(dir, 'bobby_cv.pdf');
    await writeFile(path, '%PDF-1.4 tiny');
    expect(await resumeFrom(path)).toEqual({
      name: 'bobby_cv.pdf',
      file: Buffer.from('%PDF-1.4 tiny').toString('base64'),
    });
  });

  test('resumeFrom takes a Buffer or a stream with a fileName', async () => {
    const fromBuffer = await resumeFrom(Buffer.from('doc'), { fileName: 'cv.docx' });
    expect(fromBuffer).toEqual({ name: 'cv.docx', file: Buffer.from('doc').toString('base64') });
    const fromStream = await resumeFrom(Readable.from([Buffer.from('a'), Buffer.from('b')]), { fileName: 'cv.doc' });
    expect(Buffer.from(fromStream.file, 'base64').toString()).toBe('ab');
  });

  test('a Buffer without fileName is refused (its type cannot be checked)', async () => {
    const error = await refusal(resumeFrom(Buffer.from('x')));
    expect(error.issues[0]).toMatchObject({ path: 'resume', code: 'file_name_required' });
  });

  test('a resume of a type no version of the Create page allows is refused before the file is read', async () => {
    const error = await refusal(resumeFrom(join(dir, 'does-not-exist.exe')));
    expect(error.issues[0]).toMatchObject({ path: 'resume', code: 'file_type' });
    expect(error.message).toContain('resume');
    expect(error.message).toContain('FILE_EXTENSIONS');
  });

  test('a resume of a `files` type (an earlier version of the Create page allows them) is accepted', async () => {
    const resume = await resumeFrom(Buffer.from('plain text resume'), { fileName: 'cv.txt' });
    expect(resume).toEqual({ name: 'cv.txt', file: Buffer.from('plain text resume').toString('base64') });
  });

  test('a files entry over 6 MB is refused from its size, without reading it', async () => {
    const path = join(dir, 'big.zip');
    const handle = await open(path, 'w');
    await handle.truncate(MAX_FILE_BYTES + 1);
    await handle.close();
    const error = await refusal(attachmentFrom(path));
    expect(error.issues[0]).toMatchObject({ path: 'files', code: 'file_size' });
    expect(error.message).toContain('6.00 MB');
  });

  test('a stream over 6 MB stops being read at the limit', async () => {
    let pulled = 0;
    const chunk = Buffer.alloc(1024 * 1024);
    const stream = Readable.from(
      (function* () {
        for (let i = 0; i < 20; i++) {
          pulled++;
          yield chunk;
        }
      })(),
    );
    const error = await refusal(attachmentFrom(stream, { fileName: 'big.csv' }));
    expect(error.issues[0]!.code).toBe('file_size');
    expect(pulled).toBeLessThanOrEqual(8);
  });

  test('exactly 6 MB is accepted; a display name replaces the sent name', async () => {
    const entry = await attachmentFrom(Buffer.alloc(MAX_FILE_BYTES), {
      fileName: 'challenge.zip',
      displayName: 'Coding Challenge',
    });
    expect(entry.name).toBe('Coding Challenge');
    expect(Buffer.from(entry.file, 'base64').byteLength).toBe(MAX_FILE_BYTES);
  });

  test('a files entry of a type Comeet does not list is refused', async () => {
    const error = await refusal(attachmentFrom(Buffer.from('MZ'), { fileName: 'setup.exe' }));
    expect(error.issues[0]).toMatchObject({ path: 'files', code: 'file_type' });
  });

  test('pictureFrom needs an image name and image content', async () => {
    expect((await pictureFrom(PNG_BYTES, { fileName: 'image.png' })).name).toBe('image.png');
    expect((await refusal(pictureFrom(PNG_BYTES, { fileName: 'photo.pdf' }))).issues[0]!.code).toBe('file_type');
    const notImage = await refusal(pictureFrom(Buffer.from('hello'), { fileName: 'photo.png' }));
    expect(notImage.issues[0]).toMatchObject({ path: 'picture', code: 'file_type' });
  });

  test('an unreadable path is refused with file_unreadable', async () => {
    const error = await refusal(resumeFrom(join(dir, 'missing.pdf')));
    expect(error.issues[0]).toMatchObject({ path: 'resume', code: 'file_unreadable' });
  });
});

describe('candidates.create enforces the file rules before sending', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  async function refusedBody(extra: Record<string, unknown>, path: string, rule: string) {
    const error = await refusal(h.client.candidates.create(newCandidate(extra) as never));
    expect(error.message).toContain(path);
    expect(error.message).toContain(rule);
    expect(h.server.requests).toHaveLength(0);
  }

  const b64 = (text: string) => Buffer.from(text).toString('base64');

  test('resume of a type no version allows', () =>
    refusedBody({ resume: { name: 'cv.exe', file: b64('x') } }, 'body.resume.name', 'FILE_EXTENSIONS'));
  test('resume without an extension', () =>
    refusedBody({ resume: { name: 'cv', file: b64('x') } }, 'body.resume.name', 'FILE_EXTENSIONS'));
  test('resume without base64 content', () =>
    refusedBody({ resume: { name: 'cv.pdf', file: 'not base64!' } }, 'body.resume.file', 'base64'));
  test('files entry over 6 MB', () =>
    refusedBody(
      { files: [{ name: 'big.zip', file: Buffer.alloc(MAX_FILE_BYTES + 3).toString('base64') }] },
      'body.files.0.file',
      'at most 6.00 MB',
    ));
  test('files entry of an unlisted type', () =>
    refusedBody({ files: [{ name: 'run.exe', file: b64('x') }] }, 'body.files.0.name', 'file types'));
  test('picture with a non-image name', () =>
    refusedBody({ picture: { name: 'me.pdf', file: PNG_BYTES.toString('base64') } }, 'body.picture.name', '.png'));
  test('picture whose content is not an image', () =>
    refusedBody({ picture: { file: b64('hello world') } }, 'body.picture.file', 'image'));

  test('files built by the helpers are sent and stored', async () => {
    const path = join(dir, 'resume.pdf');
    await writeFile(path, '%PDF-1.4');
    const created = await h.client.candidates.create(
      newCandidate({
        resume: await resumeFrom(path),
        picture: await pictureFrom(PNG_BYTES, { fileName: 'image.png' }),
        files: [await attachmentFrom(Buffer.from('a,b'), { fileName: 'scores.csv' })],
      }) as never,
    );
    const sent = JSON.parse(h.server.requests[0]!.body) as { resume: { name: string; file: string } };
    expect(sent.resume).toEqual({ name: 'resume.pdf', file: Buffer.from('%PDF-1.4').toString('base64') });
    expect(h.state.candidates.get(created.uid)!.body.files).toEqual([{ name: 'scores.csv', file: b64('a,b') }]);
  });
});
