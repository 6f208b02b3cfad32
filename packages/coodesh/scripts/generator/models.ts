import { fieldName, type CatalogueField, type CatalogueParam } from './catalogue.js';
import { describeInputField, describeParam, describeResponseField } from './describe.js';
import { handWrittenExports } from './hand-models.js';
import { FIELD_MODELS, MODEL_DOCS, NESTED_NAMES, RESPONSE_ENUMS, type UploadField } from './manifest.js';
import { pascal, singular } from '../../../../scripts/codegen/text.js';
import {
  enumConstantFor,
  NAMED_ONLY_MODELS,
  SHARED_INPUT_MODELS,
  SHARED_RESPONSE_MODELS,
  type SharedFieldType,
  type SharedModel,
} from './shared.js';
import { fieldsKey, type Model, type ModelField, type TypeRef } from './types.js';

/** The standard list parameters, shared through `OffsetListQuery`. */
export const LIST_PARAMS = ['page', 'pageSize', 'limit', 'offset', 'order', 'orderBy', 'search'] as const;

/** Hand-written queries of list parameters alone (by the parameters they take), used instead of a generated copy. */
export const LIST_ONLY_QUERIES: Record<string, string[] | 'all'> = {
  OffsetListQuery: 'all',
  PageQuery: ['page', 'pageSize'],
};

