import { z } from 'zod';
import { schemaFor } from '@hr/core';
import { optionalBoolean, optionalNumber, optionalString } from './primitives.js';

/** An education record (`educationInfo[]`). */
export interface EducationInfo {
  /** Record id. */
  id?: number | null | undefined;
  /** School start date, accurate to the month, e.g. `2010-09` or `2008`. */
  startDate?: string | null | undefined;
  /** School end date, accurate to the month, e.g. `2010-09` or `2008`. */
  endDate?: string | null | undefined;
  /** Whether the end is "to date"; when true, ignore `endDate`. */
  now?: boolean | null | undefined;
  /** School. */
  school?: string | null | undefined;
  /** Major. */
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
  /** Record id. */
  id?: number | null | undefined;
  /** Work start time, accurate to the month, e.g. `2010-09` or `2008`. */
  startDate?: string | null | undefined;
  /** Work end time, accurate to the month, e.g. `2010-09` or `2008`. */
  endDate?: string | null | undefined;
  /** Whether the end is "to date"; when true, ignore `endDate`. */
  now?: boolean | null | undefined;
  /** Company name. */
  company?: string | null | undefined;
  /** Job title. */
  title?: string | null | undefined;
  /** Department. */
  department?: string | null | undefined;
  /** Salary. */
  salary?: string | null | undefined;
  /** Job responsibility. */
  summary?: string | null | undefined;
  /** Reason for resignation. */
  reasonForLeaving?: string | null | undefined;
  /** Number of subordinates. */
  underlingNumber?: string | null | undefined;
  /** Company type. */
  type?: string | null | undefined;
  /** Company size. */
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
  /** Project name. */
  projectName?: string | null | undefined;
  /** Job title and duty. */
  title?: string | null | undefined;
  /** Project description. */
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
  /** Company name. */
  company?: string | null | undefined;
  /** Job title. */
  title?: string | null | undefined;
}

/** An award (`awardInfo[]`). */
export interface AwardInfo {
  /** Winning date. */
  awardDate?: string | null | undefined;
  /** Award name. */
  awardName?: string | null | undefined;
}

/** A language skill (`languageInfo[]`). */
export interface LanguageInfo {
  /** Language. */
  language?: string | null | undefined;
  /** Proficiency. */
  level?: string | null | undefined;
  /** Listening and speaking. */
  listenAndSpeak?: string | null | undefined;
  /** Reading and writing. */
  readAndWrite?: string | null | undefined;
}

/** One level of the candidate's source (`sourceList[]`: first-level source, then second, then third). */
export interface SourceLevel {
  /** Source id (first-level sources have none). */
  id?: number | null | undefined;
  /** Source name. */
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
