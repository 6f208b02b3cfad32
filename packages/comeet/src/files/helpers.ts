import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputValidationError } from '@hr/core';
import type { CandidateFileInput, CandidatePictureInput } from '../models/file-input.js';
import {
  type FileKind,
  SIZE_LIMITS,
  describeExtensions,
  formatMegabytes,
  hasAllowedExtension,
  looksLikeImage,
} from './rules.js';

/** Where a file's bytes come from: a path (string or file URL), a Buffer / Uint8Array, or a readable stream. */
export type FileSource = string | URL | Uint8Array | AsyncIterable<Uint8Array | string>;

/** Options of the file helpers. */
export interface FileOptions {
  /**
   * The file name, whose extension is checked against Comeet's list and which is sent as `name`.
   * Defaults to the base name of a path; required for a Buffer or a stream.
   */
  fileName?: string | undefined;
}

/** Options of `attachmentFrom()`. */
export interface AttachmentOptions extends FileOptions {
  /** A display name sent instead of the file name, e.g. `Coding Challenge`. The type is still checked on `fileName`. */
  displayName?: string | undefined;
}

/**
 * Builds the `resume` of a new candidate from a file: base64-encodes it after checking the documented
 * rule (file types allowed: .pdf, .doc, .docx). Rejects with an `InputValidationError` naming `resume`
 * and the rule; nothing is read past what the check needs.
 */
export async function resumeFrom(source: FileSource, options: FileOptions = {}): Promise<CandidateFileInput> {
  const { name, bytes } = await loadFile('resume', source, options);
  return { name, file: bytes.toString('base64') };
}

/**
 * Builds the `picture` (profile photo) of a new candidate from an image file: the name must carry an
 * image extension (.jpeg, .jpg, .tiff, .tif, .png, .gif, .bmp, .jfif, .ico) and the content must be an image.
 */
export async function pictureFrom(source: FileSource, options: FileOptions = {}): Promise<CandidatePictureInput> {
  const { name, bytes } = await loadFile('picture', source, options);
  if (!looksLikeImage(bytes)) {
    throw refuse('picture', `"${name}" does not contain an image (JPEG, PNG, GIF, BMP, TIFF or ICO)`, 'file_type');
  }
  return { name, file: bytes.toString('base64') };
}

/**
 * Builds one entry of `files` from a file: at most 6 MB, of the types Comeet allows (see `FILE_EXTENSIONS`).
 * A path larger than 6 MB is refused from its size alone; a stream is read no further than the limit.
 */
export async function attachmentFrom(source: FileSource, options: AttachmentOptions = {}): Promise<CandidateFileInput> {
  const { name, bytes } = await loadFile('files', source, options);
  return { name: options.displayName ?? name, file: bytes.toString('base64') };
}

async function loadFile(
  kind: FileKind,
  source: FileSource,
  options: FileOptions,
): Promise<{ name: string; bytes: Buffer }> {
  const path = typeof source === 'string' || source instanceof URL ? toPath(source) : undefined;
  const name = options.fileName ?? (path === undefined ? undefined : basename(path));
  if (!name) {
    throw refuse(kind, 'a fileName is required when the file comes from a Buffer or a stream', 'file_name_required');
  }
  if (!hasAllowedExtension(kind, name)) {
    throw refuse(kind, `"${name}": the file type ${describeExtensions(kind)}`, 'file_type');
  }
  const limit = SIZE_LIMITS[kind];
  const bytes = path !== undefined ? await readPath(kind, path, limit) : await readBytes(kind, source, limit, name);
  return { name, bytes };
}

function toPath(source: string | URL): string {
  return source instanceof URL ? fileURLToPath(source) : source;
}

async function readPath(kind: FileKind, path: string, limit: number | undefined): Promise<Buffer> {
  try {
    if (limit !== undefined) {
      const { size } = await stat(path);
      if (size > limit) throw tooLarge(kind, basename(path), size, limit);
    }
    return await readFile(path);
  } catch (error) {
    if (InputValidationError.isInstance(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'read error';
    throw refuse(kind, `cannot read "${path}" (${code})`, 'file_unreadable');
  }
}

async function readBytes(kind: FileKind, source: FileSource, limit: number | undefined, name: string): Promise<Buffer> {
  if (source instanceof Uint8Array) {
    if (limit !== undefined && source.byteLength > limit) throw tooLarge(kind, name, source.byteLength, limit);
    return Buffer.from(source.buffer, source.byteOffset, source.byteLength);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const iterator = (source as AsyncIterable<Uint8Array | string>)[Symbol.asyncIterator]();
  for (let step = await iterator.next(); !step.done; step = await iterator.next()) {
    const chunk = typeof step.value === 'string' ? Buffer.from(step.value) : Buffer.from(step.value);
    size += chunk.byteLength;
    if (limit !== undefined && size > limit) {
      await iterator.return?.();
      throw tooLarge(kind, name, size, limit, true);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function tooLarge(kind: FileKind, name: string, size: number, limit: number, partial = false): InputValidationError {
  const actual = partial ? `more than ${formatMegabytes(limit)}` : formatMegabytes(size);
  return refuse(kind, `"${name}" is ${actual}; Comeet accepts at most ${formatMegabytes(limit)} per file`, 'file_size');
}

function refuse(kind: FileKind, message: string, code: string): InputValidationError {
  return new InputValidationError([{ path: kind, message, code }]);
}
