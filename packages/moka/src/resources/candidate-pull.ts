import type { PagePromise } from '@hr/core';
import type { CandidatePage, MokaCandidate } from '../models/candidate.js';
import type { CandidateStageFilters, ListCandidatesByStage } from '../models/candidate-query.js';

/** Parameters of `candidates.pull()`. */
export interface PullCandidatesParams extends CandidateStageFilters {
  /** `offer`, `pending_checkin` or `all`. */
  stage: ListCandidatesByStage['stage'];
  /** The cursor saved by the previous run (a page's `cursor`); omit to start from the oldest candidate. */
  cursor?: string | null | undefined;
}

/** One page of an incremental pull. */
export interface CandidatePullPage {
  /** The candidates of the page, oldest first (empty on the last page). */
  candidates: MokaCandidate[];
  /** Save this once the page is processed: the next run resumes after it. */
  cursor: string | undefined;
}

/** Everything an incremental pull returned. */
export interface CandidatePullResult {
  /** Every candidate pulled, oldest first. */
  candidates: MokaCandidate[];
  /** The cursor to save for the next run (the one given when nothing new arrived). */
  cursor: string | undefined;
  /** How many pages were fetched (the final empty page included). */
  pages: number;
}

/** An incremental pull: iterate its pages (and save each page's cursor), or `collect()` it. */
export class CandidatePull implements AsyncIterable<CandidatePullPage> {
  readonly #listing: PagePromise<CandidatePage, MokaCandidate>;
  readonly #startCursor: string | undefined;

  constructor(listing: PagePromise<CandidatePage, MokaCandidate>, startCursor: string | null | undefined) {
    this.#listing = listing;
    this.#startCursor = startCursor ?? undefined;
  }

  /** Every page up to and including the first empty one; each with the cursor to save after it. */
  async *[Symbol.asyncIterator](): AsyncIterator<CandidatePullPage> {
    let cursor = this.#startCursor;
    for await (const page of this.#listing.pages()) {
      const next = page.data.next;
      cursor = next === undefined || next === null || next === '' ? cursor : String(next);
      yield { candidates: page.items, cursor };
    }
  }

  /** Pulls every page and returns all candidates with the cursor to save. */
  async collect(): Promise<CandidatePullResult> {
    const candidates: MokaCandidate[] = [];
    let cursor = this.#startCursor;
    let pages = 0;
    for await (const page of this) {
      candidates.push(...page.candidates);
      cursor = page.cursor;
      pages++;
    }
    return { candidates, cursor, pages };
  }
}
