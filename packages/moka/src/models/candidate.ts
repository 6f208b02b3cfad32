import { z } from 'zod';
import { schemaFor } from '@hr/core/internal';
import {
  type CandidateAttachment,
  CandidateAttachmentSchema,
  type CustomStyleAttachment,
  CustomStyleAttachmentSchema,
  type ExamAttachment,
  ExamAttachmentSchema,
  type ExamReportLink,
  ExamReportLinkSchema,
  type OfferAttachment,
  OfferAttachmentSchema,
  type Survey,
  SurveySchema,
} from './candidate-files.js';
import {
  type AwardInfo,
  AwardInfoSchema,
  type EducationInfo,
  EducationInfoSchema,
  type ExperienceInfo,
  ExperienceInfoSchema,
  type LanguageInfo,
  LanguageInfoSchema,
  type PracticeInfo,
  PracticeInfoSchema,
  type ProjectInfo,
  ProjectInfoSchema,
  type SourceLevel,
  SourceLevelSchema,
} from './candidate-history.js';
import { type Interviewer, InterviewerSchema } from './candidate-interview.js';
import {
  type CandidateOffer,
  CandidateOfferSchema,
  type HeadcountInfo,
  HeadcountInfoSchema,
  type JobRankInfo,
  JobRankInfoSchema,
  type NamedFieldValue,
  NamedFieldValueSchema,
} from './candidate-offer.js';
import {
  type CandidateLabel,
  CandidateLabelSchema,
  type MokaStaffContact,
  MokaStaffContactSchema,
  type Referrer,
  ReferrerSchema,
  type Remark,
  RemarkSchema,
} from './candidate-people.js';
import { optionalBoolean, optionalList, optionalNumber, optionalString, stringOrNumber } from './primitives.js';

/** The job the candidate applied to (`job`). */
export interface CandidateJob {
  /** Moka's id of the job (a UUID string, e.g. `39d3d5c9-949e-40d4-8d4b-5cb247d327a8`). */
  jobId?: string | null | undefined;
  /** Title of the job as shown in Moka, e.g. `Java engineer`. */
  title?: string | null | undefined;
  /** Name of the job's department (the last part of `departmentPath`), e.g. `xinjan2`; null when the job has none. */
  department?: string | null | undefined;
  /** Full path of the department, from top to bottom, separated by `/`. */
  departmentPath?: string | null | undefined;
  /** Department code (a string in the docs; numbers are kept too). */
  departmentCode?: string | number | null | undefined;
  /** Parent department code (a string in the docs; numbers are kept too). */
  parentDepartmentCode?: string | number | null | undefined;
  /** The job's function type (competency category) as configured in Moka; null when not set. */
  competencyType?: string | null | undefined;
  /** The job description text as written in Moka; null when empty. */
  jobDescription?: string | null | undefined;
  /** The job's custom fields, each `{ name, value }` (e.g. `{ name: '职位-年月', value: '2019-01' }`); [] when none. */
  customFields?: NamedFieldValue[] | null | undefined;
}

/** A candidate custom field of the standard resume (`customFields[]`). */
export interface CandidateCustomField {
  /** Name of the custom field as configured in Moka, e.g. `Single line text`. */
  name?: string | null | undefined;
  /** Custom field value; for yes-or-no questions 1 means yes and 0 no. */
  value?: string | number | boolean | null | undefined;
  /** Present for time fields: whether the time (or the end of the range) is "to date". */
  now?: boolean | null | undefined;
  /** The module of the field: built-in (e.g. `experienceInfo`, `basicInfo`) or custom (e.g. emergency contact). */
  section?: string | null | undefined;
  /** For modules with several entries (experienceInfo, educationInfo...): which entry the value belongs to. */
  index?: string | number | null | undefined;
  /** Custom code of a multiple-choice answer (only for multiple-choice questions with codes). */
  codes?: string | null | undefined;
}

