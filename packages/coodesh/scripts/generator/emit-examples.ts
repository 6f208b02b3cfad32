import { GENERATED_BANNER } from './emit-models.js';
import { isRecord, LIST_ONLY_QUERIES } from './models.js';
import { quote } from '../../../../scripts/codegen/text.js';
import { MULTIPART, type OperationSpec } from './operations.js';
import { ENUM_CONSTANTS } from './shared.js';
import type { Model, ModelField, TypeRef } from './types.js';

const OBJECT_ID = '62b384d70309831f9c13c87d';
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Every field of a model, with those of the model it extends. */
function allFields(model: Model, models: ReadonlyMap<string, Model>): ModelField[] {
  return [...(model.base ? allFields(models.get(model.base)!, models) : []), ...model.fields];
}

/** Shared input models the samples need to know the fields of. */
const SHARED_FIELDS: Record<string, ModelField[]> = {
  IdsBody: [{ name: 'ids', type: { kind: 'array', of: { kind: 'string' } }, doc: '', optional: false }],
  TranslateBody: [{ name: 'targetLocales', type: { kind: 'array', of: { kind: 'string' } }, doc: '', optional: false }],
  DuplicateBody: [
    { name: 'name', type: { kind: 'string' }, doc: '', optional: false },
    { name: 'description', type: { kind: 'string' }, doc: '', optional: false },
  ],
  LocalizedTextInput: [
    { name: 'name', type: { kind: 'string' }, doc: '', optional: true },
    { name: 'description', type: { kind: 'string' }, doc: '', optional: true },
  ],
  TranslatedContentInput: ['pt', 'en', 'es'].map((name) => ({
    name,
    type: { kind: 'model', name: 'LocalizedTextInput' },
    doc: '',
    optional: true,
  })),
  SalaryRangeInput: ['currency', 'min', 'max'].map((name) => ({
    name,
    type: name === 'currency' ? { kind: 'string' } : { kind: 'number' },
    doc: '',
    optional: true,
  })),
};

/**
 * A value of `type` the SDK accepts: the reference's example where it fits the documented rules, a
 * plain sample where the example is missing or breaks them (placeholders such as `{ }` for ids).
 */
function sample(type: TypeRef, example: unknown, models: ReadonlyMap<string, Model>, name: string): unknown {
  switch (type.kind) {
    case 'string': {
      const fitsFormat =
        typeof example === 'string' &&
        (type.format !== 'url' || URL.canParse(example)) &&
        (type.format !== 'email' || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(example)) &&
        (type.format !== 'datetime' || ISO.test(example)) &&
        (type.maxLength === undefined || example.length <= type.maxLength);
      if (fitsFormat) return example;
      if (type.format === 'url') return 'https://example.com/coodesh';
      if (type.format === 'email') return 'candidate@example.com';
      if (type.format === 'datetime') return '2024-06-15T10:30:00Z';
      return /(^_?id$|Id$|_id$|^author$|^company$|^team$|^career$|^position$|^track$|^question$)/.test(name)
        ? OBJECT_ID
        : 'sample';
    }
    case 'number':
      return typeof example === 'number' && (type.min === undefined || example >= type.min) ? example : (type.min ?? 1);
    case 'boolean':
      return typeof example === 'boolean' ? example : true;
    case 'unknown':
      return example ?? null;
    case 'record':
      return isRecord(example) ? example : {};
    case 'jsonLogic':
      return typeof example === 'string' ? example : { '==': [{ var: 'status' }, 'published'] };
    case 'enum': {
      const values = type.constant ? ENUM_CONSTANTS[type.constant]!.values : type.values;
      if (typeof example === 'string' && values.includes(example)) return example;
      return type.nullable && example === null ? null : values[0];
    }
    case 'union':
      return typeof example === 'number' || typeof example === 'string' ? example : 1;
    case 'array': {
      const items = Array.isArray(example) && example.length > 0 ? example : [undefined];
      return items.map((item) => sample(type.of, item, models, name));
    }
    case 'model': {
      const model = models.get(type.name);
      const fields = model ? allFields(model, models) : SHARED_FIELDS[type.name];
      if (!fields) throw new Error(`No fields known for ${type.name}`);
      return objectSample(fields, example, models);
    }
    case 'file':
      throw new Error(`${name} is a file: it has no JSON sample (see the example's request.files)`);
  }
}

/** The file the tests upload for each file part (the reference shows none). */
const SAMPLE_FILE = { filename: 'sample.bin', content: 'sample file content' };

