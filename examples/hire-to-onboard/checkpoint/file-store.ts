import { constants } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { SeenStore } from '@hr/core/webhooks';
import { FileSeenStore } from './file-seen-store.js';
import { readJsonFile, writeFileAtomically } from './json-file.js';
import { type Lease, LeaseLostError, MemoryLeases } from './lease.js';
import {
  type CheckpointFile,
  checkpointFileProblems,
  malformedCheckpoint,
  parseWriteBackField,
  writeBackField,
} from './shape.js';
import {
  type CheckpointStore,
  type HireCheckpoint,
  type HireState,
  OPEN_STATES,
  type StoreOptions,
  type TakeInResult,
  type WriteBackOutcome,
  type WriteBackStatus,
} from './types.js';

/**
 * The checkpoint as one JSON file (the default). The whole file is rewritten atomically on every
 * write, one write at a time. One process per file (its leases live in this process's memory): run
 * several processes on Redis (`REDIS_URL`).
 */
export class FileCheckpointStore implements CheckpointStore {
  readonly description: string;
  /** The pushes accepted, in `seen.json` beside the checkpoint. */
  readonly seen: SeenStore;
  readonly #path: string;
  readonly #data: Required<CheckpointFile>;
  readonly #leases = new MemoryLeases();
  readonly #onWrite: StoreOptions['onWrite'];
  #writes: Promise<void> = Promise.resolve();

  private constructor(path: string, data: Required<CheckpointFile>, seen: SeenStore, options: StoreOptions) {
    this.#path = path;
    this.#data = data;
    this.seen = seen;
    this.#onWrite = options.onWrite;
    this.description = `file ${path}`;
  }

  /**
   * Opens (or starts) the checkpoint at `path`, removing temporary files a killed process left;
   * refuses a file it cannot read, or whose structure is not a checkpoint's, rather than use or
   * overwrite it (the message names the problem and the file).
   */
  static async open(path: string, options: StoreOptions = {}): Promise<FileCheckpointStore> {
    await mkdir(dirname(path), { recursive: true });
    const data = await readJsonFile(path, 'The checkpoint');
    const seen = await FileSeenStore.open(join(dirname(path), 'seen.json'));
    if (data === undefined)
      return new FileCheckpointStore(path, { version: 1, hires: {}, cursors: {}, writeBacks: {} }, seen, options);
    const problems = checkpointFileProblems(data);
    if (problems.length > 0) throw malformedCheckpoint(`The checkpoint ${path}`, problems);
    const file = data as CheckpointFile;
    return new FileCheckpointStore(path, { ...file, writeBacks: file.writeBacks ?? {} }, seen, options);
  }

  async getHire(key: string): Promise<HireCheckpoint | undefined> {
    const record = this.#data.hires[key];
    return record && structuredClone(record);
  }

  async takeIn(key: string, record: HireCheckpoint, replaceable: readonly HireState[]): Promise<TakeInResult> {
    const stored = this.#data.hires[key];
    if (stored && !replaceable.includes(stored.state)) return { taken: false, record: structuredClone(stored) };
    await this.#save(() => (this.#data.hires[key] = structuredClone(record)));
    return { taken: true, record: structuredClone(record) };
  }

  async lease(key: string): Promise<Lease | undefined> {
    return this.#leases.acquire(key);
  }

  putHire(key: string, record: HireCheckpoint, lease: Lease): Promise<void> {
    return this.#save(() => {
      this.#fence(lease);
      this.#data.hires[key] = structuredClone(record);
    });
  }

  async hiresIn(states: readonly HireState[]): Promise<[string, HireCheckpoint][]> {
    return Object.entries(this.#data.hires)
      .filter(([, record]) => states.includes(record.state))
      .map(([key, record]) => [key, structuredClone(record)]);
  }

  async openHires(): Promise<string[]> {
    return (await this.hiresIn(OPEN_STATES)).map(([key]) => key);
  }

  async findByPreHireId(preHireId: string): Promise<[string, HireCheckpoint] | undefined> {
    const found = Object.entries(this.#data.hires).find(([, record]) => record.preHireId === preHireId);
    return found && [found[0], structuredClone(found[1])];
  }

  async markWriteBackDue(key: string, outcome: WriteBackOutcome): Promise<WriteBackStatus | undefined> {
    const before = await this.writeBackStatus(key, outcome);
    if (before === undefined) await this.#save(() => (this.#data.writeBacks[writeBackField(key, outcome)] = 'due'));
    return before;
  }

  async writeBackStatus(key: string, outcome: WriteBackOutcome): Promise<WriteBackStatus | undefined> {
    if (this.#data.hires[key]?.writtenBack?.includes(outcome)) return 'done';
    return this.#data.writeBacks[writeBackField(key, outcome)];
  }

  markWrittenBack(key: string, outcome: WriteBackOutcome, lease: Lease): Promise<void> {
    return this.#save(() => {
      this.#fence(lease);
      this.#data.writeBacks[writeBackField(key, outcome)] = 'done';
    });
  }

  async writeBacksDue(): Promise<[string, WriteBackOutcome][]> {
    return Object.entries(this.#data.writeBacks)
      .filter(([, status]) => status === 'due')
      .flatMap(([field]) => {
        const parsed = parseWriteBackField(field);
        return parsed ? [parsed] : [];
      });
  }

  async getCursor(name: string): Promise<string | undefined> {
    return this.#data.cursors[name];
  }

  putCursor(name: string, cursor: string): Promise<void> {
    return this.#save(() => (this.#data.cursors[name] = cursor));
  }

  async ping(): Promise<void> {
    await access(dirname(this.#path), constants.W_OK);
  }

  async close(): Promise<void> {
    await this.#writes;
    await this.#leases.releaseAll();
  }

  /** Refuses a write whose lease is no longer the key's current one. */
  #fence(lease: Lease): void {
    if (!this.#leases.isCurrent(lease)) throw new LeaseLostError(lease.key);
  }

  /** Applies `change` and writes the file; writes run one after the other, in call order. */
  #save(change: () => void): Promise<void> {
    const write = this.#writes.then(async () => {
      change();
      const started = performance.now();
      await writeFileAtomically(this.#path, `${JSON.stringify(this.#data, null, 2)}\n`);
      this.#onWrite?.((performance.now() - started) / 1000);
    });
    this.#writes = write.catch(() => undefined);
    return write;
  }
}
