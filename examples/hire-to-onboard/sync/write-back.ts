import type { ComeetClient } from '@hr/comeet';
import type { OnboardingTaskChangedEvent } from '@hr/feishu-corehr/events';
import type { CheckpointStore } from '../checkpoint/types.js';
import type { Log } from '../log.js';
import { SerialLanes } from '@hr/core';

/** The Feishu onboarding outcomes written back to the ATS. */
export type OnboardingOutcome = 'withdrawn' | 'completed';

/** What a write-back did. */
export type WriteBackResult = 'written' | 'logged' | 'already' | 'not-ours' | 'dry-run';

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
  /** The checkpoint: pre-hire → ATS hire, and what was written back already. */
  store: CheckpointStore;
  /** The Comeet client; without one Comeet hires are only logged. */
  comeet?: ComeetClient | undefined;
  /** False on a read-only run. */
  writes: boolean;
  /** Where progress goes. */
  log: Log;
}

/**
 * Keeps the ATS in step with Feishu: when a pre-hire's onboarding is withdrawn or completed, tells
 * the ATS it came from, once per outcome (Feishu may send an event twice; the checkpoint records
 * what was written back).
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
  // Two deliveries for one record wait for each other instead of racing; other records go concurrently.
  readonly #lanes = new SerialLanes();

  constructor(options: WriteBackOptions) {
    this.#options = options;
  }

  /** Writes `outcome` of `preHireId` back to its ATS (or logs it). */
  apply(preHireId: string, outcome: OnboardingOutcome): Promise<WriteBackResult> {
    return this.#lanes.run(preHireId, async () => {
      const { store, comeet, writes, log } = this.#options;
      const found = await store.findByPreHireId(preHireId);
      if (!found) {
        log.info(`[feishu] pre-hire ${preHireId} ${outcome}: not created by this service, nothing to write back`);
        return 'not-ours';
      }
      const [key, record] = found;
      if (record.writtenBack?.includes(outcome)) return 'already';
      const note = `Feishu CoreHR: onboarding ${outcome} (pre-hire ${preHireId}).`;
      let result: WriteBackResult;
      if (record.source === 'moka') {
        log.warn(
          `[feishu] pre-hire ${preHireId} ${outcome}: ${key} came from Moka, whose API has no candidate write; update Moka by hand`,
        );
        result = 'logged';
      } else if (!comeet) {
        log.warn(`[feishu] pre-hire ${preHireId} ${outcome}: no Comeet client configured, ${key} not updated`);
        result = 'logged';
      } else if (!writes) {
        log.info(
          `[feishu] pre-hire ${preHireId} ${outcome}: would add to Comeet candidate ${record.recordId} the note "${note}" (read-only run)`,
        );
        return 'dry-run';
      } else {
        await comeet.candidates.addNote(record.recordId, {
          time_created: new Date(),
          created_by: { type: 'app', first_name: 'hire-to-onboard' },
          text: note,
        });
        log.info(`[feishu] pre-hire ${preHireId} ${outcome}: noted on Comeet candidate ${record.recordId}`);
        result = 'written';
      }
      if (writes)
        await store.putHire(key, {
          ...record,
          writtenBack: [...(record.writtenBack ?? []), outcome],
          updatedAt: new Date().toISOString(),
        });
      return result;
    });
  }
}
