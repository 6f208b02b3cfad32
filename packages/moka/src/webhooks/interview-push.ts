import { z } from 'zod';
import { schemaFor } from '@hr/core/internal';
import { optionalList, optionalNumber, optionalString, stringOrNumber } from '../models/primitives.js';

/** Interview types of an interview push: 1 on-site, 2 group, 3 phone, 4 video, 5 queue (叫号) interview. */
export const MOKA_INTERVIEW_TYPE = { ON_SITE: 1, GROUP: 2, PHONE: 3, VIDEO: 4, QUEUE: 5 } as const;

/** A person of an interview push (the creator, an interviewee or an interviewer). */
export interface MokaInterviewPerson {
  /** Moka's id of the person. */
  id?: string | number | null | undefined;
  /** Full name as entered in Moka. */
  name?: string | null | undefined;
  /** Email address; null when not given. */
  email?: string | null | undefined;
  /** Phone number; null when not given. */
  phone?: string | null | undefined;
}

/** A candidate invited to the interview. */
export interface MokaInterviewee extends MokaInterviewPerson {
  /** Moka's id of the job the candidate applied to. */
  jobId?: string | number | null | undefined;
  /** Title of that job. */
  jobTitle?: string | null | undefined;
  /** The candidate's link to the interview (video and queue interviews). */
  intervieweeUrl?: string | null | undefined;
}

/** An interviewer of the interview. */
export interface MokaInterviewer extends MokaInterviewPerson {
  /** The interviewer's link to the interview (video and queue interviews). */
  interviewerUrl?: string | null | undefined;
}

/** Where an on-site interview takes place. */
export interface MokaInterviewAddress {
  /** Moka's id of the address. */
  id?: string | number | null | undefined;
  /** Country of the address. */
  country?: string | null | undefined;
  /** Moka's city id (see Moka's district codes). */
  cityId?: string | number | null | undefined;
  /** The full street address. */
  address?: string | null | undefined;
}

/** One interview (session) of the push. */
export interface MokaPushedInterview {
  /** Moka's id of this interview event (a string). */
  event_id?: string | null | undefined;
  /** The applications (candidates) in this interview. */
  applicationIds?: (string | number)[] | null | undefined;
  /** Moka's id of the interview round. */
  roundId?: string | number | null | undefined;
  /** Name of the round, e.g. `1st round`, `Final round`. */
  roundName?: string | null | undefined;
  /** Moka's id of the meeting room; null when none. */
  roomId?: string | number | null | undefined;
  /** Name of the meeting room; null when none. */
  roomName?: string | null | undefined;
  /** Where the interview takes place; null for phone and video interviews. */
  address?: MokaInterviewAddress | null | undefined;
  /** Start time, epoch MILLISECONDS (unlike the envelope's `triggeredAt`). */
  startTime?: number | null | undefined;
  /** End time, epoch milliseconds. */
  endTime?: number | null | undefined;
  /** Moka's ids of the interviewers. */
  interviewerIds?: (string | number)[] | null | undefined;
  /** The candidates invited. */
  interviewee?: MokaInterviewee[] | null | undefined;
  /** The interviewers. */
  interviewer?: MokaInterviewer[] | null | undefined;
}

/**
 * The data of `createInterviewsInfo`, `updateInterviewsInfo` and `deleteInterviewsInfo` pushes, sent
 * when an HR user confirms "添加面试完成" (adding an interview) in Moka. Unknown fields are kept.
 */
export interface MokaInterviewPush {
  /** Every application concerned. */
  applicationIds?: (string | number)[] | null | undefined;
  /** 1 on-site, 2 group, 3 phone, 4 video, 5 queue interview (see `MOKA_INTERVIEW_TYPE`). */
  interviewType?: number | null | undefined;
  /** When the interviews were created, epoch milliseconds. */
  createTime?: number | null | undefined;
  /** The Moka user who arranged them. */
  creator?: MokaInterviewPerson | null | undefined;
  /** The interviews, one per session. */
  interviews?: MokaPushedInterview[] | null | undefined;
}

const ids = optionalList(z.union([z.string(), z.number()]));
const PersonShape = { id: stringOrNumber, name: optionalString, email: optionalString, phone: optionalString };

export const MokaInterviewPushSchema = schemaFor<MokaInterviewPush>()(
  z.looseObject({
    applicationIds: ids,
    interviewType: optionalNumber,
    createTime: optionalNumber,
    creator: z.looseObject(PersonShape).nullish(),
    interviews: optionalList(
      z.looseObject({
        event_id: optionalString,
        applicationIds: ids,
        roundId: stringOrNumber,
        roundName: optionalString,
        roomId: stringOrNumber,
        roomName: optionalString,
        address: z
          .looseObject({ id: stringOrNumber, country: optionalString, cityId: stringOrNumber, address: optionalString })
          .nullish(),
        startTime: optionalNumber,
        endTime: optionalNumber,
        interviewerIds: ids,
        interviewee: optionalList(
          z.looseObject({
            ...PersonShape,
            jobId: stringOrNumber,
            jobTitle: optionalString,
            intervieweeUrl: optionalString,
          }),
        ),
        interviewer: optionalList(z.looseObject({ ...PersonShape, interviewerUrl: optionalString })),
      }),
    ),
  }),
);
