import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileFrom, InputValidationError } from '@hr/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoodeshLostRoutes } from '../src/lost-routes.js';
import { SANDBOX_API_KEY, SANDBOX_ROUTES } from '../src/testing.js';
import { useSandbox } from './helpers.js';

/** Bytes that a text round trip would corrupt: NUL, a lone 0xff, CR LF and a boundary-looking line. */
const CHUNK = Buffer.concat([
  Buffer.from([0, 1, 2, 0xff, 0xfe, 13, 10]),
  Buffer.from('--boundary\r\n'),
  randomish(2048),
]);

function randomish(length: number): Buffer {
  return Buffer.from(Array.from({ length }, (_, i) => (i * 131 + 7) % 256));
}

describe('uploads: multipart bodies with a file part', () => {
  const h = useSandbox();
  const client = () => h.client({ allowUnconfirmedRoutes: true, routes: SANDBOX_ROUTES });
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'coodesh-uploads-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('attempts.uploadRecordingChunk sends the chunk as a file part with its name, type and exact bytes', async () => {
    const file = await fileFrom(CHUNK, { filename: 'chunk-0003.webm', contentType: 'video/webm' });
    const body = { recordId: 'rec-1', partNumber: 3, totalChunks: 4, isLast: false, file };
    await expect(client().attempts.uploadRecordingChunk('answer-token', body)).resolves.toEqual({});

    const sent = h.server.requests[0]!;
    expect(sent.path).toBe('/assessments/answers/answer-token/upload');
    expect(sent.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(h.sandbox.state.uploads).toEqual([
      {
        operation: 'attempts.uploadRecordingChunk',
        params: { token: 'answer-token' },
        fields: { recordId: 'rec-1', partNumber: '3', totalChunks: '4', isLast: 'false' },
        files: { file: { filename: 'chunk-0003.webm', contentType: 'video/webm', bytes: CHUNK } },
      },
    ]);
  });

  it('attempts.uploadAnswerChunk (a lost route, here the sandbox stand-in) takes a file from a path, named after it, and sends the isLast default', async () => {
    const path = join(dir, 'answer-part-1.bin');
    await writeFile(path, CHUNK);
    const file = await fileFrom(path);
    await new CoodeshLostRoutes(client()).attempts.uploadAnswerChunk('t-2', { recordId: 'rec-2', partNumber: 1, file });

    const [upload] = h.sandbox.state.uploads;
    expect(upload).toMatchObject({ operation: 'attempts.uploadAnswerChunk', params: { token: 't-2' } });
    expect(upload!.fields).toEqual({ recordId: 'rec-2', partNumber: '1', isLast: 'false' });
    expect(upload!.files.file!.filename).toBe('answer-part-1.bin');
    expect(upload!.files.file!.contentType).toBe('application/octet-stream');
    expect(upload!.files.file!.bytes.equals(CHUNK)).toBe(true);
  });

  it('datasets.create sends name, description and the database file read from a stream', async () => {
    const stream = Readable.from([CHUNK.subarray(0, 100), CHUNK.subarray(100)]);
    const file = await fileFrom(stream, { filename: 'employees.sqlite', contentType: 'application/vnd.sqlite3' });
    await client().datasets.create({ name: 'Employees', description: 'Sample employees', file });

    expect(h.sandbox.state.uploads).toEqual([
      {
        operation: 'datasets.create',
        params: {},
        fields: { name: 'Employees', description: 'Sample employees' },
        files: { file: { filename: 'employees.sqlite', contentType: 'application/vnd.sqlite3', bytes: CHUNK } },
      },
    ]);
  });

  it('refuses before sending: a file over your own limit, a value not built by fileFrom(), a missing file', async () => {
    // The reference documents no size limit for these uploads: `maxBytes` is the caller's, checked on disk first.
    const path = join(dir, 'big.webm');
    await writeFile(path, Buffer.alloc(2048));
    const tooBig = await fileFrom(path, { maxBytes: 1024 }).catch((e: unknown) => e);
    expect(tooBig).toBeInstanceOf(InputValidationError);
    expect((tooBig as InputValidationError).issues[0]).toMatchObject({ path: 'file', code: 'file_size' });

    const notAFile = await client()
      .attempts.uploadRecordingChunk('t', { recordId: 'r', partNumber: 0, file: CHUNK as never })
      .catch((e: unknown) => e);
    expect(notAFile).toBeInstanceOf(InputValidationError);
    expect((notAFile as InputValidationError).issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'body.file: must be a file built with fileFrom()',
    ]);
    const missing = await client()
      .datasets.create({ description: 'no name, no file' } as never)
      .catch((e: unknown) => e);
    expect((missing as InputValidationError).issues.map((i) => i.path)).toEqual(['body.name', 'body.file']);
    expect(h.server.requests).toHaveLength(0);
  });
});

describe('the sandbox checks the parts of an upload like a NestJS upload endpoint', () => {
  const h = useSandbox();
  const url = () => `${h.server.url}/assessments/answers/t/upload`;
  const headers = { 'x-api-key': SANDBOX_API_KEY };

  function form(parts: Record<string, string | File>): FormData {
    const data = new FormData();
    for (const [name, value] of Object.entries(parts)) data.append(name, value);
    return data;
  }

  it('refuses a JSON body (no file part): 400 "File is required"', async () => {
    const response = await fetch(url(), {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ isLast: false, recordId: 'r', partNumber: 0, file: 'chunk.webm' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ statusCode: 400, message: 'File is required', error: 'Bad Request' });
    expect(h.sandbox.state.uploads).toEqual([]);
  });

  it('refuses a file part without a file name, then each required field left out', async () => {
    const unnamed = await fetch(url(), {
      method: 'POST',
      headers,
      body: form({ recordId: 'r', partNumber: '0', file: 'not a file' }),
    });
    expect(unnamed.status).toBe(400);
    expect(await unnamed.json()).toMatchObject({ message: 'File is required' });

    const noFields = await fetch(url(), {
      method: 'POST',
      headers,
      body: form({ file: new File([CHUNK], 'c.webm'), recordId: '' }),
    });
    expect(noFields.status).toBe(400);
    expect(await noFields.json()).toMatchObject({
      message: ['recordId should not be empty', 'partNumber should not be empty'],
    });
    expect(h.sandbox.state.uploads).toEqual([]);
  });

  it('answers the reference example, 201 {}, for a complete upload', async () => {
    const response = await fetch(url(), {
      method: 'POST',
      headers,
      body: form({ recordId: 'r', partNumber: '0', file: new File([CHUNK], 'c.webm') }),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({});
    expect(h.sandbox.state.uploads).toHaveLength(1);
  });
});
