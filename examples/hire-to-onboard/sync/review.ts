import type { FeishuCoreHRClient } from '@hr/feishu-corehr';
import type { CheckpointStore, HireCheckpoint } from '../checkpoint/types.js';

/** How a person resolves a parked hire. */
export type Resolution =
  /** Feishu holds this hire's pre-hire: record it (checked to exist first). */
  | { action: 'adopt'; preHireId: string }
  /** Feishu holds none (you checked): create it now. */
  | { action: 'create' }
  /** Leave it (handled by hand): recorded as failed with the note, nothing sent. */
  | { action: 'dismiss'; note?: string | undefined };

/** The commands that resolve a parked hire, for the review listing and logs. */
function resolveCommands(key: string, record: HireCheckpoint): string[] {
  const candidates = record.review?.candidates ?? [];
  return [
    ...candidates.map((candidate) => `index.ts resolve ${key} adopt ${candidate.preHireId}`),
    `index.ts resolve ${key} create`,
    `index.ts resolve ${key} dismiss`,
  ];
}

/** The parked hires, oldest first, each as lines a person can act on. */
export async function describeParked(store: CheckpointStore): Promise<string[]> {
  const parked = (await store.hiresIn(['needs_review'])).sort(([, a], [, b]) => a.updatedAt.localeCompare(b.updatedAt));
  return parked.flatMap(([key, record]) => {
    const review = record.review!;
    return [
      `${key} (out_biz_id ${record.outBizId}), parked ${review.at}: ${review.reason}`,
      `  creates sent with an unknown outcome: ${review.uncertainSends}`,
      ...review.candidates.map(
        (candidate) =>
          `  candidate pre-hire ${candidate.preHireId}: same ${candidate.matched.join(', ') || 'nothing'}${candidate.conflicting.length > 0 ? `; differs: ${candidate.conflicting.join(', ')}` : ''}`,
      ),
      ...resolveCommands(key, record).map((command) => `  resolve: ${command}`),
    ];
  });
}

/** What resolving needs. */
export interface ResolveOptions {
  /** The checkpoint. */
  store: CheckpointStore;
  /** Feishu (to check an adopted pre-hire exists). */
  feishu: Pick<FeishuCoreHRClient, 'preHires'>;
  /** The lease held while resolving (ms). */
  leaseTtlMs: number;
}

/**
 * Applies a person's decision to a parked hire, under its lease. `adopt` queries the pre-hire first
 * (a typo must not attach the hire to nothing) and refuses one another hire already has; `create`
 * puts the hire back to `received` (the worker then sends one create); `dismiss` records it as
 * failed with the note. Resolves with the new record.
 */
export async function resolveParked(
  { store, feishu, leaseTtlMs }: ResolveOptions,
  key: string,
  resolution: Resolution,
): Promise<HireCheckpoint> {
  const lease = await store.lease(key, leaseTtlMs);
  if (!lease) throw new Error(`${key} is being worked on by another process: try again in a moment`);
  try {
    const record = await store.getHire(key);
    if (!record) throw new Error(`${key} is not in the checkpoint`);
    if (record.state !== 'needs_review') throw new Error(`${key} is ${record.state}, not parked for review`);
    const updatedAt = new Date().toISOString();
    let next: HireCheckpoint;
    if (resolution.action === 'adopt') {
      const { preHireId } = resolution;
      const page = await feishu.preHires.query({ pre_hire_ids: [preHireId] });
      if (!(page.items ?? []).some((item) => item.pre_hire_id === preHireId))
        throw new Error(`Feishu has no pre-hire ${preHireId} (or the app cannot see it): nothing changed`);
      const owner = await store.findByPreHireId(preHireId);
      if (owner && owner[0] !== key)
        throw new Error(`pre-hire ${preHireId} already belongs to ${owner[0]}: nothing changed`);
      next = { ...record, state: 'created', preHireId, via: 'operator', body: undefined, review: undefined, updatedAt };
    } else if (resolution.action === 'create') {
      next = { ...record, state: 'received', review: undefined, updatedAt };
    } else {
      const note = resolution.note ? `: ${resolution.note}` : '';
      next = {
        ...record,
        state: 'failed',
        body: undefined,
        review: undefined,
        error: `dismissed at review${note}`,
        updatedAt,
      };
    }
    await store.putHire(key, next, lease);
    return next;
  } finally {
    await lease.release().catch(() => undefined);
  }
}
