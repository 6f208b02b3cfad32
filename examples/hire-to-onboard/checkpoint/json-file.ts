import { randomBytes } from 'node:crypto';
import { open, readFile, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temporary files of `path` are `.<name>.<random>.tmp` beside it. */
const temporaryPrefix = (path: string) => `.${basename(path)}.`;

/** Removes the temporary files a killed process left beside `path` (the file itself is whole). */
async function removeStaleTemporaryFiles(path: string): Promise<void> {
  const prefix = temporaryPrefix(path);
  for (const name of await readdir(dirname(path)))
    if (name.startsWith(prefix) && name.endsWith('.tmp')) await rm(join(dirname(path), name), { force: true });
}

/**
 * Writes `text` to `path` so that a crash at any moment leaves either the old file or the new one,
 * never a torn one: write a temporary file in the same directory, flush it to disk, rename it over
 * `path` (atomic on POSIX file systems), then flush the directory so the rename itself survives a
 * power loss.
 */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `${temporaryPrefix(path)}${randomBytes(6).toString('hex')}.tmp`);
  const file = await open(temporary, 'w', 0o600);
  try {
    await file.writeFile(text, 'utf8');
    await file.sync();
  } finally {
    await file.close();
  }
  try {
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  const directory = await open(dirname(path), 'r');
  try {
    await directory.sync();
  } finally {
    await directory.close();
  }
}

/**
 * The JSON in `path` (undefined when there is no file yet), after removing the temporary files a
 * killed process left beside it. A file that is not JSON is refused with a message naming `what`
 * and the file, never overwritten.
 */
export async function readJsonFile(path: string, what: string): Promise<unknown> {
  await removeStaleTemporaryFiles(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${what} ${path} is not JSON (${(error as Error).message}): fix or move it, then restart`);
  }
}
