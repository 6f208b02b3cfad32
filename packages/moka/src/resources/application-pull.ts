import type { PagePromise } from '@hr/core';
import type { ApplicationPage, MokaApplicationSummary } from '../models/application.js';

/** One page of an incremental application pull. */
export interface ApplicationPullPage {
  /** The applications of the page. */
  applications: MokaApplicationSummary[];
  /** The page's `next` cursor (absent on the last page). */
  next: string | undefined;
  /**
   * Where the next run should start: the latest `updatedAt` seen so far (as Moka wrote it), or the
   * `fromTime` the pull started from. Save it once the page is processed and pass it as `fromTime`
   * next time: the run re-delivers what changed at that very moment (upsert by `id`), never skips.
   */
  resumeFrom: string | undefined;
}

/** Everything an incremental application pull returned. */
export interface ApplicationPullResult {
  /** Every application pulled. */
  applications: MokaApplicationSummary[];
  /** Where the next run should start (see `ApplicationPullPage.resumeFrom`). */
  resumeFrom: string | undefined;
  /** How many pages were fetched. */
  pages: number;
}

/** Whether Moka time `a` is later than `b` (both as Moka writes them, e.g. `2017-01-01 10:00:00` or `2018-1-1`). */
function isLater(a: string, b: string): boolean {
  const [ta, tb] = [Date.parse(a), Date.parse(b)];
  return Number.isFinite(ta) && Number.isFinite(tb) ? ta > tb : a > b;
}

/**
 * An incremental pull of `GET /v1/data/applications`: iterate its pages (saving each page's
 * `resumeFrom`), or `collect()` it. Moka's docs do not say whether a `next` cursor still works on a
 * later run, so the resume point is a time, the latest `updatedAt` processed.
 */
export class ApplicationPull implements AsyncIterable<ApplicationPullPage> {
  readonly #listing: PagePromise<ApplicationPage, MokaApplicationSummary>;
  readonly #fromTime: string | undefined;

  constructor(listing: PagePromise<ApplicationPage, MokaApplicationSummary>, fromTime: string | undefined) {
    this.#listing = listing;
    this.#fromTime = fromTime;
  }

  /** Every page, each with the point to resume from once it is processed. */
  async *[Symbol.asyncIterator](): AsyncIterator<ApplicationPullPage> {
    let resumeFrom = this.#fromTime;
    for await (const page of this.#listing.pages()) {
      for (const { updatedAt } of page.items) {
        if (updatedAt && (resumeFrom === undefined || isLater(updatedAt, resumeFrom))) resumeFrom = updatedAt;
      }
      const next = page.data.next;
      yield {
        applications: page.items,
        next: next === undefined || next === null || next === '' ? undefined : String(next),
        resumeFrom,
      };
    }
  }

  /** Pulls every page and returns all applications with the point to resume from. */
  async collect(): Promise<ApplicationPullResult> {
    const applications: MokaApplicationSummary[] = [];
    let resumeFrom = this.#fromTime;
    let pages = 0;
    for await (const page of this) {
      applications.push(...page.applications);
      resumeFrom = page.resumeFrom;
      pages++;
    }
    return { applications, resumeFrom, pages };
  }
}
