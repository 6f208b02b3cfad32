import { z } from 'zod';
import { schemaFor } from '@hr/core/internal';
import { optionalBoolean, optionalNumber, optionalString } from './primitives.js';

/** An education record (`educationInfo[]`). */
export interface EducationInfo {
  /** Moka's id of this education record (a number). */
  id?: number | null | undefined;
  /** School start date, accurate to the month, e.g. `2010-09` or `2008`. */
  startDate?: string | null | undefined;
  /** School end date, accurate to the month, e.g. `2010-09` or `2008`. */
  endDate?: string | null | undefined;
  /** Whether the end is "to date"; when true, ignore `endDate`. */
  now?: boolean | null | undefined;
  /** School name, e.g. `北京大学`; null when not given. */
  school?: string | null | undefined;
  /** Major (field of study), e.g. `Human resources management`; null when not given. */
  speciality?: string | null | undefined;
  /** Education: Bachelor degree, Master degree, Doctor degree, Senior high school, Junior college, Technical secondary school, MBA, Other. */
  academicDegree?: string | null | undefined;
  /** Start time (as sent in Moka's example). */
  startTime?: string | null | undefined;
  /** End time (as sent in Moka's example). */
  endTime?: string | null | undefined;
}

/** A work experience record (`experienceInfo[]`). */
export interface ExperienceInfo {
  /** Moka's id of this work-experience record (a number). */
  id?: number | null | undefined;
  /** Work start time, accurate to the month, e.g. `2010-09` or `2008`. */
  startDate?: string | null | undefined;
  /** Work end time, accurate to the month, e.g. `2010-09` or `2008`. */
  endDate?: string | null | undefined;
  /** Whether the end is "to date"; when true, ignore `endDate`. */
  now?: boolean | null | undefined;
  /** Employer name, e.g. `郑州***限公司`; null when not given. */
  company?: string | null | undefined;
  /** Job title held there, e.g. `HR manager`; null when not given. */
  title?: string | null | undefined;
  /** Department worked in; null when not given. */
  department?: string | null | undefined;
  /** Salary there as the candidate wrote it (free text, no fixed unit); null when not given. */
  salary?: string | null | undefined;
  /** Responsibilities in that job (free text); null when not given. */
  summary?: string | null | undefined;
  /** Reason for resignation. */
  reasonForLeaving?: string | null | undefined;
  /** Number of subordinates. */
  underlingNumber?: string | null | undefined;
  /** Type of the company as the candidate wrote it (e.g. private, state-owned); null when not given. */
  type?: string | null | undefined;
  /** Size of the company as the candidate wrote it (e.g. `100-499`); null when not given. */
  size?: string | null | undefined;
  /** Start time (as sent in Moka's example). */
  startTime?: string | null | undefined;
  /** End time (as sent in Moka's example). */
  endTime?: string | null | undefined;
}

/** A project experience record (`projectInfo[]`). */
export interface ProjectInfo {
  /** Project start date, accurate to the month, e.g. `2010-09` or `2008`. */
  startDate?: string | null | undefined;
  /** Project end date, accurate to the month, e.g. `2010-09` or `2008`. */
  endDate?: string | null | undefined;
  /** Name of the project; null when not given. */
  projectName?: string | null | undefined;
  /** Job title and duty. */
  title?: string | null | undefined;
  /** Description of the project (free text); null when not given. */
  projectDescript?: string | null | undefined;
  /** Responsibility in the project. */
  responsibilities?: string | null | undefined;
  /** Whether the end is "to date"; when true, ignore `endDate`. */
  now?: boolean | null | undefined;
}

/** An internship record (`practiceInfo[]`). */
export interface PracticeInfo {
  /** Internship start time. */
  startDate?: string | null | undefined;
  /** Internship end time. */
  endDate?: string | null | undefined;
  /** Company of the internship; null when not given. */
  company?: string | null | undefined;
  /** Job title during the internship; null when not given. */
  title?: string | null | undefined;
}

/** An award (`awardInfo[]`). */
export interface AwardInfo {
  /** When the award was won (a date/time string as Moka stores it); null when unknown. */
  awardDate?: string | null | undefined;
  /** Name of the award, e.g. `国家奖学金`; null when not given. */
  awardName?: string | null | undefined;
}

/** A language skill (`languageInfo[]`). */
export interface LanguageInfo {
  /** The language, e.g. `English`; null when not given. */
  language?: string | null | undefined;
  /** Overall proficiency as the candidate rated it (e.g. `熟练`); null when not given. */
  level?: string | null | undefined;
  /** Listening and speaking level as the candidate rated it; null when not given. */
  listenAndSpeak?: string | null | undefined;
  /** Reading and writing level as the candidate rated it; null when not given. */
  readAndWrite?: string | null | undefined;
}

/** One level of the candidate's source (`sourceList[]`: first-level source, then second, then third). */
export interface SourceLevel {
  /** Source id (first-level sources have none). */
  id?: number | null | undefined;
  /** Name of the source (channel) at this level, e.g. `Other source`, `Lagou`. */
  name?: string | null | undefined;
  /** Whether the source is built into Moka. */
  isBuiltin?: boolean | null | undefined;
}

export const EducationInfoSchema = schemaFor<EducationInfo>()(
  z.looseObject({
    id: optionalNumber,
    startDate: optionalString,
    endDate: optionalString,
    now: optionalBoolean,
    school: optionalString,
    speciality: optionalString,
    academicDegree: optionalString,
    startTime: optionalString,
    endTime: optionalString,
  }),
);

export const ExperienceInfoSchema = schemaFor<ExperienceInfo>()(
  z.looseObject({
    id: optionalNumber,
    startDate: optionalString,
    endDate: optionalString,
    now: optionalBoolean,
    company: optionalString,
    title: optionalString,
    department: optionalString,
    salary: optionalString,
    summary: optionalString,
    reasonForLeaving: optionalString,
    underlingNumber: optionalString,
    type: optionalString,
    size: optionalString,
    startTime: optionalString,
    endTime: optionalString,
  }),
);

export const ProjectInfoSchema = schemaFor<ProjectInfo>()(
  z.looseObject({
    startDate: optionalString,
    endDate: optionalString,
    projectName: optionalString,
    title: optionalString,
    projectDescript: optionalString,
    responsibilities: optionalString,
    now: optionalBoolean,
  }),
);

export const PracticeInfoSchema = schemaFor<PracticeInfo>()(
  z.looseObject({
    startDate: optionalString,
    endDate: optionalString,
    company: optionalString,
    title: optionalString,
  }),
);

export const AwardInfoSchema = schemaFor<AwardInfo>()(
  z.looseObject({
    awardDate: optionalString,
    awardName: optionalString,
  }),
);

export const LanguageInfoSchema = schemaFor<LanguageInfo>()(
  z.looseObject({
    language: optionalString,
    level: optionalString,
    listenAndSpeak: optionalString,
    readAndWrite: optionalString,
  }),
);

export const SourceLevelSchema = schemaFor<SourceLevel>()(
  z.looseObject({
    id: optionalNumber,
    name: optionalString,
    isBuiltin: optionalBoolean,
  }),
);
