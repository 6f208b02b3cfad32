import { z } from 'zod';
import { openEnum, schemaFor } from '@hr/core/internal';
import { listPageSchema } from './list-page.js';
import { pageLimit } from './page-limit.js';

/** Opening statuses of the Opening schema (https://developers.comeet.com/reference/openings-copy). */
export const OPENING_STATUSES = ['Open', 'Hired', 'Canceled', 'Pending'] as const;

/** Reasons for an opening, as the Opening schema lists them. */
export const OPENING_REASONS = ['New', 'Replacement hire', 'Temporary replacement'] as const;

/** Statuses of an opening's approval process. */
export const APPROVAL_STATUSES = ['NA', 'APPROVED', 'REJECTED', 'STARTED', 'PAUSED'] as const;

/** The approval process of an opening. */
export interface OpeningApprovalProcess {
  /** Approval process UID. */
  uid?: string | null | undefined;
  /** Approval process name, e.g. `CEO Approval`. */
  name?: string | null | undefined;
  /** When the approval process started, `YYYY-MM-DDTHH:mm:ssZ`. */
  time_started?: string | null | undefined;
  /** When it was approved; included when the process was approved. */
  time_completed?: string | null | undefined;
  /** `NA` (not sent for approval yet), `APPROVED`, `REJECTED`, `STARTED` or `PAUSED`. */
  status?: (typeof APPROVAL_STATUSES)[number] | (string & {}) | null | undefined;
}

/**
 * An opening: one hire planned in a position (Opening schema, https://developers.comeet.com/reference/openings-copy).
 * Reading openings needs the integration permission "Openings: Retrieve openings". Unknown fields are kept.
 */
export interface Opening {
  /** Opening UID, e.g. `7A.258`. */
  uid: string;
  /** UID of the opening's position. */
  position_uid?: string | null | undefined;
  /** Opening name, e.g. `Opening 1`. */
  name?: string | null | undefined;
  /** The opening's approval process. */
  approval_process?: OpeningApprovalProcess | null | undefined;
  /** UID of the hired candidate; null until someone is hired. */
  hired_candidate_uid?: string | null | undefined;
  /** Expected hire date, `YYYY-MM-DDTHH:mm:ssZ`. */
  time_expected_hire?: string | null | undefined;
  /**
   * How many openings this item represents: always 1 when Open, Hired or Canceled; 1 to 10 when
   * Pending. The schema types it as a string, the examples send a number: both are accepted.
   */
  headcount?: string | number | null | undefined;
  /** `New`, `Replacement hire` or `Temporary replacement`. */
  reason?: (typeof OPENING_REASONS)[number] | (string & {}) | null | undefined;
  /** `Open`, `Hired`, `Canceled` or `Pending`. */
  status?: (typeof OPENING_STATUSES)[number] | (string & {}) | null | undefined;
  /** When the opening was created. */
  time_created?: string | null | undefined;
  /** When the opening's status last changed. */
  time_last_status_change?: string | null | undefined;
  /** The opening's open date (use it for time-to-fill); the schema names it `time_open`. */
  time_open?: string | null | undefined;
  /** The opening's open date as the examples name it (`time_opened`). */
  time_opened?: string | null | undefined;
  /** When the opening last changed. */
  time_updated?: string | null | undefined;
  /** When the hired candidate applied. */
  hired_candidate_time_applied?: string | null | undefined;
  /** Start date of the hired candidate. */
  hired_candidate_start_date?: string | null | undefined;
  /** Hire date of the hired candidate. */
  hired_candidate_hire_date?: string | null | undefined;
  /** Key-value pairs of custom opening fields (Create an Opening's answer). */
  custom_fields?: Record<string, unknown> | null | undefined;
}

/** Options of `openings.list()`. */
export interface ListOpeningsParams {
  /** Openings per page (`limit`); no maximum is documented. */
  limit?: number | undefined;
}

const str = z.string().nullish();
const uidLike = z.union([z.string(), z.number()]).transform(String);

export const OpeningApprovalProcessSchema = schemaFor<OpeningApprovalProcess>()(
  z.looseObject({
    uid: str,
    name: str,
    time_started: str,
    time_completed: str,
    status: openEnum(APPROVAL_STATUSES).nullish(),
  }),
);

export const OpeningSchema = schemaFor<Opening>()(
  z.looseObject({
    uid: uidLike,
    position_uid: str,
    name: str,
    approval_process: OpeningApprovalProcessSchema.nullish(),
    hired_candidate_uid: uidLike.nullish(),
    time_expected_hire: str,
    headcount: z.union([z.string(), z.number()]).nullish(),
    reason: openEnum(OPENING_REASONS).nullish(),
    status: openEnum(OPENING_STATUSES).nullish(),
    time_created: str,
    time_last_status_change: str,
    time_open: str,
    time_opened: str,
    time_updated: str,
    hired_candidate_time_applied: str,
    hired_candidate_start_date: str,
    hired_candidate_hire_date: str,
    custom_fields: z.record(z.string(), z.unknown()).nullish(),
  }),
);

/** The query of the openings list: unknown keys are sent as given. */
export const ListOpeningsQuerySchema = z.looseObject({ limit: pageLimit });

/** The answer of the openings list: a bare array or `{ openings, next_page }`. */
export const OpeningPageSchema = listPageSchema('openings', OpeningSchema);
