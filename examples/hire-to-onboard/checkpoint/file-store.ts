import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { CheckpointStore, HireCheckpoint, HireState } from './types.js';

/** The file's content. */
interface CheckpointFile {
  version: 1;
  hires: Record<string, HireCheckpoint>;
  cursors: Record<string, string>;
}

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
async function writeFileAtomically(path: string, text: string): Promise<void> {
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
 * The checkpoint as one JSON file (the default). The whole file is rewritten atomically on every
 * put, one put at a time. One process per file: run several processes on Redis (`REDIS_URL`).
 */
export class FileCheckpointStore implements CheckpointStore {
  readonly description: string;
  readonly #path: string;
  readonly #data: CheckpointFile;
  #writes: Promise<void> = Promise.resolve();

  private constructor(path: string, data: CheckpointFile) {
    this.#path = path;
    this.#data = data;
    this.description = `file ${path}`;
  }

  /**
   * Opens (or starts) the checkpoint at `path`, removing temporary files a killed process left;
   * refuses a file it cannot read rather than overwrite it.
   */
  static async open(path: string): Promise<FileCheckpointStore> {
    await mkdir(dirname(path), { recursive: true });
    await removeStaleTemporaryFiles(path);
    let text: string | undefined;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (text === undefined) return new FileCheckpointStore(path, { version: 1, hires: {}, cursors: {} });
    let data: CheckpointFile;
    try {
      data = JSON.parse(text) as CheckpointFile;
    } catch (error) {
      throw new Error(`The checkpoint ${path} is not JSON (${(error as Error).message}): fix or move it, then restart`);
    }
    if (data?.version !== 1 || typeof data.hires !== 'object' || typeof data.cursors !== 'object')
      throw new Error(`The checkpoint ${path} is not a version 1 hire-to-onboard checkpoint`);
    return new FileCheckpointStore(path, data);
  }

  async getHire(key: string): Promise<HireCheckpoint | undefined> {
    const record = this.#data.hires[key];
    return record && structuredClone(record);
  }

  putHire(key: string, record: HireCheckpoint): Promise<void> {
    return this.#save(() => (this.#data.hires[key] = structuredClone(record)));
  }

  async hiresIn(states: readonly HireState[]): Promise<[string, HireCheckpoint][]> {
    return Object.entries(this.#data.hires)
      .filter(([, record]) => states.includes(record.state))
      .map(([key, record]) => [key, structuredClone(record)]);
  }

  async findByPreHireId(preHireId: string): Promise<[string, HireCheckpoint] | undefined> {
    const found = Object.entries(this.#data.hires).find(([, record]) => record.preHireId === preHireId);
    return found && [found[0], structuredClone(found[1])];
  }

  async getCursor(name: string): Promise<string | undefined> {
    return this.#data.cursors[name];
  }

  putCursor(name: string, cursor: string): Promise<void> {
    return this.#save(() => (this.#data.cursors[name] = cursor));
  }

  async close(): Promise<void> {
    await this.#writes;
  }

  /** Applies `change` and writes the file; puts are written one after the other, in call order. */
  #save(change: () => void): Promise<void> {
    const write = this.#writes.then(() => {
      change();
      return writeFileAtomically(this.#path, `${JSON.stringify(this.#data, null, 2)}\n`);
    });
    this.#writes = write.catch(() => undefined);
    return write;
  }
}