/** A custom EHR export field (`ehrCustomFields[]`). */
export interface EhrCustomField {
  /** Name of the EHR export field as configured in Moka. */
  name?: string | null | undefined;
  /** Custom field value (any type). */
  value?: unknown;
}

/**
 * A candidate's application in the offer or to-be-onboarded stage, as `GET /data/ehrApplications`
 * returns it. Every field but `applicationId` may be missing or null; unknown fields are kept.
 */
export interface MokaCandidate {
  /** The application's unique id in Moka. */
  applicationId: number;
  /** The candidate's unique id in Moka. */
  candidateId?: number | null | undefined;
  /** The candidate's full name as entered in Moka, e.g. `张三`. */
  name?: string | null | undefined;
  /** The candidate's phone number, without the country calling code (see `prefixPhone`); null when not given. */
  phone?: string | null | undefined;
  /** The candidate's email address, e.g. `yang111@163.com`; null when not given. */
  email?: string | null | undefined;
  /** Country calling code of `phone`, e.g. `+86`; null when not given. */
  prefixPhone?: string | null | undefined;
  /** Gender: Male or Female. */
  gender?: string | null | undefined;
  /** When the resume entered Moka (ISO 8601 time). */
  created_at?: string | null | undefined;
  /** Birth year, e.g. 1990. */
  birthYear?: number | null | undefined;
  /** Birth date as an ISO 8601 time, e.g. `2020-03-17T00:00:00.000Z`; null when unknown. */
  birthDate?: string | null | undefined;
  /** Ethnicity as written in Moka (Chinese ethnic groups, e.g. `汉族`); see `ethnicCode`; null when empty. */
  ethnic?: string | null | undefined;
  /**
   * Identity document type: 1 ID card, 2 Hong Kong, 3 Macau, 4 Taiwan ID card, 5 passport, 6 other,
   * 7 Hong Kong / Macao travel permit, 8 Taiwan travel permit, 9 foreigner's work permit, 10
   * foreigner's residence permit (see `CERTIFICATE_TYPE`).
   */
  certificateType?: number | null | undefined;
  /** Number of the identity document whose kind `certificateType` gives; null when not given. */
  citizenId?: string | null | undefined;
  /** Country or region of nationality as written in Moka; see `nationalityCode`; null when empty. */
  nationality?: string | null | undefined;
  /** Birthplace (native place) as written in Moka, e.g. `河南`; see `nativePlaceCode`; empty string or null when unknown. */
  nativePlace?: string | null | undefined;
  /** Work experience: 0 graduate, -1 student, other numbers the years of experience. */
  experience?: number | null | undefined;
  /** URL of the candidate's avatar, valid for 1 hour. */
  portraitUrl?: string | null | undefined;
  /** Recruitment mode: 1 experienced hires, 2 campus recruitment (see `HIRE_MODE`). */
  hireMode?: number | null | undefined;
  /** When the job's recruitment goal was reached (ISO 8601 time); null while open. */
  finishedAt?: string | null | undefined;
  /** Source, e.g. Lagou. */
  source?: string | null | undefined;
  /** Source levels: first-level source, then second-level, then third-level. */
  sourceList?: SourceLevel[] | null | undefined;
  /** Source type: 1 active search, 2 direct delivery, 3 talent recommendation (unused since 2020-03-16), 4 headhunting. */
  sourceType?: number | null | undefined;
  /** Location, e.g. Beijing. */
  location?: string | null | undefined;
  /** Most recent company; null when none. */
  lastCompany?: string | null | undefined;
  /** Highest education: Bachelor degree, Master degree, Doctor degree, Senior high school, Junior college, Technical secondary school, MBA, Other. */
  academicDegree?: string | null | undefined;
  /** Major of the most recent education, e.g. `Human resources management`; null when unknown. */
  lastSpeciality?: string | null | undefined;
  /** Marital status, e.g. Married, Single, Divorced, Widowed, CIVILUNION, COHABITATING, ENGAGED, SEPARATED. */
  married?: string | null | undefined;
  /** Birthplace code (null when the birthplace is empty). */
  nativePlaceCode?: number | null | undefined;
  /** Nationality code (null when the nationality is empty). */
  nationalityCode?: number | null | undefined;
  /** Gender code (null when the gender is empty). */
  genderCode?: number | null | undefined;
  /** Education code (null when the education is empty). */
  academicDegreeCode?: number | null | undefined;
  /** Ethnicity code (null when the ethnicity is empty). */
  ethnicCode?: number | null | undefined;
  /** The candidate's self-description (free text); null when empty. */
  personal?: string | null | undefined;
  /** Current salary as the candidate wrote it (free text, no fixed unit); null when empty. */
  salary?: string | null | undefined;
  /** Preferred city to work in, e.g. `Beijing`; null when empty. */
  forwardLocation?: string | null | undefined;
  /** Expected salary as the candidate wrote it (free text, no fixed unit); null when empty. */
  aimSalary?: string | null | undefined;
  /** Hobbies (free text); null when empty. */
  personalInterests?: string | null | undefined;
  /** Political status as written in Moka (e.g. `群众`, `中共党员`); null when empty. */
  political?: string | null | undefined;
  /** Job commitment, e.g. Full-time (in Moka's example). */
  jobCommitment?: string | null | undefined;
  /** Department code (in Moka's example; sent as null or a number, strings are kept too). */
  departmentCode?: string | number | null | undefined;
  /** Parent department code (in Moka's example). */
  parentDepartmentCode?: string | number | null | undefined;
  /** Resume key (in Moka's example). */
  resumeKey?: string | null | undefined;
  /** Name of the candidate's current stage, e.g. 沟通offer. */
  stageName?: string | null | undefined;
  /** Campus recruitment site id (in Moka's example). */
  campus_site_id?: number | null | undefined;
  /** Campus recruitment site name (in Moka's example). */
  campus_site_name?: string | null | undefined;
  /** Online resume preview URL (in Moka's example). */
  officeweb365Url?: string | null | undefined;
  /** Online resume print URL (in Moka's example). */
  officeweb365PrintUrl?: string | null | undefined;
  /** Metadata of the PDF resume (in Moka's example). */
  resumePdfMeta?: unknown;
  /** Education records, most recent first as Moka lists them; [] when none. */
  educationInfo?: EducationInfo[] | null | undefined;
  /** Work experience records; [] when none. */
  experienceInfo?: ExperienceInfo[] | null | undefined;
  /** Project experience records; [] when none. */
  projectInfo?: ProjectInfo[] | null | undefined;
  /** Internship records; [] when none. */
  practiceInfo?: PracticeInfo[] | null | undefined;
  /** Awards won; [] when none. */
  awardInfo?: AwardInfo[] | null | undefined;
  /** Language skills; [] when none. */
  languageInfo?: LanguageInfo[] | null | undefined;
  /**
   * Original resume download link (HTTP GET). Time-limited: it expires after 1 hour, download and
   * store the file soon after reading it.
   */
  resumeUrl?: string | null | undefined;
  /** The job (position) this application is for, with its department and custom fields. */
  job?: CandidateJob | null | undefined;
  /** The job's manager. */
  jobManager?: MokaStaffContact | null | undefined;
  /** The job's assistants. */
  jobAssistants?: MokaStaffContact[] | null | undefined;
  /** The candidate's owner(s) (an object in the docs; a list is kept too). */
  owners?: MokaStaffContact | MokaStaffContact[] | null | undefined;
  /** The interviewers of this application, with their feedback. */
  interviewers?: Interviewer[] | null | undefined;
  /** Interview feedback summary file (HTTP GET), valid for 1 hour. */
  interviewFeedbackUrl?: string | null | undefined;
  /** Interviewers of the application without interview feedback (same fields as `interviewers`). */
  extendedInterviewers?: Interviewer[] | null | undefined;
  /** Feedback summary file of the extended interviewers, valid for 1 hour. */
  extendedInterviewerFeedbackUrl?: string | null | undefined;
  /** Fields of the account's custom EHR export template, each `{ name, value }`; [] when the account has none. */
  ehrCustomFields?: EhrCustomField[] | null | undefined;
  /** Link to the candidate's details, to open in a browser; valid for 14 days by default. */
  ehrCandidateExternalLink?: string | null | undefined;
  /** The referrer, when the candidate was referred. */
  referrer?: Referrer | null | undefined;
  /** Job levels (`name`, `type`, `level`) attached to the application; [] when none. */
  jobRanksInfo?: JobRankInfo[] | null | undefined;
  /** Headcounts (requisitions) the application is linked to; [] when none. */
  headcountInfo?: HeadcountInfo[] | null | undefined;
  /** Candidate custom fields (only those of the standard resume). */
  customFields?: CandidateCustomField[] | null | undefined;
  /** The offer of this application (status, approval, salary, start date, department); null before an offer exists. */
  offer?: CandidateOffer | null | undefined;
  /** The candidate's attachments (key as spelled in Moka's example: `" Attachments"`). */
  ' Attachments'?: CandidateAttachment[] | null | undefined;
  /** The offer's attachments (absent unless enabled by Moka support). */
  'offer Attachment'?: OfferAttachment | null | undefined;
  /** Links to the candidate's exam / assessment results, each `{ name, url }`; absent or [] when none. */
  examReportLinks?: ExamReportLink[] | null | undefined;
  /** Exam / assessment files (key as spelled in Moka's example: `"exam Attachments"`), URLs valid for 1 hour. */
  'exam Attachments'?: ExamAttachment[] | null | undefined;
  /** Pre-employment screening (PES) results. */
  survey?: Survey[] | null | undefined;
  /** Custom registration form file(s) (an object in the docs; a list is kept too). */
  'customstyle Attachments'?: CustomStyleAttachment | CustomStyleAttachment[] | null | undefined;
  /** Tags put on the candidate in Moka, each `{ id, label }`; [] when none. */
  label?: CandidateLabel[] | null | undefined;
  /** Notes written on the candidate in Moka (author, content, mentions, privacy); [] when none. */
  remarks?: Remark[] | null | undefined;
  /** Invitation-to-update status: 0 not invited, 1 not updated, 2 updated. */
  invitationUpdateStatus?: number | null | undefined;
}

