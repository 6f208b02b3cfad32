import { z } from 'zod';
import { InputValidationError } from '../errors/client-errors.js';
import { type FileSource, formatBytes, readFileSource } from './file.js';

const UPLOAD = Symbol.for('@hr/core/FileUpload');

/** A file ready to upload: sent as a file part of a multipart body, or as a binary body. Build it with {@link fileFrom}. */
export interface FileUpload {
  /** Marks a value built by `fileFrom()` (also across two copies of `@hr/core`). */
  readonly [UPLOAD]: true;
  /** The file name sent with it, e.g. `recording.webm`. */
  readonly filename: string;
  /** Its media type, e.g. `video/webm`, when known (else sent as `application/octet-stream`). */
  readonly contentType: string | undefined;
  /** The content. */
  readonly bytes: Buffer;
}

/** Options of {@link fileFrom}. */
export interface FileFromOptions {
  /** The name sent with the file; default: the path's base name or the File's name (required for bytes and streams). */
  filename?: string | undefined;
  /** The media type, e.g. `application/pdf`. */
  contentType?: string | undefined;
  /** Refuse a file larger than this: counted on the bytes read (whatever the size on disk says), reading stops past it. */
  maxBytes?: number | undefined;
  /** Stops reading: the promise rejects with an `AbortError`. */
  signal?: AbortSignal | undefined;
  /** Refuse a file not read within this many milliseconds (a FIFO nobody writes to, a stream that never ends). */
  deadline?: number | undefined;
}

/**
 * Reads a file to upload from a path, bytes, a Blob / File or a stream. `maxBytes` is checked on the
 * bytes actually read, for every source (a device, a `/proc` file, a FIFO, a pipe, a stream, a Blob),
 * and reading stops past it; `signal` and `deadline` end a read that waits (a FIFO nobody writes to).
 * Failures are `InputValidationError`s (`file_size`, `file_timeout`, `file_unreadable`, naming a path
 * by its base name only) or an `AbortError`. Operations check their own documented limits again
 * before sending.
 *
 * ```ts
 * await coodesh.attempts.uploadChunk({ ..., file: await fileFrom('./chunk-0001.webm', { contentType: 'video/webm' }) });
 * ```
 *
 * @throws {@link InputValidationError} when the file is larger than `maxBytes` (code `file_size`), cannot be
 * read (`file_unreadable`), or comes from bytes or a stream without a `filename`.
 */
export async function fileFrom(source: FileSource, options: FileFromOptions = {}): Promise<FileUpload> {
  const { name, bytes } = await readFileSource(source, {
    field: 'file',
    maxBytes: options.maxBytes,
    signal: options.signal,
    deadline: options.deadline,
  });
  const filename = options.filename ?? name;
  if (!filename) {
    throw new InputValidationError([
      {
        path: 'filename',
        message: 'is required when the file comes from bytes or a stream',
        code: 'file_name_required',
      },
    ]);
  }
  const contentType = options.contentType ?? (source instanceof Blob && source.type !== '' ? source.type : undefined);
  return { [UPLOAD]: true, filename, contentType, bytes };
}

/** Whether `value` was built by {@link fileFrom}. */
export function isFileUpload(value: unknown): value is FileUpload {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[UPLOAD] === true;
}

/** Rules of an upload field. */
export interface UploadRules {
  /** The most bytes the vendor accepts. */
  maxBytes?: number | undefined;
  /** File name extensions the vendor accepts, lower-case with the dot, e.g. `['.webm', '.mp4']`. */
  extensions?: readonly string[] | undefined;
}

/** The schema of a file field: a value from `fileFrom()`, within the documented size and types. */
export function uploadSchema(rules: UploadRules = {}): z.ZodType<FileUpload> {
  return z.custom<FileUpload>(isFileUpload, 'must be a file built with fileFrom()').superRefine((file, ctx) => {
    if (rules.maxBytes !== undefined && file.bytes.byteLength > rules.maxBytes) {
      ctx.addIssue({
        code: 'custom',
        message: `is ${formatBytes(file.bytes.byteLength)}; at most ${formatBytes(rules.maxBytes)} is accepted`,
      });
    }
    const extension = /\.[^./\\]+$/.exec(file.filename)?.[0]?.toLowerCase();
    if (rules.extensions && (extension === undefined || !rules.extensions.includes(extension))) {
      ctx.addIssue({ code: 'custom', message: `"${file.filename}" must be one of ${rules.extensions.join(', ')}` });
    }
  });
}
