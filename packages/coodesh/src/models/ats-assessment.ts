import { lazySchema, openEnum, schemaFor } from '@hr/core/internal';
import { z } from 'zod';
import { offsetListQueryShape, type OffsetListQuery } from './paging.js';

/** Technical level of an assessment. */
export const ASSESSMENT_LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
/** Technical level of an assessment: `beginner`, `intermediate`, `advanced`, or a newer value. */
export type AssessmentLevel = (typeof ASSESSMENT_LEVELS)[number] | (string & {});

/** Unit of an assessment's duration. */
export const DURATION_UNITS = ['minute', 'hour', 'day'] as const;
/** Unit of a duration: `minute`, `hour`, `day`, or a newer value. */
export type DurationUnit = (typeof DURATION_UNITS)[number] | (string & {});

/** An assessment as listed by the ATS integration (`GET /assessments/ats`, item of `payload`). */
export interface AtsAssessment {
  /** The assessment's id (send it as `assessment_id` to create an attempt). */
  assessment_id?: string | null;
  /** Assessment name, e.g. `Backend Node.js - JU81JV`. */
  name?: string | null;
  /** Assessment category. */
  category?: string | null;
  /** Assessment description. */
  description?: string | null;
  /** Technical level, e.g. `beginner`. */
  level?: AssessmentLevel | null;
  /** Display label of `level`, e.g. `Basic`. */
  level_formatted?: string | null;
  /** Default content locale, e.g. `pt`. */
  default_locale?: string | null;
  /** Duration (the reference shows the string `"60"`; numbers are accepted too). */
  duration?: string | number | null;
  /** Unit of `duration`, e.g. `minute`. */
  duration_unit?: DurationUnit | null;
  /** The assessment's questions. */
  questions?: Record<string, unknown>[] | null;
}

/** Schema of {@link AtsAssessment}. */
export const AtsAssessmentSchema = lazySchema(() =>
  schemaFor<AtsAssessment>()(
    z.looseObject({
      assessment_id: z.string().nullish(),
      name: z.string().nullish(),
      category: z.string().nullish(),
      description: z.string().nullish(),
      level: openEnum(ASSESSMENT_LEVELS).nullish(),
      level_formatted: z.string().nullish(),
      default_locale: z.string().nullish(),
      duration: z.union([z.string(), z.number()]).nullish(),
      duration_unit: openEnum(DURATION_UNITS).nullish(),
      questions: z.array(z.record(z.string(), z.unknown())).nullish(),
    }),
  ),
);

/** Query of `GET /assessments/ats`. */
export interface AtsAssessmentsQuery extends OffsetListQuery {
  /** Only these assessment ids. */
  _id?: string[];
}

/** Schema of {@link AtsAssessmentsQuery}. */
export const AtsAssessmentsQuerySchema = lazySchema(() =>
  schemaFor<AtsAssessmentsQuery>()(
    z.looseObject({
      ...offsetListQueryShape(),
      _id: z.array(z.string().min(1)).optional(),
    }),
  ),
);
