import { z } from 'zod';
import { schemaFor } from '@hr/core/internal';
import { type MokaCandidate, MokaCandidateSchema } from './candidate.js';
import { optionalNumber, optionalString, stringOrNumber } from './primitives.js';

/**
 * One application of the incremental listing `GET /v1/data/applications` ("获取候选人申请列表"): the
 * slim record Moka gives for every stage, from its example `{ id, sourceName, headhunterCompany,
 * stageName, jobId, updatedAt }` (https://www.mokahr.com/docs/api/ "候选人API", as quoted by fxp/skillify
 * `skills/moka/references/candidates.md` §2). Read the full candidate with `candidates.retrieve(id)`
 * (offer and to-be-onboarded stages) or Moka's v3 application endpoints.
 */
export interface MokaApplicationSummary {
  /** The application id (`applicationId` elsewhere). */
  id?: number | string | null | undefined;
  /** Name of the source (channel), e.g. `拉勾`. */
  sourceName?: string | null | undefined;
  /** The headhunting company, when a headhunter referred the candidate. */
  headhunterCompany?: string | null | undefined;
  /** Name of the application's current stage, e.g. `沟通Offer`. */
  stageName?: string | null | undefined;
  /** Moka's id of the job. */
  jobId?: string | null | undefined;
  /** When the application last changed, e.g. `2017-01-01 10:00:00` (the docs give no time zone). */
  updatedAt?: string | null | undefined;
}

/** A page of `GET /v1/data/applications`: `{ data, next }`, no `code` or `success`. */
export interface ApplicationPage {
  /** The applications of the page. */
  data: MokaApplicationSummary[];
  /** Cursor of the next page; absent when nothing more is to be pulled. */
  next?: string | number | null | undefined;
}

export const MokaApplicationSummarySchema = schemaFor<MokaApplicationSummary>()(
  z.looseObject({
    id: stringOrNumber,
    sourceName: optionalString,
    headhunterCompany: optionalString,
    stageName: optionalString,
    jobId: optionalString,
    updatedAt: optionalString,
  }),
);

export const ApplicationPageSchema = schemaFor<ApplicationPage>()(
  z.looseObject({
    data: z
      .array(MokaApplicationSummarySchema)
      .nullish()
      .transform((items) => items ?? []),
    next: stringOrNumber,
  }),
);

/**
 * One application of the moved-applications feed `GET /v1/data/moved_applications` ("获取全部阶段下的
 * 候选人信息", https://mokahr.moyincloud.com/d/1687298466646093825.html): the candidate fields of
 * `GET /data/ehrApplications` (basic information only: no attachment links) plus the stage's type.
 */
export interface MokaMovedApplication extends MokaCandidate {
  /** Type of the current stage (100 preliminary filter, 101 offer, 102 to be onboarded, 200 filter, 201 interview, 202 exam, 205 none, 206 trial work). */
  stageType?: number | null | undefined;
}

/** A page of the moved-applications feed: `{ data, next }`. */
export interface MovedApplicationPage {
  /** The applications of the page. */
  data: MokaMovedApplication[];
  /** Cursor of the next page; absent when nothing more is to be pulled. */
  next?: string | number | null | undefined;
}

export const MokaMovedApplicationSchema = schemaFor<MokaMovedApplication>()(
  z.looseObject({ stageType: optionalNumber }).and(MokaCandidateSchema),
);

export const MovedApplicationPageSchema = schemaFor<MovedApplicationPage>()(
  z.looseObject({
    data: z
      .array(MokaMovedApplicationSchema)
      .nullish()
      .transform((items) => items ?? []),
    next: stringOrNumber,
  }),
);
