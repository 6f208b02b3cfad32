import type { ComeetClient } from '@hr/comeet';
import type { OnboardingTaskChangedEvent } from '@hr/feishu-corehr/events';
import type { CheckpointStore, WriteBackOutcome } from '../checkpoint/types.js';
import type { Log } from '../log.js';

/** The Feishu onboarding outcomes written back to the ATS. */
export type OnboardingOutcome = WriteBackOutcome;

/** What recording a Feishu outcome did. */
export type WriteBackIntake = 'recorded' | 'already' | 'not-ours' | 'dry-run';

/** What a write-back did. */
export type WriteBackResult = 'written' | 'logged' | 'already' | 'busy';

/**
 * The outcome a `corehr.pre_hire.onboarding_task_changed_v2` event reports, if any: its
 * `onboarding_flow_change.after_status` is `withdrawn` (onboarding withdrawn) or `completed`
 * (every task done). https://open.feishu.cn/document/corehr-v1/pre_hire/pre-hire-events/onboarding_task_changed
 */
export function onboardingOutcome(event: OnboardingTaskChangedEvent): OnboardingOutcome | undefined {
  const status = event.onboarding_flow_change?.after_status;
  return status === 'withdrawn' || status === 'completed' ? status : undefined;
}

/** What writing back needs. */
export interface WriteBackOptions {
  /** The checkpoint: pre-hire → ATS hire, and what is due or done. */
  store: CheckpointStore;
  /** The Comeet client; without one Comeet hires are only logged. */
  comeet?: ComeetClient | undefined;
  /** False on a read-only run. */
  writes: boolean;
  /** Where progress goes. */
  log: Log;
  /** The lease each write-back holds on its hire (ms). */
  leaseTtlMs: number;
}

/**
 * Keeps the ATS in step with Feishu: when a pre-hire's onboarding is withdrawn or completed, tells
 * the ATS it came from, once per outcome. An event is first recorded (`record`: the write-back is
 * `due` in the checkpoint, so it survives a crash after Feishu got its answer), then applied under
 * the hire's lease (`apply`) and marked `done`.
 *
 * - Comeet: the API cannot change a candidate's status, so a note written by this app is added to
 *   the candidate's profile (`POST /candidates/{uid}/notes`,
 *   https://developers.comeet.com/reference/create-a-candidate-note; the integration needs the
 *   permission "Notes: Create notes on the candidate profile").
 * - Moka: the API this SDK covers only reads candidates (`GET /data/ehrApplications`); nothing can
 *   be written back, so the outcome is logged for someone to update Moka by hand.
 */
export class WriteBack {
  readonly #options: WriteBackOptions;

  constructor(options: WriteBackOptions) {
    this.#options = options;
  }

  /** Records that `outcome` of `preHireId` must be written back; `key` is the hire's when it is ours. */
  async record(
    preHireId: string,
    outcome: OnboardingOutcome,
  ): Promise<{ result: WriteBackIntake; key?: string | undefined }> {
    const { store, writes, log } = this.#options;
    const found = await store.findByPreHireId(preHireId);
    if (!found) {
      log.info(`[feishu] pre-hire ${preHireId} ${outcome}: not created by this service, nothing to write back`);
      return { result: 'not-ours' };
    }
    const [key, record] = found;
    if (!writes) {
      log.info(`[feishu] pre-hire ${preHireId} ${outcome}: would write it back to ${key} (read-only run)`);
      return { result: 'dry-run', key };
    }
    const before = await store.markWriteBackDue(key, outcome);
    if (before === undefined)
      log.info(`[feishu] pre-hire ${preHireId} ${outcome}: recorded for ${key} (${record.source})`);
    return { result: before === undefined ? 'recorded' : 'already', key };
  }

  /** Writes a recorded outcome back to the ATS of `key` (or logs it), under the hire's lease. */
  async apply(key: string, outcome: OnboardingOutcome): Promise<WriteBackResult> {
    const { store, leaseTtlMs } = this.#options;
    const lease = await store.lease(key, leaseTtlMs);
    if (!lease) return 'busy';
    try {
      if ((await store.writeBackStatus(key, outcome)) !== 'due') return 'already';
      const result = await this.#write(key, outcome);
      await store.markWrittenBack(key, outcome, lease);
      return result;
    } finally {
      await lease.release().catch(() => undefined);
    }
  }

  async #write(key: string, outcome: OnboardingOutcome): Promise<WriteBackResult> {
    const { store, comeet, log } = this.#options;
    const record = (await store.getHire(key))!;
    const preHireId = record.preHireId!;
    if (record.source === 'moka') {
      log.warn(
        `[feishu] pre-hire ${preHireId} ${outcome}: ${key} came from Moka, whose API has no candidate write; update Moka by hand`,
      );
      return 'logged';
    }
    if (!comeet) {
      log.warn(`[feishu] pre-hire ${preHireId} ${outcome}: no Comeet client configured, ${key} not updated`);
      return 'logged';
    }
    const note = `Feishu CoreHR: onboarding ${outcome} (pre-hire ${preHireId}).`;
    await comeet.candidates.addNote(record.recordId, {
      time_created: new Date(),
      created_by: { type: 'app', first_name: 'hire-to-onboard' },
      text: note,
    });
    log.info(`[feishu] pre-hire ${preHireId} ${outcome}: noted on Comeet candidate ${record.recordId}`);
    return 'written';
  }
}
