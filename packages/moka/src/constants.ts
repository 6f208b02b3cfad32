/**
 * Documented code values of the Moka API, as typed constants. Each object maps a readable name to
 * the number or string Moka uses on the wire.
 */

/** Offer custom field types (`social[].type` / `campus[].type` of `GET /offers/custom_fields`). There is no type 5. */
export const OFFER_CUSTOM_FIELD_TYPE = {
  /** 1: single-line text. */
  SINGLE_LINE_TEXT: 1,
  /** 2: multiple-line text. */
  MULTI_LINE_TEXT: 2,
  /** 3: yes-or-no question. */
  YES_NO: 3,
  /** 4: select year and month. */
  YEAR_MONTH: 4,
  /** 6: choice question (options in `detail`). */
  CHOICE: 6,
  /** 7: time period. */
  TIME_PERIOD: 7,
  /** 8: offer associated HC (headcount). */
  OFFER_HEADCOUNT: 8,
  /** 9: date. */
  DATE: 9,
  /** 10: number. */
  NUMBER: 10,
} as const;
/** An offer custom field type code. */
export type OfferCustomFieldType = (typeof OFFER_CUSTOM_FIELD_TYPE)[keyof typeof OFFER_CUSTOM_FIELD_TYPE];

/** Recruitment type (`hire_mode` of offer custom fields, `hireMode` of candidates). */
export const HIRE_MODE = {
  /** 1: experienced hires (social recruitment). */
  EXPERIENCED: 1,
  /** 2: campus recruitment. */
  CAMPUS: 2,
} as const;
/** A recruitment type code. */
export type HireMode = (typeof HIRE_MODE)[keyof typeof HIRE_MODE];

/**
 * Built-in user roles of `POST /users/syncInfo` (`role`). Only applied when the user is created:
 * Moka does not update the role of an existing user through this endpoint (its v2 endpoint does).
 * Moka treats an empty-string `role` as interviewer (its notes also say "empty or 0 defaults to
 * interviewer", while its role table lists 0 as referrer).
 */
export const USER_ROLE = {
  /** 0: referrer. */
  REFERRER: 0,
  /** 5: reception. */
  RECEPTION: 5,
  /** 10: interviewer (what Moka uses when `role` is an empty string). */
  INTERVIEWER: 10,
  /** 20: hiring manager. */
  HIRING_MANAGER: 20,
  /** 25: senior hiring manager. */
  SENIOR_HIRING_MANAGER: 25,
  /** 30: HR. */
  HR: 30,
  /** 40: administrator. */
  ADMINISTRATOR: 40,
  /** 50: super-administrator. */
  SUPER_ADMINISTRATOR: 50,
} as const;
/** A built-in user role code. */
export type UserRole = (typeof USER_ROLE)[keyof typeof USER_ROLE];

/** A user language code: `zh-CN` Chinese (the default) or `en-US` English. */
export type UserLocale = 'zh-CN' | 'en-US';

/** A department type code: 1 general department (the default), 2 store department (linked to the store of the same name, in full sync). */
export type DepartmentType = 1 | 2;

/** A candidate stage of `GET /data/ehrApplications`: `offer`, `pending_checkin` (to be onboarded) or `all` (both). */
export type CandidateStage = 'offer' | 'pending_checkin' | 'all';

/**
 * A sort order of `GET /data/ehrApplications` by the time the candidate entered the current stage:
 * `ASC` oldest to newest (every page carries `next`, even the last one: use it for incremental pulls)
 * or `DESC` newest to oldest (Moka's default).
 */
export type CandidateOrder = 'ASC' | 'DESC';

/** An invitation-to-update status code of a candidate: 0 not invited, 1 invited but not updated yet, 2 updated. */
export type InvitationUpdateStatus = 0 | 1 | 2;

/**
 * Identity document type of a candidate (`certificateType`): 1–6 in the seed's candidate table, 1–10 in
 * Moka's current candidate docs ("证件类型", https://mokahr.moyincloud.com/d/1687298466646093825.html).
 */
export const CERTIFICATE_TYPE = {
  /** 1: ID card. */
  ID_CARD: 1,
  /** 2: Hong Kong ID card. */
  HONG_KONG_ID: 2,
  /** 3: Macau ID card. */
  MACAU_ID: 3,
  /** 4: Taiwan ID card. */
  TAIWAN_ID: 4,
  /** 5: passport. */
  PASSPORT: 5,
  /** 6: other identity document. */
  OTHER: 6,
  /** 7: Mainland Travel Permit for Hong Kong and Macao Residents (港澳居民来往内地通行证). */
  HONG_KONG_MACAO_TRAVEL_PERMIT: 7,
  /** 8: Mainland Travel Permit for Taiwan Residents (台湾居民来往内地通行证). */
  TAIWAN_TRAVEL_PERMIT: 8,
  /** 9: Foreigner's work permit (外国人工作许可证). */
  FOREIGNER_WORK_PERMIT: 9,
  /** 10: Foreigner's residence permit (外国人居留许可证). */
  FOREIGNER_RESIDENCE_PERMIT: 10,
} as const;

/** Offer status of a candidate (`offer.status`). */
export const OFFER_STATUS = {
  /** To be created. */
  NOT_CREATED: 'notCreated',
  /** To be sent. */
  PENDING: 'pending',
  /** Sent, awaiting the candidate. */
  SENT: 'sent',
  /** Accepted by the candidate. */
  ACCEPTED: 'accepted',
  /** Rejected by the candidate. */
  REJECTED: 'rejected',
} as const;
