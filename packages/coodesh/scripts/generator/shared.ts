/**
 * Hand-written models the generated code reuses instead of declaring the same shape again. Response
 * objects of the catalogue whose keys fit one of these (with compatible leaf types) become that
 * model; input rows matching a shared input become it too.
 */

/** A field type the matcher compares: a primitive, a list of one, or another shared model. */
export type SharedFieldType = 'string' | 'number' | 'boolean' | 'string[]' | 'number[]' | { model: string };

/** A hand-written model: the module (relative to src/models) and its fields. */
export interface SharedModel {
  module: string;
  fields: Record<string, SharedFieldType>;
}

/** Shared response models, smallest first when several fit. */
export const SHARED_RESPONSE_MODELS: Record<string, SharedModel> = {
  MessageResult: { module: 'common', fields: { message: 'string' } },
  NamedReference: { module: 'common', fields: { _id: 'string', name: 'string' } },
  ExportFile: { module: 'common', fields: { filename: 'string', data: 'string' } },
  LocalizedText: { module: 'i18n', fields: { name: 'string', description: 'string' } },
  GeoPoint: { module: 'address', fields: { coordinates: 'number[]', type: 'string' } },
  UserReference: { module: 'user', fields: { _id: 'string', displayName: 'string', email: 'string' } },
  SalaryRange: { module: 'salary', fields: { currency: 'string', min: 'number', max: 'number' } },
  TranslatedContent: {
    module: 'i18n',
    fields: { pt: { model: 'LocalizedText' }, en: { model: 'LocalizedText' }, es: { model: 'LocalizedText' } },
  },
  Option: { module: 'common', fields: { _id: 'string', value: 'string', label: 'string', count: 'number' } },
  Whitelabel: {
    module: 'auth',
    fields: { _id: 'string', name: 'string', primaryColor: 'string', secondaryColor: 'string' },
  },
  CompanyReference: {
    module: 'company-reference',
    fields: { _id: 'string', company_name: 'string', slug: 'string', 'address.city': 'string' },
  },
};

/** Shared models matched only when the manifest names them (their keys would fit too much). */
export const NAMED_ONLY_MODELS: Record<string, string> = {
  SkillReference: 'skill-reference',
  EmptyResult: 'common',
  IdList: 'inputs',
};

/** Shared input models (bodies and nested rows). */
export const SHARED_INPUT_MODELS: Record<string, SharedModel> = {
  IdsBody: { module: 'inputs', fields: { ids: 'string[]' } },
  TranslateBody: { module: 'inputs', fields: { targetLocales: 'string[]' } },
  DuplicateBody: { module: 'inputs', fields: { name: 'string', description: 'string' } },
  LocalizedTextInput: { module: 'i18n', fields: { name: 'string', description: 'string' } },
  TranslatedContentInput: {
    module: 'i18n',
    fields: {
      pt: { model: 'LocalizedTextInput' },
      en: { model: 'LocalizedTextInput' },
      es: { model: 'LocalizedTextInput' },
    },
  },
  SalaryRangeInput: { module: 'salary', fields: { currency: 'string', min: 'number', max: 'number' } },
};

/** Enumerations declared once: constant name → module, values, and the open type name used in responses. */
export const ENUM_CONSTANTS: Record<string, { module: string; values: readonly string[]; openType: string }> = {
  CONTENT_STATUSES: { module: 'enums', values: ['draft', 'published', 'archived'], openType: 'ContentStatus' },
  QUESTION_TYPES: {
    module: 'enums',
    values: [
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
    ],
    openType: 'QuestionType',
  },
  ASSESSMENT_LEVELS: {
    module: 'ats-assessment',
    values: ['beginner', 'intermediate', 'advanced'],
    openType: 'AssessmentLevel',
  },
  DURATION_UNITS: { module: 'ats-assessment', values: ['minute', 'hour', 'day'], openType: 'DurationUnit' },
  ATTEMPT_STATUSES: {
    module: 'ats-attempt',
    values: ['draft', 'invited', 'expired', 'finished', 'started', 'blocked', 'scheduled', 'pending', 'pending_review'],
    openType: 'AttemptStatus',
  },
  ATTEMPT_STAGES: {
    module: 'ats-attempt',
    values: [
      'none',
      'evaluating',
      'completed',
      'reviewed',
      'invited',
      'interviewed',
      'offer_sent',
      'offer_declined',
      'dropout',
      'disqualified',
      'hired',
    ],
    openType: 'AttemptStage',
  },
  USER_ROLES: { module: 'auth', values: ['user', 'hunter', 'manager', 'admin'], openType: 'UserRole' },
  SORT_ORDERS: { module: 'paging', values: ['asc', 'desc'], openType: 'SortOrder' },
};

/** The constant holding exactly `values` (in any order), if one is declared. */
export function enumConstantFor(values: readonly string[]): string | undefined {
  const key = [...values].sort().join('|');
  for (const [name, constant] of Object.entries(ENUM_CONSTANTS)) {
    if ([...constant.values].sort().join('|') === key) return name;
  }
  return undefined;
}
