import { AuthenticationError, type CandidateStage, type MokaCandidate, type MokaClient } from '@hr/moka';
import type { Log } from '../log.js';
import { type FieldGap, groupGaps } from '../mapping/types.js';
import { type MokaCandidateOutcome, type MokaHireContext, handleMokaCandidate, isHired } from './moka-hires.js';

/** What a pull needs. */
export interface MokaPullOptions extends MokaHireContext {
  /** The Moka client. */
  moka: MokaClient;
  /** The stage pulled: `offer` (default of the service), `pending_checkin` or `all`. */
  stage: CandidateStage;
  /** Where progress goes. */
  log: Log;
}

/** Counts of one pull. */
export interface MokaPullSummary {
  /** Pages fetched (the final empty one included). */
  pages: number;
  /** Candidates seen (re-read waiting ones included). */
  candidates: number;
  /**
   * Outcomes by kind (`created`, `already-created`, `waiting`, `unmappable`, `failed`, `dry-run`;
   * `needs-review` parked, `later` left pending until a create's outcome can be known, `busy`
   * handled by another process).
   */
  outcomes: Record<MokaCandidateOutcome['kind'], number>;
  /** The cursor saved (or, on a read-only run, the one that would be). */
  cursor: string | undefined;
}

/** Moka documents no maximum for `applicationId` lists; waiting candidates are re-read 20 at a time (its page size). */
const RECHECK_BATCH = 20;

/** Moka answers a refused key; this says so plainly, and what was (not) written. */
function credentialsError(
  error: InstanceType<typeof AuthenticationError>,
  written: number,
  cursor: string | undefined,
) {
  const state =
    written === 0
      ? 'Nothing was written to Feishu or to the checkpoint.'
      : `${written} hire(s) were handled before; the cursor stays at ${cursor ?? 'the start'}, the next run resumes there.`;
  return new Error(
    `Moka refused the API key (HTTP ${error.status}: ${error.vendorMessage}): check MOKA_API_KEY and that the candidate interface is enabled for the account. ${state}`,
    { cause: error },
  );
}

/**
 * The incremental pull, for accounts without Moka webhooks:
 *
 * 1. Candidates left `waiting` (offer not accepted), `unmappable` or `failed` by earlier pulls are
 *    read again by id (`candidates.retrieve`), since the cursor has moved past them.
 * 2. `candidates.pull({ stage, cursor })` from the saved cursor (`moka:<stage>`), oldest first;
 *    each page's hires are handled, then its cursor is saved: a crash re-delivers a page (whose
 *    created hires the checkpoint skips), never skips one.
 *
 * A transient failure stops the pull without saving the page's cursor. A refused key rejects with
 * a message saying so and what was written.
 */
export async function pullMokaHires(options: MokaPullOptions): Promise<MokaPullSummary> {
  const { moka, store, stage, writes, log } = options;
  const cursorName = `moka:${stage}`;
  const summary: MokaPullSummary = {
    pages: 0,
    candidates: 0,
    outcomes: {
      created: 0,
      'already-created': 0,
      waiting: 0,
      unmappable: 0,
      failed: 0,
      'dry-run': 0,
      'needs-review': 0,
      later: 0,
      busy: 0,
      accepted: 0,
    },
    cursor: await store.getCursor(cursorName),
  };
  let written = 0;
  const gaps: FieldGap[] = [];
  const handle = async (candidate: MokaCandidate, hired: boolean) => {
    const outcome = await handleMokaCandidate(candidate, hired, options);
    summary.candidates++;
    summary.outcomes[outcome.kind]++;
    if (outcome.kind !== 'dry-run') written++;
    if (outcome.kind === 'created' || outcome.kind === 'dry-run') gaps.push(...outcome.unmapped);
  };

  try {
    const recheck = (await store.hiresIn(['waiting', 'unmappable', 'failed'])).filter(([, r]) => r.source === 'moka');
    if (recheck.length > 0)
      log.info(`[moka] re-reading ${recheck.length} candidate(s) left waiting, unmappable or failed by earlier pulls`);
    for (let i = 0; i < recheck.length; i += RECHECK_BATCH) {
      const batch = new Map(recheck.slice(i, i + RECHECK_BATCH).map(([, record]) => [record.recordId, record.state]));
      for (const candidate of await moka.candidates.retrieve([...batch.keys()].map(Number))) {
        // Unmappable and failed ones were hires already; a waiting one is a hire once its offer is accepted.
        const wasHired = batch.get(String(candidate.applicationId)) !== 'waiting';
        await handle(candidate, wasHired || isHired(candidate, 'all'));
      }
    }

    for await (const page of moka.candidates.pull({ stage, cursor: summary.cursor })) {
      summary.pages++;
      for (const candidate of page.candidates) await handle(candidate, isHired(candidate, stage));
      if (page.cursor && page.cursor !== summary.cursor) {
        if (writes) await store.putCursor(cursorName, page.cursor);
        summary.cursor = page.cursor;
      }
      const counts = Object.entries(summary.outcomes)
        .filter(([, count]) => count > 0)
        .map(([kind, count]) => `${count} ${kind}`)
        .join(', ');
      log.info(
        `[moka] page ${summary.pages}: ${page.candidates.length} candidate(s); this pull so far: ${counts || 'nothing'}; cursor ${summary.cursor ?? '(start)'}${writes ? '' : ' (not saved: read-only run)'}`,
      );
    }
  } catch (error) {
    reportGaps(gaps, log);
    if (AuthenticationError.isInstance(error)) throw credentialsError(error, written, summary.cursor);
    throw error;
  }
  // Moka answers a stage without any candidate with a documented server exception: the client reads it as an empty page.
  if (summary.pages === 1 && summary.candidates === 0 && summary.cursor === undefined)
    log.info(`[moka] the ${stage} stage has no candidate yet`);
  reportGaps(gaps, log);
  return summary;
}

/** One line for the whole pull: each value not carried over, with how many hires it concerns. */
function reportGaps(gaps: FieldGap[], log: Log): void {
  if (gaps.length === 0) return;
  log.warn('[moka] not carried over (reported, not guessed; see the mapping configuration):');
  for (const line of groupGaps(gaps)) log.warn(`[moka]   ${line}`);
  gaps.length = 0;
}
