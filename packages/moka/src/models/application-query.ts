import { z } from 'zod';

/** Parameters of `applications.list()` (`GET /v1/data/applications`). */
export interface ListApplicationsParams {
  /**
   * Start of the window: applications changed since this time. Sent on the first request only; later
   * pages carry `next` alone. The docs give no format (their headcount twin's example is `2018-1-1`).
   */
  fromTime?: string | undefined;
  /** A page's `next` cursor: start after it (instead of `fromTime`). */
  next?: string | undefined;
  /** Applications per page (Moka's default: 100; the docs give no maximum). */
  limit?: number | undefined;
}

/** Stages of the moved-applications feed (`stage`). */
export const MOVED_APPLICATION_STAGE = {
  /** Every stage. */
  ALL: 'all',
  /** Preliminary filter (初筛). */
  PRELIMINARY_FILTER: 'preliminary_filter',
  /** Offer-type stages. */
  OFFER: 'offer',
  /** To be onboarded. */
  PENDING_CHECKIN: 'pending_checkin',
  /** Filter-type stages (筛选型). */
  FILTER: 'filter',
  /** Interview-type stages. */
  INTERVIEW: 'interview',
  /** Exam-type stages. */
  EXAM: 'exam',
  /** Stages without a type. */
  NONE: 'none',
  /** Trial-work stages (试工型). */
  SHIGONG: 'shigong',
} as const;
/** A stage of the moved-applications feed. */
export type MovedApplicationStage = (typeof MOVED_APPLICATION_STAGE)[keyof typeof MOVED_APPLICATION_STAGE];

/** Parameters of `applications.moved()` (`GET /v1/data/moved_applications`). */
export interface ListMovedApplicationsParams {
  /** The stage (required): `all`, or a stage type (see `MOVED_APPLICATION_STAGE`). */
  stage: MovedApplicationStage;
  /** Start of the window, e.g. `2018-1-1` (required on the first request; later pages carry `next` alone). */
  fromTime: string;
  /**
   * `update` (Moka's default): only applications not returned before, or moved since, and Moka marks
   * what it returns; `all`: every application, ignoring the marks.
   */
  reqType?: 'all' | 'update' | undefined;
  /** Applications per page: one page of Moka's docs says at most 20, a newer one at most 100. */
  limit?: number | undefined;
}

const text = (what: string) => z.string({ error: `must be a string (${what})` }).min(1, 'must not be empty');
const positive = (max?: number) => {
  const base = z.number().int('must be an integer').min(1, 'must be at least 1');
  return (max === undefined ? base : base.max(max, `must be at most ${max}`)).optional();
};

/** The query of `GET /v1/data/applications`: `fromTime` or `next`, not both. */
export const ListApplicationsQuerySchema = z
  .strictObject({
    fromTime: text('the start of the window').optional(),
    next: text('a page cursor').optional(),
    limit: positive(),
  })
  .superRefine((query, ctx) => {
    if (query.fromTime !== undefined && query.next !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['next'],
        message: 'cannot be combined with fromTime: Moka takes fromTime on the first request and next alone after it',
      });
  });

const STAGES = Object.values(MOVED_APPLICATION_STAGE) as [MovedApplicationStage, ...MovedApplicationStage[]];

/** The query of `GET /v1/data/moved_applications`. */
export const ListMovedApplicationsQuerySchema = z.strictObject({
  stage: z.enum(STAGES, { error: `must be one of ${STAGES.join(', ')}` }),
  fromTime: text('the start of the window, e.g. 2018-1-1'),
  reqType: z.enum(['all', 'update'], { error: 'must be all or update' }).optional(),
  limit: positive(100),
});
