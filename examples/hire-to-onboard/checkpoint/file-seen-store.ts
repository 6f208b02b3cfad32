import { MemorySeenStore, type SeenStore } from '@hr/core/webhooks';
import { readJsonFile, writeFileAtomically } from './json-file.js';

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

  /** Opens (or starts) the file at `path`; refuses a file it cannot read rather than overwrite it. */
  static async open(path: string): Promise<FileSeenStore> {
    const data = (await readJsonFile(path, 'The seen-push file')) as SeenFile | undefined;
    if (data === undefined) return new FileSeenStore(path, new MemorySeenStore());
    const entries =
      data?.version === 1 && data.seen && typeof data.seen === 'object' ? Object.entries(data.seen) : undefined;
    if (!entries || !entries.every(([, expiry]) => typeof expiry === 'number'))
      throw new Error(`The seen-push file ${path} is not a version 1 hire-to-onboard seen-push file`);
    return new FileSeenStore(path, new MemorySeenStore({ entries }));
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