/** `a`, `a` and `b`, `a`, `b` and `c` (operation ids in a model's doc). */
function idList(ids: readonly string[]): string {
  const quoted = ids.map((id) => `\`${id}\``);
  return quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

/** The doc of an input model from the operations taking it. */
const inputDoc = (model: Pick<Model, 'docPrefix' | 'usedBy'>) => `${model.docPrefix} ${idList(model.usedBy!)}.`;

/** The doc of a field two operations document differently: what they agree on, then a pointer to each method. */
function mergedDoc(a: string, b: string): string {
  const sentences = (text: string) => text.split(/(?<=\.)\s+/);
  const [first, second] = [sentences(a), sentences(b)];
  const common: string[] = [];
  for (let i = 0; i < first.length && first[i] === second[i] && !first[i]!.startsWith('The rest depends'); i++)
    common.push(first[i]!);
  return [...common, "The rest depends on the operation: see the method's description."].join(' ');
}

/** The structure of a query or header model (fields and list parameters; not the docs). */
const querySignature = (model: Model) => `${JSON.stringify(model.listParams ?? null)}:${fieldsKey(model.fields)}`;
const fieldDocs = (model: Model) => model.fields.map((f) => f.doc).join('|');

/** Ids of records are typed `object` in some tables; these names (and `*_id`) hold an ObjectId string. */
const ID_LIKE = new Set([
  '_id',
  'id',
  'author',
  'company',
  'career',
  'team',
  'track',
  'position',
  'skill_variant',
  'question',
  'analysis_plan',
  'owners',
  'skillId',
]);

/** Whether a catalogue value is a plain object (not null, not an array). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether an example value fits a shared field type. */
function fits(value: unknown, type: SharedFieldType, shared: Record<string, SharedModel>): boolean {
  if (value === null || value === undefined) return true;
  if (typeof type === 'object') return isRecord(value) && matches(value, shared[type.model]!, shared);
  if (type === 'string[]' || type === 'number[]') {
    return Array.isArray(value) && value.every((item) => typeof item === (type === 'string[]' ? 'string' : 'number'));
  }
  return typeof value === type;
}

/** Whether an example object is an instance of a shared model (its keys a subset, values fitting). */
function matches(value: Record<string, unknown>, model: SharedModel, shared: Record<string, SharedModel>): boolean {
  const keys = Object.keys(value);
  if (keys.length === 0) return false;
  // One scalar key fits too many models; one nested object (a `translated_content` with only `pt`) is telling.
  if (keys.length === 1 && Object.keys(model.fields).length > 1 && typeof model.fields[keys[0]!] !== 'object')
    return false;
  return keys.every((key) => key in model.fields && fits(value[key], model.fields[key]!, shared));
}

/** The smallest shared model an example object is an instance of. */
function sharedModelFor(value: Record<string, unknown>, shared: Record<string, SharedModel>): string | undefined {
  return Object.entries(shared)
    .filter(([, model]) => matches(value, model, shared))
    .sort(([, a], [, b]) => Object.keys(a.fields).length - Object.keys(b.fields).length)[0]?.[0];
}

const HAND_WRITTEN = handWrittenExports();

/** Where a model, type or constant lives, relative to `src` without extension: a generated model's file, or a hand-written module. */
export function moduleOf(name: string, models: ReadonlyMap<string, Model>): string {
  const generated = models.get(name);
  if (generated) return `generated/models/${generated.file}`;
  const hand = HAND_WRITTEN.get(name);
  if (hand) return hand;
  throw new Error(`No module for model ${name}`);
}

/** Builds the models of the catalogue: responses from examples, inputs from the parameter tables. */
export class ModelRegistry {
  readonly models = new Map<string, Model>();
  readonly #bySignature = new Map<string, string>();

  /** Adds a generated model, or returns an identical one already declared (structural dedup). */
  #add(model: Model): string {
    const key = `${model.role}:${model.base ?? ''}:${JSON.stringify(model.listParams ?? null)}:${fieldsKey(model.fields)}`;
    const same = this.#bySignature.get(key);
    // Unnamed models reuse an identical model.
    if (same && !model.named) return same;
    if (this.models.has(model.name)) throw new Error(`Model ${model.name} is declared twice with different fields`);
    this.models.set(model.name, model);
    if (!this.#bySignature.has(key)) this.#bySignature.set(key, model.name);
    return model.name;
  }

  // ------------------------------------------------------------------ responses

  /** The type of a response example; objects become models named `name` (or a shared model). */
  response(value: unknown, name: string, file: string, named = false, doc?: string): TypeRef {
    if (value === null || value === undefined) return { kind: 'unknown' };
    if (typeof value === 'string') return { kind: 'string' };
    if (typeof value === 'number') return { kind: 'number' };
    if (typeof value === 'boolean') return { kind: 'boolean' };
    if (Array.isArray(value)) {
      if (value.length === 0) return { kind: 'array', of: { kind: 'unknown' } };
      const item = this.response(value[0], name, file, named, doc);
      // Lists shown as lists of lists (`tags: [["string"]]`) are most likely a flattening artifact: take both.
      if (item.kind === 'array') return { kind: 'union', of: [{ kind: 'array', of: item }, item] };
      return { kind: 'array', of: item };
    }
    if (!isRecord(value)) return { kind: 'unknown' };
    if (named && NAMED_ONLY_MODELS.has(name)) return { kind: 'model', name };
    if (named && (SHARED_RESPONSE_MODELS[name] || name === 'MessageResult')) return { kind: 'model', name };
    if (Object.keys(value).length === 0) return { kind: 'record' };
    if (!named) {
      const shared = sharedModelFor(value, SHARED_RESPONSE_MODELS);
      if (shared) return { kind: 'model', name: shared };
    }
    return { kind: 'model', name: this.#responseModel(value, name, file, named, doc) };
  }

  #responseModel(
    value: Record<string, unknown>,
    name: string,
    file: string,
    named: boolean,
    nestedDoc?: string,
  ): string {
    const fields = Object.entries(value).map(([key, example]): ModelField => {
      const nestedName = NESTED_NAMES[`${name}.${key}`];
      const enumConstant = RESPONSE_ENUMS[`${name}.${key}`];
      const defaultName = `${name}${pascal(Array.isArray(example) ? singular(key) : key)}`;
      const fieldModel = isRecord(example) ? FIELD_MODELS[key] : undefined;
      const type: TypeRef = enumConstant
        ? { kind: 'enum', values: [], constant: enumConstant }
        : fieldModel
          ? { kind: 'model', name: fieldModel }
          : this.response(
              example,
              nestedName ?? defaultName,
              file,
              nestedName !== undefined,
              `${Array.isArray(example) ? 'An item of' : 'The'} \`${key}\` of {@link ${name}}.`,
            );
      return {
        name: key,
        type,
        doc: describeResponseField(key, Array.isArray(example) ? example[0] : example),
        optional: true,
      };
    });
    const existing = this.models.get(name);
    if (existing) {
      // The same model seen in another example: keep what it had and add what this one shows.
      for (const field of fields) if (!existing.fields.some((f) => f.name === field.name)) existing.fields.push(field);
      return name;
    }
    const doc = MODEL_DOCS[name] ?? nestedDoc ?? `${name.replace(/([a-z])([A-Z])/g, '$1 $2')}.`;
    return this.#add({ name, doc, role: 'response', file, fields, named });
  }

  // ------------------------------------------------------------------ inputs

  /**
   * A body model from the catalogue's rows for the operation `usedBy`; shared bodies are recognised.
   * A multipart body also takes its file part (`upload`), which the catalogue's rows do not list.
   */
  body(
    rows: CatalogueField[],
    example: unknown,
    name: string,
    usedBy: string,
    file: string,
    family = name,
    upload?: UploadField,
  ): string {
    const shared = upload ? undefined : sharedInputFor(rows);
    if (shared) return shared;
    const fields = rows.map((row) =>
      this.#inputField(row, isRecord(example) ? example[fieldName(row)] : undefined, name, file),
    );
    if (upload) fields.push({ name: upload.name, type: { kind: 'file' }, doc: upload.doc, optional: false });
    const existing = this.models.get(name);
    if (existing) {
      if (
        fieldsKey(existing.fields) !== fieldsKey(fields) ||
        fieldDocs(existing) !== fieldDocs({ ...existing, fields })
      )
        throw new Error(`Body ${name} is used with different rows`);
      existing.usedBy!.push(usedBy);
      existing.doc = inputDoc(existing);
      return name;
    }
    const base = name.endsWith('UpdateBody') ? this.#baseFor(fields, family) : undefined;
    const own = base ? fields.filter((f) => !base.fields.some((b) => b.name === f.name)) : fields;
    const usage = { docPrefix: 'Body of', usedBy: [usedBy] };
    return this.#add({
      name,
      doc: inputDoc(usage),
      ...usage,
      role: 'input',
      file,
      fields: own,
      base: base?.name,
      named: true,
      family,
    });
  }

  /**
   * An input model from parameter rows (query or headers), for the operation `usedBy`. A query of
   * list parameters alone is the hand-written `OffsetListQuery` or `PageQuery`. Queries with the same
   * fields are declared once when they belong to one resource, share a name in the manifest, or
   * document their fields alike; a field they document differently keeps what the docs agree on
   * (each method's JSDoc carries its own text).
   */
  params(
    rows: CatalogueParam[],
    name: string,
    docPrefix: string,
    usedBy: string,
    file: string,
    listParams?: string[] | 'all',
  ): string {
    const fields = rows.map((row): ModelField => ({
      name: row.name,
      type: paramType(row),
      doc: describeParam(row),
      optional: !row.required,
    }));
    if (fields.length === 0) {
      const listOnly = Object.entries(LIST_ONLY_QUERIES).find(
        ([, p]) => JSON.stringify(p) === JSON.stringify(listParams),
      );
      if (listOnly) return listOnly[0];
    }
    const model: Model = {
      name,
      doc: '',
      docPrefix,
      usedBy: [usedBy],
      role: 'input',
      file,
      fields,
      listParams,
      named: true,
      kind: 'query',
    };
    model.doc = inputDoc(model);
    const same = [...this.models.values()].find(
      (m) =>
        m.kind === 'query' &&
        querySignature(m) === querySignature(model) &&
        (m.file === file || m.name === name || fieldDocs(m) === fieldDocs(model)),
    );
    if (!same) return this.#add(model);
    same.usedBy!.push(usedBy);
    same.doc = inputDoc(same);
    if (same.file !== file) same.file = 'shared';
    for (const field of same.fields) {
      const other = fields.find((f) => f.name === field.name)!;
      if (other.doc !== field.doc) field.doc = mergedDoc(field.doc, other.doc);
    }
    return same.name;
  }

  /** The create body an update body extends: every field of it is one of ours. */
  #baseFor(fields: ModelField[], family: string): Model | undefined {
    const ours = new Map(fields.map((f) => [f.name, fieldsKey([f])]));
    return [...this.models.values()]
      .filter((m) => m.family === family && m.name.endsWith('CreateBody') && m.fields.length < fields.length)
      .filter((m) => m.fields.every((f) => ours.get(f.name) === fieldsKey([f])))
      .sort((a, b) => b.fields.length - a.fields.length)[0];
  }

  #inputField(row: CatalogueField, example: unknown, parent: string, file: string): ModelField {
    const name = fieldName(row);
    const hasDefault = row.default !== undefined && row.default !== null;
    // "required; default x": the SDK fills the default, so the caller may leave it out.
    const defaultValue = row.required && hasDefault ? row.default : undefined;
    return {
      name,
      type: this.#inputType(row, example, parent, file),
      doc: describeInputField(name, row, example),
      optional: !row.required || defaultValue !== undefined,
      ...(defaultValue !== undefined && { defaultValue }),
    };
  }

  #inputType(row: CatalogueField, example: unknown, parent: string, file: string): TypeRef {
    const type = row.type.toLowerCase();
    const name = fieldName(row);
    const nestedName = `${parent}${pascal(type.startsWith('array') ? singular(name) : name)}`;
    const nestedDoc = `${type.startsWith('array') ? 'An item of' : 'The'} \`${name}\` of {@link ${parent}} (the fields the reference's example shows).`;
    const nonEmpty = row.constraints?.includes('non-empty') ?? false;
    if (row.enum) {
      const values = row.enum.filter((v): v is string => v !== null);
      return { kind: 'enum', values, constant: enumConstantFor(values), nullable: row.enum.includes(null) };
    }
    if (type === 'number or string') return { kind: 'union', of: [{ kind: 'number' }, { kind: 'string' }] };
    if (type.startsWith('string')) {
      const format = type.includes('<uri>')
        ? 'url'
        : type.includes('<email>')
          ? 'email'
          : type.includes('<date-time>')
            ? 'datetime'
            : undefined;
      return {
        kind: 'string',
        ...(format && { format }),
        ...(row.maxLength !== undefined && { maxLength: row.maxLength }),
      };
    }
    if (type === 'number') return { kind: 'number', ...(row.min !== undefined && { min: row.min }) };
    if (type === 'boolean') return { kind: 'boolean' };
    if (type.startsWith('array')) {
      if (row.itemsEnum)
        return {
          kind: 'array',
          of: { kind: 'enum', values: row.itemsEnum, constant: enumConstantFor(row.itemsEnum) },
          nonEmpty,
        };
      if (row.fields?.length) {
        const item = Array.isArray(example) ? example[0] : undefined;
        return {
          kind: 'array',
          of: { kind: 'model', name: this.#nestedInput(row.fields, item, nestedName, nestedDoc, file) },
          nonEmpty,
        };
      }
      if (type.includes('(objectid)') || type.includes('string')) {
        return {
          kind: 'array',
          of: { kind: 'string', ...(type.includes('<uri>') && { format: 'url' as const }) },
          nonEmpty,
        };
      }
      return { kind: 'array', of: { kind: 'record' }, nonEmpty };
    }
    // `object` rows: nested rows, an ObjectId (the example shows a string), or a free-form object.
    if (row.fields?.length)
      return { kind: 'model', name: this.#nestedInput(row.fields, example, nestedName, nestedDoc, file) };
    if (Array.isArray(example)) return { kind: 'array', of: { kind: 'string' } };
    if (typeof example === 'number') return { kind: 'number', ...(row.min !== undefined && { min: row.min }) };
    if (typeof example === 'string' || ID_LIKE.has(name) || name.endsWith('_id')) return { kind: 'string' };
    return { kind: 'record' };
  }

  /** A nested input object: a shared one (translations, salary) or a generated model of the example's fields. */
  #nestedInput(rows: CatalogueField[], example: unknown, name: string, doc: string, file: string): string {
    const shared = sharedInputFor(rows);
    if (shared) return shared;
    const fields = rows.map((row) =>
      this.#inputField(row, isRecord(example) ? example[fieldName(row)] : undefined, name, file),
    );
    return this.#add({ name, doc, role: 'input', file, fields, named: false });
  }
}

