import { z } from 'zod';
import type { CandidateOrder, CandidateStage, InvitationUpdateStatus } from '../constants.js';

/** Moka returns at most this many candidates per page. */
export const MAX_CANDIDATES_PER_PAGE = 20;

/** Filters of a stage listing (`GET /data/ehrApplications` by `stage`). */
export interface CandidateStageFilters {
  /** Candidate email. */
  email?: string | undefined;
  /** Candidate phone. */
  phone?: string | undefined;
  /** Start of the window of the time the candidate moved to the current stage. */
  movedAtStartTime?: string | undefined;
  /** End of the window of the time the candidate moved to the current stage. */
  movedAtEndTime?: string | undefined;
  /** Candidates per page, 1–20 (Moka's default and maximum: 20). */
  limit?: number | undefined;
  /** Invitation-to-update status: 0 not invited, 1 not updated, 2 updated. */
  invitationUpdateStatus?: InvitationUpdateStatus | undefined;
}

/** Parameters of `candidates.list()` by stage. */
export interface ListCandidatesByStage extends CandidateStageFilters {
  /** `offer` (offer stage), `pending_checkin` (to be onboarded) or `all` (both). */
  stage: CandidateStage;
  /**
   * Sort by the time the candidate entered the current stage: `DESC` newest first (Moka's default) or
   * `ASC` oldest first, where every page carries `next` (see `candidates.pull()`).
   */
  order?: CandidateOrder | undefined;
  /** Cursor from a previous page's `next`: start after it. */
  next?: string | undefined;
}

/** Parameters of `candidates.list()` by application id (Moka then ignores every other parameter). */
export interface ListCandidatesByApplicationId {
  /** One application id or several (sent comma-separated, e.g. `81,82,83`). */
  applicationId: number | string | (number | string)[];
}

/** Parameters of `candidates.list()`: by `stage` or by `applicationId` (exactly one of them). */
export type ListCandidatesParams = ListCandidatesByStage | ListCandidatesByApplicationId;

const ID_RULE = 'must be an application id (a positive integer or a string of digits, e.g. 47151744)';
const isId = (v: unknown) =>
  (typeof v === 'number' && Number.isSafeInteger(v) && v > 0) || (typeof v === 'string' && /^\d+$/.test(v));

/**
 * One application id, several comma-separated (`81,82,83`) or a non-empty array of them; sent as
 * Moka's comma-separated `applicationId`. Checked by hand so each mistake gets one plain message.
 */
export const ApplicationIdsSchema = z.unknown().transform((ids, ctx): string => {
  const fail = (message: string, path: number[] = []) => {
    ctx.addIssue({ code: 'custom', message, path });
    return z.NEVER;
  };
  if (ids === undefined || ids === null)
    return fail('is required: one application id, or several as an array or a comma-separated string');
  if (Array.isArray(ids)) {
    if (ids.length === 0) return fail('must list at least one application id');
    const bad = ids.findIndex((id) => !isId(id));
    return bad >= 0 ? fail(ID_RULE, [bad]) : ids.join(',');
  }
  if (isId(ids) || (typeof ids === 'string' && /^\d+(,\d+)*$/.test(ids))) return String(ids);
  return fail(`${ID_RULE}, several of them comma-separated ("81,82,83"), or a non-empty array of them`);
});

const byApplicationId = z.strictObject({ applicationId: ApplicationIdsSchema });

const byStage = z.strictObject({
  stage: z.enum(['offer', 'pending_checkin', 'all'], { error: 'must be offer, pending_checkin or all' }),
  email: z.string().min(1).optional(),
  phone: z.string().min(1).optional(),
  movedAtStartTime: z.string().min(1).optional(),
  movedAtEndTime: z.string().min(1).optional(),
  limit: z
    .number()
    .int('must be an integer')
    .min(1, 'must be at least 1')
    .max(MAX_CANDIDATES_PER_PAGE, `must be at most ${MAX_CANDIDATES_PER_PAGE} (Moka's maximum)`)
    .optional(),
  order: z.enum(['ASC', 'DESC'], { error: 'must be ASC or DESC' }).optional(),
  next: z.string().min(1, 'must not be empty').optional(),
  invitationUpdateStatus: z
    .union([z.literal(0), z.literal(1), z.literal(2)], {
      error: 'must be 0 (not invited), 1 (not updated) or 2 (updated)',
    })
    .optional(),
});

/**
 * The query of `GET /data/ehrApplications`: exactly one of `applicationId` and `stage` (Moka ignores
 * every other parameter when `applicationId` is given, so combining them is refused).
 */
export const ListCandidatesQuerySchema = z.unknown().transform((value, ctx) => {
  const params = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const hasId = params['applicationId'] !== undefined;
  const hasStage = params['stage'] !== undefined;
  if (hasId === hasStage) {
    ctx.addIssue({
      code: 'custom',
      path: [hasId ? 'applicationId' : 'stage'],
      message: hasId
        ? 'cannot be combined with stage: pass exactly one of applicationId and stage'
        : 'is required: pass exactly one of applicationId and stage (offer, pending_checkin or all)',
    });
    return z.NEVER;
  }
  const result = (hasId ? byApplicationId : byStage).safeParse(params);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const unknownKeys = issue.code === 'unrecognized_keys' && hasId;
      ctx.addIssue({
        ...issue,
        message: unknownKeys
          ? `${issue.message}: Moka ignores every other parameter when applicationId is given`
          : issue.message,
      } as never);
    }
    return z.NEVER;
  }
  return result.data as Record<string, string | number>;
});