/** One page of `GET /data/ehrApplications`. */
export interface CandidatePage {
  /** The candidates of this page (at most `limit`, 20 by default); [] on the last page of an ascending pull. */
  data: MokaCandidate[];
  /**
   * Cursor of the next page: absent when there is no more data, except with `order=ASC`, where it is
   * always present (pass it back as `next` later to pull what arrived since).
   */
  next?: string | number | null | undefined;
}

export const CandidateJobSchema = schemaFor<CandidateJob>()(
  z.looseObject({
    jobId: optionalString,
    title: optionalString,
    department: optionalString,
    departmentPath: optionalString,
    departmentCode: stringOrNumber,
    parentDepartmentCode: stringOrNumber,
    competencyType: optionalString,
    jobDescription: optionalString,
    customFields: optionalList(NamedFieldValueSchema),
  }),
);

export const CandidateCustomFieldSchema = schemaFor<CandidateCustomField>()(
  z.looseObject({
    name: optionalString,
    value: z.union([z.string(), z.number(), z.boolean()]).nullish(),
    now: optionalBoolean,
    section: optionalString,
    index: stringOrNumber,
    codes: optionalString,
  }),
);

export const EhrCustomFieldSchema = schemaFor<EhrCustomField>()(
  z.looseObject({ name: optionalString, value: z.unknown().optional() }),
);

