import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { AbortError, HRError, InputValidationError, fileFrom } from '@hr/core';
import { attachmentFrom, resumeFrom } from '@hr/comeet';

/**
 * Attack: files whose size on disk says nothing about what a read returns (devices, `/proc` files,
 * FIFOs, pipes), sources that never end or never start, streams that fail half-way, a Blob that
 * lies about its size. Every limit holds on the bytes actually read, every read can be aborted and
 * ends by its deadline without pinning a thread-pool thread, and every failure is a typed HRError
 * whose message names no local path beyond the file's base name.
 */

const MiB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'hr-hostile-files-'));
const fifos: string[] = [];
afterEach(() => {
  // A reader stuck in open() (a regression) is released by a writer arriving and leaving.
  for (const fifo of fifos.splice(0)) {
    try {
      closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // nobody is waiting on it
    }
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function makeFifo(name: string): string {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  fifos.push(path);
  return path;
}

/** The promise's rejection, failing the test when it does not settle within `ms` (a hang). */
async function rejectsWithin(promise: Promise<unknown>, ms: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not settle within ${ms} ms`)), ms);
  });
  try {
    await Promise.race([promise, hang]);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('did not settle')) throw error;
    return error;
  } finally {
    clearTimeout(timer);
  }
  throw new Error('expected the read to be refused, but it succeeded');
}

const codes = (error: unknown) => (error as InputValidationError).issues.map((issue) => issue.code);

describe('limits hold on the bytes read, whatever stat() says', () => {
  it('/dev/zero read with maxBytes stops at the limit', async () => {
    const before = process.memoryUsage().arrayBuffers;
    const error = await rejectsWithin(fileFrom('/dev/zero', { filename: 'zero.bin', maxBytes: MiB }), 10_000);
    expect(InputValidationError.isInstance(error), String(error)).toBe(true);
    expect(codes(error)).toEqual(['file_size']);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * MiB);
  });

  it('a /proc file (0 bytes on disk) larger than maxBytes is refused', async () => {
    const error = await rejectsWithin(fileFrom('/proc/self/status', { maxBytes: 16 }), 10_000);
    expect(codes(error)).toEqual(['file_size']);
  });

  it('a /proc file within maxBytes is read whole', async () => {
    const file = await fileFrom('/proc/self/status', { maxBytes: MiB });
    expect(file.filename).toBe('status');
    expect(file.bytes.toString()).toMatch(/^Name:/);
  });

  it("Comeet's attachmentFrom('/dev/zero') stops at the documented 6 MB", async () => {
    const error = await rejectsWithin(attachmentFrom('/dev/zero', { fileName: 'zero.pdf' }), 10_000);
    expect(InputValidationError.isInstance(error), String(error)).toBe(true);
    expect((error as InputValidationError).issues[0]).toMatchObject({ path: 'files', code: 'file_size' });
  });

  it('a FIFO whose writer never stops is refused at maxBytes', async () => {
    const fifo = makeFifo('endless.bin');
    const writer = (async () => {
      const fd = await new Promise<number>((resolve) => {
        const tryOpen = () => {
          try {
            resolve(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
          } catch {
            setTimeout(tryOpen, 5);
          }
        };
        tryOpen();
      });
      const chunk = Buffer.alloc(64 * 1024, 1);
      try {
        for (;;) {
          try {
            writeSync(fd, chunk);
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code === 'EAGAIN') await new Promise((r) => setTimeout(r, 1));
            else break; // the reader left
          }
        }
      } finally {
        closeSync(fd);
      }
    })();
    const error = await rejectsWithin(fileFrom(fifo, { maxBytes: MiB }), 10_000);
    expect(codes(error)).toEqual(['file_size']);
    await writer;
  });

  it('a FIFO a writer fills and closes is read whole', async () => {
    const fifo = makeFifo('note.txt');
    const reading = fileFrom(fifo, { maxBytes: MiB, deadline: 5_000 });
    setTimeout(() => {
      const fd = openSync(fifo, constants.O_WRONLY);
      writeSync(fd, 'hello from a fifo');
      closeSync(fd);
    }, 50);
    const file = await reading;
    expect(file.bytes.toString()).toBe('hello from a fifo');
  });

  it('a pipe (a child process writing forever) is refused at maxBytes', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn('yes', ['a line of text'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const error = await rejectsWithin(fileFrom(child.stdout, { filename: 'yes.txt', maxBytes: MiB }), 10_000);
      expect(codes(error)).toEqual(['file_size']);
    } finally {
      child.kill();
    }
  });

  it('a Blob that reports a smaller size than it holds is refused at maxBytes', async () => {
    const blob = new Blob([Buffer.alloc(4 * MiB, 7)]);
    Object.defineProperty(blob, 'size', { value: 1 });
    const error = await rejectsWithin(fileFrom(blob, { filename: 'lies.bin', maxBytes: MiB }), 10_000);
    expect(codes(error)).toEqual(['file_size']);
  });
});

describe('reads honour the abort signal and the deadline', () => {
  it('a FIFO nobody writes to is aborted by the signal', async () => {
    const fifo = makeFifo('silent.pdf');
    const started = Date.now();
    const error = await rejectsWithin(fileFrom(fifo, { signal: AbortSignal.timeout(200) }), 5_000);
    expect(HRError.isInstance(error), String(error)).toBe(true);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('a FIFO nobody writes to is refused at its deadline', async () => {
    const fifo = makeFifo('silent-deadline.pdf');
    const error = await rejectsWithin(fileFrom(fifo, { deadline: 200 }), 5_000);
    expect(InputValidationError.isInstance(error), String(error)).toBe(true);
    expect(codes(error)).toEqual(['file_timeout']);
  });

  it('FIFOs nobody writes to pin no thread-pool thread: file reads still complete', async () => {
    // libuv has 4 threads by default; a blocking open() of a FIFO would hold one forever.
    const silent = Array.from({ length: 6 }, (_, i) => makeFifo(`pinned-${i}.pdf`));
    const reads = silent.map((fifo) => fileFrom(fifo, { signal: AbortSignal.timeout(100) }).catch((e: unknown) => e));
    const results = await Promise.race([
      Promise.all(reads),
      new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 5_000)),
    ]);
    expect(results).not.toBe('hung');
    const own = await Promise.race([
      readFile(new URL(import.meta.url)),
      new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 5_000)),
    ]);
    expect(own).not.toBe('hung');
  });

  it("Comeet's attachment helpers honour the signal", async () => {
    const fifo = makeFifo('silent-resume.pdf');
    const error = await rejectsWithin(resumeFrom(fifo, { signal: AbortSignal.timeout(200) }), 5_000);
    expect(HRError.isInstance(error), String(error)).toBe(true);
  });

  it('an endless read without a limit stops when the signal aborts', async () => {
    const error = await rejectsWithin(
      fileFrom('/dev/zero', { filename: 'zero.bin', signal: AbortSignal.timeout(200) }),
      10_000,
    );
    expect(AbortError.isInstance(error), String(error)).toBe(true);
  });

  it('a stream that never ends is refused at its deadline', async () => {
    const never = new Readable({ read() {} });
    const error = await rejectsWithin(fileFrom(never, { filename: 'never.bin', deadline: 200 }), 5_000);
    expect(codes(error)).toEqual(['file_timeout']);
    expect(never.destroyed).toBe(true);
  });
});

describe('every failure is a typed HRError naming no local path beyond the base name', () => {
  const secretDir = join(dir, 'alice-private-folder');

  it('a stream that fails half-way', async () => {
    async function* failing() {
      yield Buffer.from('first bytes');
      throw Object.assign(new Error(`EIO: i/o error, read '${secretDir}/cv.pdf'`), { code: 'EIO' });
    }
    const error = await rejectsWithin(fileFrom(failing(), { filename: 'cv.pdf' }), 5_000);
    expect(InputValidationError.isInstance(error), String(error)).toBe(true);
    expect(codes(error)).toEqual(['file_unreadable']);
    expect(JSON.stringify(error)).not.toContain(secretDir);
    expect((error as Error).message).not.toContain(secretDir);
  });

  it.each([
    ['a missing file', () => join(secretDir, 'missing.pdf')],
    ['a directory', () => secretDir],
  ])('%s', async (_what, path) => {
    rmSync(secretDir, { recursive: true, force: true });
    if (_what === 'a directory') execFileSync('mkdir', ['-p', secretDir]);
    const target = path();
    const error = await rejectsWithin(fileFrom(target, { maxBytes: MiB }), 5_000);
    expect(InputValidationError.isInstance(error), String(error)).toBe(true);
    expect(codes(error)).toEqual(['file_unreadable']);
    const shown = `${(error as Error).message} ${JSON.stringify(error)}`;
    expect(shown).not.toContain(dir);
    expect(shown).toContain(target.split('/').at(-1));
  });

  it("Comeet's helpers on a missing file", async () => {
    const error = await rejectsWithin(attachmentFrom(join(secretDir, 'gone.pdf')), 5_000);
    expect(InputValidationError.isInstance(error), String(error)).toBe(true);
    expect((error as Error).message).not.toContain(dir);
    expect((error as Error).message).toContain('gone.pdf');
  });
});
