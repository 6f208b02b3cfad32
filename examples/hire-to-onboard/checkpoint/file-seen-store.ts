import { MemorySeenStore, type SeenStore } from '@hr/core/webhooks';
import { readJsonFile, writeFileAtomically } from './json-file.js';
import { malformedCheckpoint, seenFileProblems } from './shape.js';

/** The file's content: each claimed push key with its expiry (epoch ms), oldest first. */
interface SeenFile {
  version: 1;
  seen: Record<string, number>;
}

/**
 * The pushes the service accepted (see `SeenStore`), in a JSON file beside the checkpoint: a replay
 * is refused after a restart too. A claim resolves once the file holds it (written whole, then
 * renamed, like the checkpoint); if the write fails the claim is undone, so the sender's retry is
 * accepted. One process per file: run several processes on Redis (`REDIS_URL`).
 */
export class FileSeenStore implements SeenStore {
  readonly #path: string;
  readonly #memory: MemorySeenStore;
  #writes: Promise<void> = Promise.resolve();

  private constructor(path: string, memory: MemorySeenStore) {
    this.#path = path;
    this.#memory = memory;
  }

  /**
   * Opens (or starts) the file at `path`; refuses a file it cannot read, or whose structure is not a
   * seen-push file's, rather than use or overwrite it (the message names the problem and the file).
   */
  static async open(path: string): Promise<FileSeenStore> {
    const data = await readJsonFile(path, 'The seen-push file');
    if (data === undefined) return new FileSeenStore(path, new MemorySeenStore());
    const problems = seenFileProblems(data);
    if (problems.length > 0) throw malformedCheckpoint(`The seen-push file ${path}`, problems);
    return new FileSeenStore(path, new MemorySeenStore({ entries: Object.entries((data as SeenFile).seen) }));
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    if (!(await this.#memory.claim(key, ttlMs))) return false;
    try {
      await this.#save();
    } catch (error) {
      await this.#memory.release(key);
      throw error;
    }
    return true;
  }

  async release(key: string): Promise<void> {
    await this.#memory.release(key);
    await this.#save();
  }

  /** Writes the current claims; writes run one after the other, each with the state at its turn. */
  #save(): Promise<void> {
    const write = this.#writes.then(() => {
      const file: SeenFile = { version: 1, seen: Object.fromEntries(this.#memory.entries()) };
      return writeFileAtomically(this.#path, `${JSON.stringify(file)}\n`);
    });
    this.#writes = write.catch(() => undefined);
    return write;
  }
}
