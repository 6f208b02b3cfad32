import { z } from 'zod';
import { schemaFor } from '@hr/core/internal';
import { optionalBoolean, optionalList, optionalNumber, optionalString, stringOrNumber } from './primitives.js';

/** A sub-question of an interview evaluation (`feedbackTemplateResult[].subjects[]`). */
export interface FeedbackSubject {
  /** Question type: 1 scoring, 2 multiple choice (single answer), 3 description, 4 multiple response. */
  type?: number | null | undefined;
  /** Title of the sub-question as written in the evaluation form. */
  title?: string | null | undefined;
  /** Description of the sub-question as written in the evaluation form; null when none. */
  description?: string | null | undefined;
  /**
   * The answer: the selected score (scoring), the option index from 0 (type 2), the text
   * (description), or a list of option indexes such as `[1, 2]` (type 4).
   */
  result?: number | string | number[] | null | undefined;
  /** The interviewer's written justification of the score (score review); null when none was required or given. */
  reason?: string | null | undefined;
  /** Options (type 2 only). */
  options?: string[] | string | null | undefined;
}

/** An interview evaluation section (`interviewers[].feedbackTemplateResult[]`). */
export interface FeedbackTemplateResult {
  /** Question type: 1 scoring, 2 multiple choice, 3 description, 4 multiple response. */
  type?: number | null | undefined;
  /** Title of the question as written in the evaluation form. */
  title?: string | null | undefined;
  /** Description of the question as written in the evaluation form; null when none. */
  description?: string | null | undefined;
  /** Total score of a scoring question (out of `scoreType`: 5 or 10), combined as `calcScoreType` says. */
  result?: number | string | null | undefined;
  /** `avg` (average) or `total` (sum); type 1 only. */
  calcScoreType?: string | null | undefined;
  /** 5 or 10: the maximum score; type 1 only. */
  scoreType?: number | null | undefined;
  /** Whether a score review is needed; type 1 only. */
  needReason?: string | boolean | null | undefined;
  /** The sub-questions and their answers; [] when the question has none. */
  subjects?: FeedbackSubject[] | null | undefined;
}

/** One dimension of an interview satisfaction evaluation. */
export interface SatisfactionDimension {
  /** Name of the satisfaction dimension (e.g. the interview process). */
  name?: string | null | undefined;
  /** The dimension's value. */
  value?: unknown;
}

/** The candidate's satisfaction evaluation of an interview. */
export interface SatisfactionRecord {
  /** When the satisfaction evaluation was sent. */
  sendTime?: string | null | undefined;
  /** Whether the evaluation is anonymous. */
  isAnonymous?: boolean | null | undefined;
  /**
   * The evaluation as a JSON string: `{ customFields: [{ title, subTitle, type: single | mutiSelect |
   * describe, options, value }], essaySectionTitle, essayValue }`.
   */
  content?: string | null | undefined;
  /** The dimensions (interview process...), each with a name and a value. */
  satisfactionDimensions?: SatisfactionDimension[] | null | undefined;
}

/** An interviewer of the application, with the interview and its feedback (`interviewers[]`). */
export interface Interviewer {
  /** Interviewer's full name as in Moka. */
  name?: string | null | undefined;
  /** Interviewer's email address. */
  email?: string | null | undefined;
  /** Interviewer's phone number; null when not set. */
  phone?: string | null | undefined;
  /** Moka's id of the interview (a number). */
  id?: number | null | undefined;
  /** Moka's id of the interview group (a string) the interview belongs to. */
  groupId?: string | number | null | undefined;
  /** Whether the interview was accepted: No feedback, No show, Rejected, Accepted. */
  attendStatus?: string | null | undefined;
  /** Reason for cancelling the interview. */
  cancelReason?: string | null | undefined;
  /** Feedback state: interview not conducted, Feedback filled, Feedback not filled. */
  participated?: string | null | undefined;
  /** Interview status: Cancelled, unfinished, Finished. */
  status?: string | null | undefined;
  /** Interview round: 1 first round, 2 second round, 3 final round, etc. */
  round?: number | null | undefined;
  /** Interview round name: 1st round, 2nd round, Final round, etc. */
  roundName?: string | null | undefined;
  /** The round name in other languages. */
  roundOtherName?: Record<string, unknown> | null | undefined;
  /** Interview start time. */
  startTime?: string | null | undefined;
  /** When the interview was created. */
  createdAt?: string | null | undefined;
  /** Interview location: country. */
  locationCountry?: string | null | undefined;
  /** Interview location: city id. */
  locationCityId?: number | null | undefined;
  /** Interview location: full address. */
  locationAddress?: string | null | undefined;
  /** Deprecated interview result: 1 very dissatisfied, 2 dissatisfied, 3 satisfied, 4 very satisfied. */
  result?: number | null | undefined;
  /** Interview feedback (result name). */
  resultName?: string | null | undefined;
  /** Feedback result type: 0 dissatisfied, 1 satisfied. */
  resultType?: number | null | undefined;
  /** The interviewer's written feedback (free text); null before feedback is filled in. */
  feedback?: string | null | undefined;
  /** When the feedback was filled in. */
  resultTime?: string | null | undefined;
  /** The interview evaluation form answers. */
  feedbackTemplateResult?: FeedbackTemplateResult[] | null | undefined;
  /** The candidate's satisfaction evaluation of the interview. */
  satisfactionRecord?: SatisfactionRecord | null | undefined;
}

export const FeedbackSubjectSchema = schemaFor<FeedbackSubject>()(
  z.looseObject({
    type: optionalNumber,
    title: optionalString,
    description: optionalString,
    result: z.union([z.number(), z.string(), z.array(z.number())]).nullish(),
    reason: optionalString,
    options: z.union([z.array(z.string()), z.string()]).nullish(),
  }),
);

export const FeedbackTemplateResultSchema = schemaFor<FeedbackTemplateResult>()(
  z.looseObject({
    type: optionalNumber,
    title: optionalString,
    description: optionalString,
    result: stringOrNumber,
    calcScoreType: optionalString,
    scoreType: optionalNumber,
    needReason: z.union([z.string(), z.boolean()]).nullish(),
    subjects: optionalList(FeedbackSubjectSchema),
  }),
);

export const SatisfactionDimensionSchema = schemaFor<SatisfactionDimension>()(
  z.looseObject({
    name: optionalString,
    value: z.unknown().optional(),
  }),
);

export const SatisfactionRecordSchema = schemaFor<SatisfactionRecord>()(
  z.looseObject({
    sendTime: optionalString,
    isAnonymous: optionalBoolean,
    content: optionalString,
    satisfactionDimensions: optionalList(SatisfactionDimensionSchema),
  }),
);

export const InterviewerSchema = schemaFor<Interviewer>()(
  z.looseObject({
    name: optionalString,
    email: optionalString,
    phone: optionalString,
    id: optionalNumber,
    groupId: stringOrNumber,
    attendStatus: optionalString,
    cancelReason: optionalString,
    participated: optionalString,
    status: optionalString,
    round: optionalNumber,
    roundName: optionalString,
    roundOtherName: z.record(z.string(), z.unknown()).nullish(),
    startTime: optionalString,
    createdAt: optionalString,
    locationCountry: optionalString,
    locationCityId: optionalNumber,
    locationAddress: optionalString,
    result: optionalNumber,
    resultName: optionalString,
    resultType: optionalNumber,
    feedback: optionalString,
    resultTime: optionalString,
    feedbackTemplateResult: optionalList(FeedbackTemplateResultSchema),
    satisfactionRecord: SatisfactionRecordSchema.nullish(),
  }),
);
