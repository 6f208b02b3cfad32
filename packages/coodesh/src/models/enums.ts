/**
 * Enumerations the catalogue documents once and several resources share. Responses accept unknown
 * values too (open enums); inputs accept only these.
 */

/** Status of editable content: career paths, teams, assessments. */
export const CONTENT_STATUSES = ['draft', 'published', 'archived'] as const;
/** Status of editable content: `draft`, `published`, `archived`, or a newer value. */
export type ContentStatus = (typeof CONTENT_STATUSES)[number] | (string & {});

/** Type of a question or challenge. */
export const QUESTION_TYPES = [
  'fast',
  'coding',
  'sql',
  'project',
  'question',
  'softskill',
  'video',
  'essay',
  'audio',
  'file',
  'whiteboard',
  'freecoding',
] as const;
/** Type of a question: `fast`, `coding`, `sql`, `project`, ..., or a newer value. */
export type QuestionType = (typeof QUESTION_TYPES)[number] | (string & {});