const oneOrMany = <S extends z.ZodType>(schema: S) => z.union([schema, z.array(schema)]).nullish();

export const MokaCandidateSchema = schemaFor<MokaCandidate>()(
  z.looseObject({
    applicationId: z.number(),
    candidateId: optionalNumber,
    name: optionalString,
    phone: optionalString,
    email: optionalString,
    prefixPhone: optionalString,
    gender: optionalString,
    created_at: optionalString,
    birthYear: optionalNumber,
    birthDate: optionalString,
    ethnic: optionalString,
    certificateType: optionalNumber,
    citizenId: optionalString,
    nationality: optionalString,
    nativePlace: optionalString,
    experience: optionalNumber,
    portraitUrl: optionalString,
    hireMode: optionalNumber,
    finishedAt: optionalString,
    source: optionalString,
    sourceList: optionalList(SourceLevelSchema),
    sourceType: optionalNumber,
    location: optionalString,
    lastCompany: optionalString,
    academicDegree: optionalString,
    lastSpeciality: optionalString,
    married: optionalString,
    nativePlaceCode: optionalNumber,
    nationalityCode: optionalNumber,
    genderCode: optionalNumber,
    academicDegreeCode: optionalNumber,
    ethnicCode: optionalNumber,
    personal: optionalString,
    salary: optionalString,
    forwardLocation: optionalString,
    aimSalary: optionalString,
    personalInterests: optionalString,
    political: optionalString,
    jobCommitment: optionalString,
    departmentCode: stringOrNumber,
    parentDepartmentCode: stringOrNumber,
    resumeKey: optionalString,
    stageName: optionalString,
    campus_site_id: optionalNumber,
    campus_site_name: optionalString,
    officeweb365Url: optionalString,
    officeweb365PrintUrl: optionalString,
    resumePdfMeta: z.unknown().optional(),
    educationInfo: optionalList(EducationInfoSchema),
    experienceInfo: optionalList(ExperienceInfoSchema),
    projectInfo: optionalList(ProjectInfoSchema),
    practiceInfo: optionalList(PracticeInfoSchema),
    awardInfo: optionalList(AwardInfoSchema),
    languageInfo: optionalList(LanguageInfoSchema),
    resumeUrl: optionalString,
    job: CandidateJobSchema.nullish(),
    jobManager: MokaStaffContactSchema.nullish(),
    jobAssistants: optionalList(MokaStaffContactSchema),
    owners: oneOrMany(MokaStaffContactSchema),
    interviewers: optionalList(InterviewerSchema),
    interviewFeedbackUrl: optionalString,
    extendedInterviewers: optionalList(InterviewerSchema),
    extendedInterviewerFeedbackUrl: optionalString,
    ehrCustomFields: optionalList(EhrCustomFieldSchema),
    ehrCandidateExternalLink: optionalString,
    referrer: ReferrerSchema.nullish(),
    jobRanksInfo: optionalList(JobRankInfoSchema),
    headcountInfo: optionalList(HeadcountInfoSchema),
    customFields: optionalList(CandidateCustomFieldSchema),
    offer: CandidateOfferSchema.nullish(),
    ' Attachments': optionalList(CandidateAttachmentSchema),
    'offer Attachment': OfferAttachmentSchema.nullish(),
    examReportLinks: optionalList(ExamReportLinkSchema),
    'exam Attachments': optionalList(ExamAttachmentSchema),
    survey: optionalList(SurveySchema),
    'customstyle Attachments': oneOrMany(CustomStyleAttachmentSchema),
    label: optionalList(CandidateLabelSchema),
    remarks: optionalList(RemarkSchema),
    invitationUpdateStatus: optionalNumber,
  }),
);

/** A missing or null `data` is an empty page. */
export const CandidatePageSchema = schemaFor<CandidatePage>()(
  z.looseObject({
    data: z
      .array(MokaCandidateSchema)
      .nullish()
      .transform((items) => items ?? []),
    next: stringOrNumber,
  }),
);
