import { ASSESSMENT_LEVELS, DURATION_UNITS } from '../../src/models/ats-assessment.js';
import { ATTEMPT_STAGES, ATTEMPT_STATUSES } from '../../src/models/ats-attempt.js';
import { USER_ROLES } from '../../src/models/auth.js';
import { CONTENT_STATUSES, QUESTION_TYPES } from '../../src/models/enums.js';
import { SORT_ORDERS } from '../../src/models/paging.js';

/**
 * Hand-written models the generated code reuses instead of declaring the same shape again. Response
 * objects of the catalogue whose keys fit one of these (with compatible leaf types) become that
 * model; input rows matching a shared input become it too.
 */

/** A field type the matcher compares: a primitive, a list of one, or another shared model. */
export type SharedFieldType = 'string' | 'number' | 'boolean' | 'string[]' | 'number[]' | { model: string };

/** A hand-written model's fields (where it lives is read from src/models: see hand-models.ts). */
export interface SharedModel {
  fields: Record<string, SharedFieldType>;
}

/** Shared response models, smallest first when several fit. */
export const SHARED_RESPONSE_MODELS: Record<string, SharedModel> = {
  MessageResult: { fields: { message: 'string' } },
  NamedReference: { fields: { _id: 'string', name: 'string' } },
  ExportFile: { fields: { filename: 'string', data: 'string' } },
  LocalizedText: { fields: { name: 'string', description: 'string' } },
  GeoPoint: { fields: { coordinates: 'number[]', type: 'string' } },
  UserReference: { fields: { _id: 'string', displayName: 'string', email: 'string' } },
  SalaryRange: { fields: { currency: 'string', min: 'number', max: 'number' } },
  TranslatedContent: {
    fields: { pt: { model: 'LocalizedText' }, en: { model: 'LocalizedText' }, es: { model: 'LocalizedText' } },
  },
  Option: { fields: { _id: 'string', value: 'string', label: 'string', count: 'number' } },
  Whitelabel: {
    fields: { _id: 'string', name: 'string', primaryColor: 'string', secondaryColor: 'string' },
  },
  CompanyReference: {
    fields: { _id: 'string', company_name: 'string', slug: 'string', 'address.city': 'string' },
  },
};

/** Shared models matched only when the manifest names them (their keys would fit too much). */
export const NAMED_ONLY_MODELS: ReadonlySet<string> = new Set(['SkillReference', 'EmptyResult', 'IdList']);

/** Shared input models (bodies and nested rows). */
export const SHARED_INPUT_MODELS: Record<string, SharedModel> = {
  IdsBody: { fields: { ids: 'string[]' } },
  TranslateBody: { fields: { targetLocales: 'string[]' } },
  DuplicateBody: { fields: { name: 'string', description: 'string' } },
  LocalizedTextInput: { fields: { name: 'string', description: 'string' } },
  TranslatedContentInput: {
    fields: {
      pt: { model: 'LocalizedTextInput' },
      en: { model: 'LocalizedTextInput' },
      es: { model: 'LocalizedTextInput' },
    },
  },
  SalaryRangeInput: { fields: { currency: 'string', min: 'number', max: 'number' } },
};

/** Enumerations declared once (in src/models): constant name → values, and the open type name used in responses. */
export const ENUM_CONSTANTS: Record<string, { values: readonly string[]; openType: string }> = {
  CONTENT_STATUSES: { values: CONTENT_STATUSES, openType: 'ContentStatus' },
  QUESTION_TYPES: { values: QUESTION_TYPES, openType: 'QuestionType' },
  ASSESSMENT_LEVELS: { values: ASSESSMENT_LEVELS, openType: 'AssessmentLevel' },
  DURATION_UNITS: { values: DURATION_UNITS, openType: 'DurationUnit' },
  ATTEMPT_STATUSES: { values: ATTEMPT_STATUSES, openType: 'AttemptStatus' },
  ATTEMPT_STAGES: { values: ATTEMPT_STAGES, openType: 'AttemptStage' },
  USER_ROLES: { values: USER_ROLES, openType: 'UserRole' },
  SORT_ORDERS: { values: SORT_ORDERS, openType: 'SortOrder' },
};

/** The constant holding exactly `values` (in any order), if one is declared. */
export function enumConstantFor(values: readonly string[]): string | undefined {
  const key = [...values].sort().join('|');
  for (const [name, constant] of Object.entries(ENUM_CONSTANTS)) {
    if ([...constant.values].sort().join('|') === key) return name;
  }
  return undefined;
}
