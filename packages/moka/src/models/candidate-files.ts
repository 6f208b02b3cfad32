import { z } from 'zod';
import { schemaFor } from '@hr/core/internal';
import { optionalList, optionalNumber, optionalString } from './primitives.js';

/**
 * Key spelling: Moka's English docs and example spell these keys with a space (`" Attachments"`,
 * `"exam Attachments"`, `"survey AttachmentsUrl"`): the schemas use those spellings, and because
 * every object is loose, any other spelling Moka sends is kept as sent.
 */

/** A file attached to the candidate (`" Attachments"[]`). Download URLs are valid for 1 hour. */
export interface CandidateAttachment {
  /** File name as uploaded, e.g. `Attachment1.pdf`. */
  name?: string | null | undefined;
  /** Registration form template id. */
  applyFormId?: number | null | undefined;
  /** File size in bytes, e.g. `1024`. */
  size?: number | null | undefined;
  /** Download URL (valid for 1 hour). */
  url?: string | null | undefined;
  /** Custom attachment field id. */
  customFieldId?: number | null | undefined;
  /** Custom attachment field name. */
  customFieldName?: string | null | undefined;
  /**
   * Attachment type: uploaded by the candidate, candidate avatar (UPLOAD_PORTRAIT), uploaded by HR,
   * uploaded by the hiring manager, interview registration form (INTERVIEW_ACCEPT), interview check-in
   * form (INTERVIEW_SIGNIN), offer acceptance form (OFFER_ACCEPT), merged applications, resume update
   * invitation form (INVITE_UPDATE_RESUME).
   */
  type?: string | null | undefined;
}

/** The offer's attachment (`"offer Attachment"`); only present when enabled by Moka support. */
export interface OfferAttachment {
  /** Download URL of the offer's attachments (valid for 1 hour). */
  url?: string | null | undefined;
}

/** A link to an exam or assessment result (`examReportLinks[]`). */
export interface ExamReportLink {
  /** Exam or assessment name. */
  name?: string | null | undefined;
  /** URL of the exam / assessment result page (e.g. a short link `https://t.cn/XXXXXX`). */
  url?: string | null | undefined;
}

/** A file of an exam or assessment (`"exam Attachments"[]`). */
export interface ExamAttachment {
  /** File name of the exam / assessment attachment, e.g. `Exam结果`. */
  name?: string | null | undefined;
  /** Download URL (valid for 1 hour). */
  url?: string | null | undefined;
}

/** A file of a pre-employment screening report. */
export interface SurveyAttachment {
  /** Link of the PES report. */
  'survey AttachmentsUrl'?: string | null | undefined;
  /** Name of the PES attachment. */
  'survey AttachmentName'?: string | null | undefined;
}

/** A pre-employment screening (PES) result (`survey[]`). */
export interface Survey {
  /** Name of the pre-employment screening (background check) as configured in Moka. */
  name?: string | null | undefined;
  /** Date of the screening (a date string as Moka stores it); null when unknown. */
  date?: string | null | undefined;
  /** Result of the screening as the screening provider reported it; null while pending. */
  result?: string | null | undefined;
  /** Link of the PES report (historical single attachment). */
  'survey AttachmentsUrl'?: string | null | undefined;
  /** Name of the PES attachment (historical single attachment). */
  'survey AttachmentName'?: string | null | undefined;
  /** Every PES attachment (the current single- and multi-attachment results are all here). */
  'survey Attachments'?: SurveyAttachment[] | null | undefined;
}

/** A custom registration form file (`"customstyle Attachments"`). */
export interface CustomStyleAttachment {
  /** Attachment type, fixed `doc`. */
  type?: string | null | undefined;
  /** When it was created. */
  createTime?: string | null | undefined;
  /** Custom attachment name. */
  customFieldName?: string | null | undefined;
  /** Download URL of the attachment; it expires after 1 hour: download it promptly. */
  url?: string | null | undefined;
}

export const CandidateAttachmentSchema = schemaFor<CandidateAttachment>()(
  z.looseObject({
    name: optionalString,
    applyFormId: optionalNumber,
    size: optionalNumber,
    url: optionalString,
    customFieldId: optionalNumber,
    customFieldName: optionalString,
    type: optionalString,
  }),
);

export const OfferAttachmentSchema = schemaFor<OfferAttachment>()(z.looseObject({ url: optionalString }));

export const ExamReportLinkSchema = schemaFor<ExamReportLink>()(
  z.looseObject({ name: optionalString, url: optionalString }),
);

export const ExamAttachmentSchema = schemaFor<ExamAttachment>()(
  z.looseObject({ name: optionalString, url: optionalString }),
);

export const SurveyAttachmentSchema = schemaFor<SurveyAttachment>()(
  z.looseObject({
    'survey AttachmentsUrl': optionalString,
    'survey AttachmentName': optionalString,
  }),
);

export const SurveySchema = schemaFor<Survey>()(
  z.looseObject({
    name: optionalString,
    date: optionalString,
    result: optionalString,
    'survey AttachmentsUrl': optionalString,
    'survey AttachmentName': optionalString,
    'survey Attachments': optionalList(SurveyAttachmentSchema),
  }),
);

export const CustomStyleAttachmentSchema = schemaFor<CustomStyleAttachment>()(
  z.looseObject({
    type: optionalString,
    createTime: optionalString,
    customFieldName: optionalString,
    url: optionalString,
  }),
);
