import { close, constants, fstat, open, read, type Stats } from 'node:fs';
import { Socket } from 'node:net';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { whenAborted } from '../async/abort.js';
import { AbortError, InputValidationError } from '../errors/client-errors.js';

/** Where a file's bytes come from: a path (string or file URL), bytes, a Blob / File, or a readable stream. */
export type FileSource = string | URL | Uint8Array | Blob | AsyncIterable<Uint8Array | string>;

/** Options of {@link readFileSource}. */
export interface ReadFileOptions {
  /** The field the file is for, named in errors (e.g. `body.file`). */
  field: string;
  /** Refuse files larger than this many bytes: counted on the bytes read, never more than this is kept. */
  maxBytes?: number | undefined;
  /** Stops the read: it rejects with an `AbortError`. */
  signal?: AbortSignal | undefined;
  /** Refuse a file not read within this many milliseconds (`file_timeout`): a FIFO nobody writes to, a stream that never ends. */
  deadline?: number | undefined;
}

/** A file's bytes and the name it came with (a path's base name, a File's name). */
export interface ReadFile {
  /** The base name of a path, or a `File`'s name; undefined for bytes and streams. */
  name: string | undefined;
  /** The content. */
  bytes: Buffer;
}

const openFile = promisify(open);
const statOf = promisify(fstat);
const readInto = promisify(read);
const closeFile = promisify(close);
/** Bytes asked of the file per read. */
const CHUNK = 64 * 1024;

/**
 * Reads a file from any {@link FileSource}. `maxBytes` is checked on the bytes actually read, for
 * every source: a device or a `/proc` file (0 bytes on disk), a FIFO, a pipe, a stream, a Blob whose
 * `size` says otherwise; reading stops past the limit. A FIFO or a pipe is read without holding a
 * thread of the thread pool. The read ends when `signal` aborts (`AbortError`) or at `deadline`.
 * Every other failure is an `InputValidationError` naming `field` (`file_size`, `file_timeout`,
 * `file_unreadable`) whose message names a path by its base name only; nothing is sent.
 *
 * @throws {@link index!InputValidationError} naming `field`: `file_size`, `file_timeout` or `file_unreadable`.
 * @throws {@link index!AbortError} when `signal` aborts.
 */
export async function readFileSource(source: FileSource, options: ReadFileOptions): Promise<ReadFile> {
  const stop = stopSignal(options);
  try {
    if (stop?.aborted) throw stopped(stop, options);
    if (typeof source === 'string' || source instanceof URL) {
      const path = source instanceof URL ? fileURLToPath(source) : source;
      return { name: basename(path), bytes: await readPath(path, options, stop) };
    }
    if (source instanceof Uint8Array) {
      checkSize(source.byteLength, options);
      return { name: undefined, bytes: Buffer.from(source.buffer, source.byteOffset, source.byteLength) };
    }
    if (isBlob(source)) {
      const name =
        typeof (source as File).name === 'string' && (source as File).name !== '' ? (source as File).name : undefined;
      // Its `size` is the Blob's word: the bytes are counted as they come.
      const stream = source.stream() as unknown as AsyncIterable<Uint8Array>;
      return { name, bytes: await readStream(stream, options, stop, 'the Blob') };
    }
    return { name: undefined, bytes: await readStream(source, options, stop, 'the stream') };
  } catch (error) {
    if (InputValidationError.isInstance(error) || AbortError.isInstance(error)) throw error;
    // Never the error's own message: it may name the local path.
    const code = (error as NodeJS.ErrnoException).code ?? 'read error';
    throw refuse(options.field, `cannot read the file (${code})`, 'file_unreadable');
  }
}

/** The caller's signal joined with the deadline's, if any. */
function stopSignal(options: ReadFileOptions): AbortSignal | undefined {
  const deadline = options.deadline === undefined ? undefined : AbortSignal.timeout(options.deadline);
  if (!deadline) return options.signal;
  return options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
}

/** How a stopped read fails: `AbortError` for the caller's signal, `file_timeout` for the deadline. */
function stopped(stop: AbortSignal, options: ReadFileOptions): Error {
  if (options.signal?.aborted) return new AbortError('Reading the file was aborted', { cause: options.signal.reason });
  return refuse(options.field, `the file was not read within ${options.deadline} ms`, 'file_timeout');
}

