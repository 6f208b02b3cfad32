import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputValidationError } from '../errors/client-errors.js';

/** Where a file's bytes come from: a path (string or file URL), bytes, a Blob / File, or a readable stream. */
export type FileSource = string | URL | Uint8Array | Blob | AsyncIterable<Uint8Array | string>;

/** Options of {@link readFileSource}. */
export interface ReadFileOptions {
  /** The field the file is for, named in errors (e.g. `body.file`). */
  field: string;
  /** Refuse files larger than this many bytes, before reading them whole. */
  maxBytes?: number | undefined;
}

/** A file's bytes and the name it came with (a path's base name, a File's name). */
export interface ReadFile {
  /** The base name of a path, or a `File`'s name; undefined for bytes and streams. */
  name: string | undefined;
  /** The content. */
  bytes: Buffer;
}

/**
 * Reads a file from any {@link FileSource}, checking `maxBytes` before reading the whole file: a
 * path by its size on disk, a Blob by its `size`, a stream no further than the limit. Failures are
 * `InputValidationError`s naming `field` (`file_size`, `file_unreadable`); nothing is sent.
 */
export async function readFileSource(source: FileSource, options: ReadFileOptions): Promise<ReadFile> {
  if (typeof source === 'string' || source instanceof URL) {
    const path = source instanceof URL ? fileURLToPath(source) : source;
    return { name: basename(path), bytes: await readPath(path, options) };
  }
  if (source instanceof Uint8Array) {
    checkSize(source.byteLength, options);
    return { name: undefined, bytes: Buffer.from(source.buffer, source.byteOffset, source.byteLength) };
  }
  if (isBlob(source)) {
    checkSize(source.size, options);
    const name =
      typeof (source as File).name === 'string' && (source as File).name !== '' ? (source as File).name : undefined;
    return { name, bytes: Buffer.from(await source.arrayBuffer()) };
  }
  return { name: undefined, bytes: await readStream(source, options) };
}

function isBlob(value: unknown): value is Blob {
  return typeof Blob !== 'undefined' && value instanceof Blob;
}

async function readPath(path: string, options: ReadFileOptions): Promise<Buffer> {
  try {
    if (options.maxBytes !== undefined) checkSize((await stat(path)).size, options);
    return await readFile(path);
  } catch (error) {
    if (InputValidationError.isInstance(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'read error';
    throw refuse(options.field, `cannot read "${path}" (${code})`, 'file_unreadable');
  }
}

async function readStream(source: AsyncIterable<Uint8Array | string>, options: ReadFileOptions): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  const iterator = source[Symbol.asyncIterator]();
  for (let step = await iterator.next(); !step.done; step = await iterator.next()) {
    const chunk = Buffer.from(step.value);
    size += chunk.byteLength;
    if (options.maxBytes !== undefined && size > options.maxBytes) {
      await iterator.return?.();
      throw tooLarge(options, `more than ${formatBytes(options.maxBytes)}`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

function checkSize(size: number, options: ReadFileOptions): void {
  if (options.maxBytes === undefined || size <= options.maxBytes) return;
  // Rounding can make a file one byte over the limit read as the limit itself: then say the bytes.
  const rounded = formatBytes(size) === formatBytes(options.maxBytes);
  throw tooLarge(options, rounded ? `${formatBytes(size)} (${size} bytes)` : formatBytes(size));
}

function tooLarge(options: ReadFileOptions, actual: string): InputValidationError {
  return refuse(
    options.field,
    `the file is ${actual}; at most ${formatBytes(options.maxBytes!)} is accepted`,
    'file_size',
  );
}

function refuse(field: string, message: string, code: string): InputValidationError {
  return new InputValidationError([{ path: field, message, code }]);
}

/** `6.00 MB`, `512.00 KB`, `17 bytes` (1 MB = 1024 × 1024 bytes, as the vendors' limits count). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(2)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(2)} KB`;
  return `${bytes} bytes`;
}