/** The shared input model whose rows these are, if any. */
function sharedInputFor(rows: CatalogueField[]): string | undefined {
  const names = rows.map(fieldName).sort().join(',');
  for (const [name, model] of Object.entries(SHARED_INPUT_MODELS)) {
    if (Object.keys(model.fields).sort().join(',') !== names) continue;
    if (name === 'IdsBody' && (!rows[0]!.required || !rows[0]!.type.toLowerCase().startsWith('array'))) continue;
    if (name === 'DuplicateBody' && !rows.every((r) => r.required)) continue;
    if (name === 'SalaryRangeInput' && rows.some((r) => r.required)) continue;
    return name;
  }
  return undefined;
}

/** The type of a query or header parameter. */
function paramType(row: CatalogueParam): TypeRef {
  const type = row.type.toLowerCase();
  if (row.name === 'query' && /jsonlogic/i.test(row.description ?? '')) return { kind: 'jsonLogic' };
  if (row.enum) return { kind: 'enum', values: row.enum, constant: enumConstantFor(row.enum) };
  if (type.startsWith('array')) {
    if (row.itemsEnum)
      return { kind: 'array', of: { kind: 'enum', values: row.itemsEnum, constant: enumConstantFor(row.itemsEnum) } };
    return { kind: 'array', of: { kind: 'string' } };
  }
  if (type === 'number')
    return {
      kind: 'number',
      ...(row.min !== undefined && { min: row.min }),
      ...(row.max !== undefined && { max: row.max }),
    };
  if (type === 'boolean') return { kind: 'boolean' };
  return { kind: 'string' };
}
