import { type CandidateStage, type MokaCandidate, OFFER_STATUS } from '@hr/moka';
import type { CheckpointStore } from '../checkpoint/types.js';
import type { MappingConfig } from '../config/mapping-config.js';
import { mapMokaCandidate } from '../mapping/moka-candidate.js';
import { hireKey, outBizIdFor } from './idempotency.js';
import type { HireIntake, HireOutcome } from './intake.js';

/** What happened to one Moka candidate: a hire outcome, or `waiting` (not hired yet). */
export type MokaCandidateOutcome = HireOutcome | { kind: 'waiting'; unmapped: [] };

/**
 * Whether a pulled candidate is hired: everyone in the to-be-onboarded stage is; in the offer
 * stage only a candidate whose offer is `accepted` (a sent or pending offer is not a hire yet).
 */
export function isHired(candidate: MokaCandidate, stage: CandidateStage): boolean {
  return stage === 'pending_checkin' || candidate.offer?.status === OFFER_STATUS.ACCEPTED;
}

/** What handling a Moka candidate needs. */
export interface MokaHireContext {
  /** Takes hires in (and runs them). */
  intake: HireIntake;
  /** The checkpoint (for `waiting` records). */
  store: CheckpointStore;
  /** The mapping configuration. */
  config: MappingConfig;
  /** False on a read-only run. */
  writes: boolean;
}

/**
 * Handles one pulled Moka candidate: creates its pre-hire when `hired`, otherwise records it as
 * `waiting` (unless the checkpoint knows it already) so the next pull reads it again by id (the
 * cursor moves past it, and accepting an offer does not bring a candidate back into the stage
 * listing).
 */
export async function handleMokaCandidate(
  candidate: MokaCandidate,
  hired: boolean,
  { intake, store, config, writes }: MokaHireContext,
): Promise<MokaCandidateOutcome> {
  const recordId = String(candidate.applicationId);
  if (hired) return intake.take('moka', recordId, mapMokaCandidate(candidate, config));
  if (writes)
    await store.takeIn(
      hireKey('moka', recordId),
      {
        source: 'moka',
        recordId,
        outBizId: outBizIdFor('moka', recordId),
        state: 'waiting',
        updatedAt: new Date().toISOString(),
      },
      [],
    );
  return { kind: 'waiting', unmapped: [] };
}
