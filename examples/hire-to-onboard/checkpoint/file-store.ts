import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { SeenStore } from '@hr/core/webhooks';
import { readJsonFile, writeFileAtomically } from './json-file.js';
import { FileSeenStore } from './file-seen-store.js';
import type { CheckpointStore, HireCheckpoint, HireState } from './types.js';

/** The file's content. */
interface CheckpointFile {
  version: 1;
  hires: Record<string, HireCheckpoint>;
  cursors: Record<string, string>;
}

/**
 * The checkpoint as one JSON file (the default). The whole file is rewritten atomically on every
 * put, one put at a time. One process per file: run several processes on Redis (`REDIS_URL`).
 */
export class FileCheckpointStore implements CheckpointStore {
  readonly description: string;
  /** The pushes accepted, in `seen.json` beside the checkpoint. */
  readonly seen: SeenStore;
  readonly #path: string;
  readonly #data: CheckpointFile;
  #writes: Promise<void> = Promise.resolve();

  private constructor(path: string, data: CheckpointFile, seen: SeenStore) {
    this.#path = path;
    this.#data = data;
    this.seen = seen;
    this.description = `file ${path}`;
  }

  /**
   * Opens (or starts) the checkpoint at `path`, removing temporary files a killed process left;
   * refuses a file it cannot read rather than overwrite it.
   */
  static async open(path: string): Promise<FileCheckpointStore> {
    await mkdir(dirname(path), { recursive: true });
    const data = (await readJsonFile(path, 'The checkpoint')) as CheckpointFile | undefined;
    const seen = await FileSeenStore.open(join(dirname(path), 'seen.json'));
    if (data === undefined) return new FileCheckpointStore(path, { version: 1, hires: {}, cursors: {} }, seen);
    if (data?.version !== 1 || typeof data.hires !== 'object' || typeof data.cursors !== 'object')
      throw new Error(`The checkpoint ${path} is not a version 1 hire-to-onboard checkpoint`);
    return new FileCheckpointStore(path, data, seen);
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