function isBlob(value: unknown): value is Blob {
  return typeof Blob !== 'undefined' && value instanceof Blob;
}

/**
 * Reads a path. Opened without blocking (a FIFO with no writer yet would hold a thread-pool thread
 * in `open()` for good); a FIFO or socket is then read as a pipe, through the event loop; anything
 * else (a regular file, a device, a `/proc` file) chunk by chunk until its end or the limit.
 */
async function readPath(path: string, options: ReadFileOptions, stop: AbortSignal | undefined): Promise<Buffer> {
  const name = basename(path);
  let fd: number;
  let kind: Stats;
  try {
    fd = await openFile(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw unreadable(options, name, error);
  }
  try {
    kind = await statOf(fd);
    if (kind.isDirectory()) throw refuse(options.field, `cannot read "${name}" (it is a directory)`, 'file_unreadable');
  } catch (error) {
    await closeFile(fd).catch(() => undefined);
    throw InputValidationError.isInstance(error) ? error : unreadable(options, name, error);
  }
  if (kind.isFIFO() || kind.isSocket()) {
    // The socket owns the descriptor from here and closes it when destroyed.
    const pipe = new Socket({ fd, readable: true, writable: false });
    return readStream(pipe, options, stop, `"${name}"`);
  }
  try {
    return await readChunks(fd, options, stop, name);
  } finally {
    await closeFile(fd).catch(() => undefined);
  }
}

async function readChunks(
  fd: number,
  options: ReadFileOptions,
  stop: AbortSignal | undefined,
  name: string,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for (;;) {
    if (stop?.aborted) throw stopped(stop, options);
    const chunk = Buffer.allocUnsafe(CHUNK);
    let bytesRead: number;
    try {
      ({ bytesRead } = await readInto(fd, chunk, 0, CHUNK, null));
    } catch (error) {
      throw unreadable(options, name, error);
    }
    if (bytesRead === 0) return Buffer.concat(chunks, size);
    size += bytesRead;
    if (options.maxBytes !== undefined && size > options.maxBytes)
      throw tooLarge(options, `more than ${formatBytes(options.maxBytes)}`);
    chunks.push(bytesRead === CHUNK ? chunk : chunk.subarray(0, bytesRead));
  }
}

/**
 * Reads a stream no further than the limit, and no longer than the signal allows: a stream that
 * stops (limit, abort, deadline) is ended (`return()`) and, when it has `destroy()`, destroyed.
 */
async function readStream(
  source: AsyncIterable<Uint8Array | string>,
  options: ReadFileOptions,
  stop: AbortSignal | undefined,
  what: string,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  const iterator = source[Symbol.asyncIterator]();
  const end = () => {
    (source as { destroy?: () => void }).destroy?.();
    Promise.resolve(iterator.return?.()).catch(() => undefined);
  };
  let stopWaiting: (() => void) | undefined;
  const aborted = stop
    ? new Promise<never>((_, reject) => {
        stopWaiting = whenAborted(stop, () => reject(stopped(stop, options)));
      })
    : undefined;
  aborted?.catch(() => undefined);
  try {
    for (;;) {
      const next = iterator.next();
      let step: IteratorResult<Uint8Array | string>;
      try {
        step = await (aborted ? Promise.race([next, aborted]) : next);
      } catch (error) {
        if (InputValidationError.isInstance(error) || AbortError.isInstance(error)) throw error;
        const code = (error as NodeJS.ErrnoException).code ?? 'read error';
        throw refuse(options.field, `cannot read ${what} (${code}; stopped after ${size} bytes)`, 'file_unreadable');
      }
      if (step.done) return Buffer.concat(chunks, size);
      const chunk = Buffer.from(step.value);
      size += chunk.byteLength;
      if (options.maxBytes !== undefined && size > options.maxBytes) {
        throw tooLarge(options, `more than ${formatBytes(options.maxBytes)}`);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    end();
    throw error;
  } finally {
    stopWaiting?.();
  }
}

/** A read that failed, named by the file's base name and the error code only (its message may hold the path). */
function unreadable(options: ReadFileOptions, name: string, error: unknown): InputValidationError {
  const code = (error as NodeJS.ErrnoException).code ?? 'read error';
  return refuse(options.field, `cannot read "${name}" (${code})`, 'file_unreadable');
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
