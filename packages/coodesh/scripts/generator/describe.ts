import type { CatalogueField, CatalogueParam } from './catalogue.js';
import { namesADateOrTime, sentence, words } from '../../../../scripts/codegen/text.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
const OBJECT_ID = /^[0-9a-f]{24}$/i;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const ZONED = /T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/;
/** What an instant's docs add: the day of `2024-06-15T22:30:00.000Z` is not the same everywhere. */
const INSTANT = 'its calendar day depends on the time zone';

/** A date-time written with a space and no zone, e.g. `2024-02-01 12:00:00`. */
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/;

/**
 * The format of a date or time field, as the reference's example shows it (`YYYY-MM-DD`, an ISO 8601
 * instant with its zone, a date-time without one), or, when the name says date or time and no example
 * shows a format, that the reference gives none. Undefined for other fields and for flags.
 */
function dateFormat(name: string, example: unknown, type?: string): string | undefined {
  if (typeof example === 'string' && (ISO_DATE.test(example) || LOCAL_DATE_TIME.test(example))) {
    if (DATE_ONLY.test(example)) return `\`YYYY-MM-DD\`, e.g. \`${example}\``;
    if (ZONED.test(example)) return `an ISO 8601 instant, e.g. \`${example}\`: ${INSTANT}`;
    return `a date-time without a time zone, e.g. \`${example}\``;
  }
  if (!namesADateOrTime(name) || typeof example === 'boolean' || /bool/i.test(type ?? '')) return undefined;
  return typeof example === 'number' || /number|integer/i.test(type ?? '')
    ? 'the reference gives no format or unit'
    : 'the reference gives no format';
}

/** Response fields whose meaning the name alone does not tell well: fixed wording. */
const RESPONSE_WORDING: Record<string, string> = {
  _id: 'The id',
  id: 'The id',
  name: 'Name',
  description: 'Description',
  slug: 'URL slug',
  status: 'Status',
  created: 'When it was created',
  updated: 'When it last changed',
  last_update: 'When it last changed',
  archived_date: 'When it was archived',
  email: 'Email address',
  displayName: 'Display name',
  author: 'Who created it',
  company: 'The owning company',
  roles: 'Roles',
  value: 'The value to send back (an id or an enum key)',
  label: 'Display label',
  order: 'Position in the display order',
  default_locale: 'Default content locale',
  translated_content: 'Name and description per locale (`pt`, `en`, `es`)',
  locales: 'Content locales',
  locale: 'Content locale',
  subaccount_ids: 'Workspaces (subaccounts) it belongs to',
  external_id: 'Your own id for it (external id)',
  tags: 'Tags',
  last_login: 'When the user last signed in',
  invited_date: 'When the user was invited',
  users: 'People',
  skills: 'Skills',
  level: 'Level',
  type: 'Type',
  score: 'Score',
  duration: 'Duration',
  duration_unit: 'Unit of `duration`',
  settings: 'Settings',
  total: 'Total',
  metrics: 'Counters',
  data: 'Content',
  message: 'Outcome message',
};

/** A readable example of a scalar, or undefined when the reference's placeholder says nothing. */
function exampleOf(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean')
    return typeof value === 'number' ? String(value) : undefined;
  if (typeof value !== 'string' || value === '' || value === 'string' || OBJECT_ID.test(value) || ISO_DATE.test(value))
    return undefined;
  if (value.length > 60 || value.includes('\n') || value.includes('`')) return undefined;
  return value;
}

/** JSDoc text of a response field from its name and the reference's example value. */
export function describeResponseField(name: string, example: unknown): string {
  const formatted = /^(.+)_formatted$/.exec(name);
  const count = /^(.+)_count$/.exec(name);
  const idOf = /^(.+)_id$/.exec(name);
  let text: string;
  if (RESPONSE_WORDING[name]) text = RESPONSE_WORDING[name]!;
  else if (formatted) text = `Display label${Array.isArray(example) ? 's' : ''} of \`${formatted[1]}\``;
  else if (count) text = `Number of ${words(count[1]!)}`;
  else if (idOf && name !== 'external_id') text = `Id of the ${words(idOf[1]!)}`;
  else text = sentence(words(name));
  const format = dateFormat(name, example);
  if (format) text += ` (${format})`;
  // A date example is in the format already.
  const sample = format?.includes('e.g.') ? undefined : exampleOf(example);
  return sample === undefined ? `${text}.` : `${text}, e.g. \`${sample}\`.`;
}

/** The rules of an input row in words: limits, enumerations, formats, defaults. */
function rules(row: {
  min?: number;
  max?: number;
  maxLength?: number;
  default?: unknown;
  enum?: readonly (string | null)[];
  itemsEnum?: readonly string[];
  format?: string;
  constraints?: string[];
}): string[] {
  const out: string[] = [];
  if (row.enum) out.push(`one of ${row.enum.map((v) => (v === null ? '`null`' : `\`${v}\``)).join(', ')}`);
  if (row.itemsEnum) out.push(`items one of ${row.itemsEnum.map((v) => `\`${v}\``).join(', ')}`);
  if (row.min !== undefined && row.max !== undefined) out.push(`${row.min}..${row.max}`);
  else if (row.min !== undefined) out.push(`>= ${row.min}`);
  else if (row.max !== undefined) out.push(`<= ${row.max}`);
  if (row.maxLength !== undefined) out.push(`at most ${row.maxLength} characters`);
  if (row.format === 'uri') out.push('a URL');
  if (row.format === 'email') out.push('an email');
  if (row.format === 'date-time') out.push(`an ISO 8601 date-time: an instant, so ${INSTANT}`);
  if (row.constraints?.includes('non-empty')) out.push('not empty');
  if (row.default !== undefined && row.default !== null) out.push(`default \`${String(row.default)}\``);
  return out;
}

/** JSDoc text of a body row: the reference's description (or title), then its rules (a date's format from `example`). */
export function describeInputField(name: string, field: CatalogueField, example?: unknown): string {
  const base = (field.description ?? field.title ?? sentence(words(name))).trim().replace(/\.$/, '');
  const extra = rules(field);
  const format = field.format === 'date-time' ? undefined : dateFormat(name, example, field.type);
  if (format) extra.push(format);
  return extra.length > 0 ? `${sentence(base)} (${extra.join('; ')}).` : `${sentence(base)}.`;
}

/** JSDoc text of a query or header parameter. */
export function describeParam(param: CatalogueParam): string {
  const base = (param.description ?? sentence(words(param.name))).trim().replace(/\.$/, '');
  const extra = rules(param);
  const format = dateFormat(param.name, param.example, param.type);
  if (format) extra.push(format);
  return extra.length > 0 ? `${sentence(base)} (${extra.join('; ')}).` : `${sentence(base)}.`;
}