/** An object of `fields`: the example's values that fit, and every required field. */
function objectSample(
  fields: ModelField[],
  example: unknown,
  models: ReadonlyMap<string, Model>,
): Record<string, unknown> {
  const source = isRecord(example) ? example : {};
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.name in source) out[field.name] = sample(field.type, source[field.name], models, field.name);
    else if (!field.optional && field.defaultValue === undefined)
      out[field.name] = sample(field.type, undefined, models, field.name);
  }
  return out;
}

/** The parsed example of a query row (`page=1` → 1). */
function queryExample(spec: OperationSpec, name: string): unknown {
  const row = spec.cat.queryParams.find((p) => p.name === name);
  if (row?.example === undefined) return undefined;
  const raw = row.example.replace(new RegExp(`^${name}=`), '');
  if (row.type === 'number') return Number(raw);
  if (row.type.toLowerCase().startsWith('array')) return raw.split(',');
  return raw;
}

/** What the tests and the sandbox know of one operation. */
function example(spec: OperationSpec, models: ReadonlyMap<string, Model>): Record<string, unknown> {
  const { shape, cat } = spec;
  const request: Record<string, unknown> = {};
  const required: Record<string, string[]> = {};
  if (shape!.pathParams.length > 0) {
    request.path = Object.fromEntries(
      shape!.pathParams.map((p) => {
        const raw = cat.pathParams.find((row) => row.name === p.name)?.example;
        return [p.name, p.type === 'number' ? Number(raw ?? 1) : (raw ?? OBJECT_ID)];
      }),
    );
  }
  const input = shape!.input;
  if (input?.kind === 'ids')
    request.body = sample({ kind: 'array', of: { kind: 'string' } }, cat.requestExample, models, 'ids');
  if (input?.kind === 'body') {
    const model = models.get(input.model);
    const all = model ? allFields(model, models) : SHARED_FIELDS[input.model]!;
    const files = all.filter((f) => f.type.kind === 'file');
    const fields = all.filter((f) => f.type.kind !== 'file');
    request.body = objectSample(fields, cat.requestExample, models);
    required.body = fields.filter((f) => !f.optional).map((f) => f.name);
    if (files.length > 0) {
      request.files = Object.fromEntries(files.map((f) => [f.name, SAMPLE_FILE]));
      required.files = files.map((f) => f.name);
    }
  }
  if (input?.kind === 'query') {
    // A query of list parameters alone is a hand-written model (OffsetListQuery, PageQuery).
    const model = models.get(input.model) ?? { fields: [], listParams: LIST_ONLY_QUERIES[input.model] };
    const query: Record<string, unknown> = {};
    for (const name of model.listParams === 'all' ? ['page', 'pageSize', 'search'] : (model.listParams ?? [])) {
      const value = queryExample(spec, name);
      if (value !== undefined) query[name] = value;
    }
    for (const field of model.fields) {
      const value = queryExample(spec, field.name);
      if (value !== undefined || !field.optional) query[field.name] = sample(field.type, value, models, field.name);
    }
    request.query = query;
    required.query = model.fields.filter((f) => !f.optional).map((f) => f.name);
  }
  if (shape!.headers) {
    const samples: Record<string, string> = {
      'user-agent': 'Mozilla/5.0 (Coodesh sandbox)',
      'content-encoding': 'identity',
    };
    request.headers = Object.fromEntries(shape!.headers.names.map((h) => [h, samples[h] ?? 'sample']));
  }
  const method = spec.route.sandbox.split(' ')[0];
  return {
    route: spec.route.sandbox,
    status: method === 'POST' ? 201 : 200,
    ...(cat.body?.contentType === MULTIPART && { bodyType: 'multipart' }),
    request,
    ...(cat.responseExample !== null && { response: cat.responseExample }),
    ...(shape!.envelope && shape!.envelope !== 'docs' && { envelope: shape!.envelope }),
    ...((required.body?.length || required.query?.length || required.files?.length) && {
      required: Object.fromEntries(Object.entries(required).filter(([, names]) => names.length > 0)),
    }),
  };
}

/** Renders `src/generated/catalogue-examples.ts`: request inputs and responses of every unconfirmed operation. */
export function renderExamples(specs: OperationSpec[], models: ReadonlyMap<string, Model>): string {
  const entries = specs
    .filter((s) => s.shape)
    .map((s) => `  ${quote(s.id)}: ${JSON.stringify(example(s, models))},`)
    .join('\n');
  return `${GENERATED_BANNER}import type { CatalogueExample } from '../testing/catalogue-routes.js';

/**
 * For every operation the catalogue reconstructed: the route the sandbox serves it at, a request the
 * SDK accepts (the reference's example, repaired where it breaks a documented rule; the uploads' files
 * apart), the documented response example, and the body fields, query fields and file parts the
 * sandbox requires.
 */
export const CATALOGUE_EXAMPLES: Record<string, CatalogueExample> = {
${entries}
};
`;
}
