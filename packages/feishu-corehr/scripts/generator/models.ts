import { pascal, singular } from '../../../../scripts/codegen/text.js';
import { elementOf, type Manifest, type ManifestField, type ManifestType } from './manifest.js';
import { CLASSES, DOCS, ENUMS, FILES, PATHS, ROOTS } from './naming.js';

/** A field type as the emitters need it. */
export type TypeRef =
  | { kind: 'string'; enumConst?: EnumConst; closed?: readonly string[]; documented?: readonly string[] }
  | { kind: 'number'; int?: boolean }
  | { kind: 'boolean' }
  | { kind: 'unknown' }
  | { kind: 'array'; of: TypeRef }
  | { kind: 'model'; model: Model };

/** An enum declared once in generated/enums.ts. */
export interface EnumConst {
  name: string;
  type: string;
  doc: string;
  /** The values the manifest gives. */
  declared: readonly string[];
  /** `declared` and any value a page lists elsewhere (`extraSource`). */
  values: readonly string[];
  extraSource?: string;
}

export interface ModelField {
  name: string;
  type: TypeRef;
  required: boolean;
  doc: string;
  example?: string;
  /** `date`: the description states `YYYY-MM-DD`; an input is checked against it. */
  format?: 'date';
  limits?: ManifestField['limits'];
  values?: ManifestField['values'];
  /** Scalar types a response also accepts (another source types the field so). */
  also?: string[];
  /** Whether a source describes the field (`doc` is otherwise a hint from its name). */
  described: boolean;
}

/** A generated model: an exported interface with its lazy schema. */
export interface Model {
  name: string;
  role: 'input' | 'response';
  doc: string;
  fields: ModelField[];
  /** File under src/generated/models, without extension. */
  file: string;
  /** Other names the same structure is exported under (`export type Alias = Model`). */
  aliases: string[];
}

/** The root models of one operation, by part. */
export interface OperationModels {
  body?: Model;
  query?: Model;
  response?: Model;
}

/**
 * Turns the manifest into models: one per distinct structure and role (requests are inputs,
 * answers responses), children first, each named as naming.ts says.
 */
export class ModelRegistry {
  readonly models: Model[] = [];
  readonly enums: EnumConst[] = [];
  readonly operations = new Map<string, OperationModels>();
  readonly #byKey = new Map<string, Model>();
  readonly #names = new Set<string>();

  constructor(manifest: Manifest) {
    for (const path of Object.keys(ENUMS)) this.#declareEnum(manifest, path);
    for (const operation of manifest.operations) {
      const roots: OperationModels = {};
      for (const part of ['body', 'query', 'response'] as const) {
        const root = ROOTS[`${operation.id}:${part}`];
        const fields = operation[part];
        if (!root || !fields) continue;
        const role = part === 'response' ? 'response' : 'input';
        roots[part] = this.#model(fields, role, `${operation.id}:${part}`, { name: root.name, doc: root.doc });
      }
      this.operations.set(operation.id, roots);
    }
  }

  #declareEnum(manifest: Manifest, path: string): void {
    const field = findField(manifest, path);
    const declared = [
      ...new Set([...(field.type === 'string' ? (field.enum ?? []) : []), ...(field.values ?? []).map((v) => v.value)]),
    ];
    if (declared.length === 0) throw new Error(`naming.ts ENUMS: ${path} has no values`);
    const { extra, ...constant } = ENUMS[path]!;
    this.enums.push({
      ...constant,
      declared,
      values: [...declared, ...(extra?.values ?? [])],
      ...(extra ? { extraSource: extra.source } : {}),
    });
  }

  #model(
    fields: ManifestField[],
    role: Model['role'],
    path: string,
    naming: { name?: string; doc: string; fieldName?: string; classes?: Record<string, string> },
  ): Model {
    const modelFields = fields.map((field) => this.#field(field, role, `${path}.${field.name}`));
    const key = `${role}:${modelKey(modelFields, role)}`;
    const existing = this.#byKey.get(key);
    const explicit = naming.name ?? PATHS[path];
    if (existing) {
      describeFrom(existing, modelFields, naming.doc);
      if (explicit && explicit !== existing.name && !existing.aliases.includes(explicit)) {
        existing.aliases.push(explicit);
        this.#names.add(explicit);
      }
      return existing;
    }
    const intended = explicit ?? derivedName(naming, role, path);
    const sameName =
      role === 'response' ? this.models.find((m) => m.name === intended && m.role === 'response') : undefined;
    if (sameName && mergeInto(sameName, modelFields)) {
      // A response of the same name with a field more or less (search's tasks lack one field of
      // query's): one model carries both shapes, every response field being optional.
      this.#byKey.set(key, sameName);
      return sameName;
    }
    const name = this.#unique(intended, explicit !== undefined);
    const override = DOCS[name];
    for (const field of modelFields) if (override?.fields?.[field.name]) field.doc = override.fields[field.name]!;
    const model: Model = {
      name,
      role,
      doc: override?.doc ?? naming.doc,
      fields: modelFields,
      file: fileOf(path),
      aliases: [],
    };
    this.#byKey.set(key, model);
    this.models.push(model);
    return model;
  }

  #field(field: ManifestField, role: Model['role'], path: string): ModelField {
    return {
      name: field.name,
      type: this.#type(field, role, path, field),
      required: field.required,
      doc: field.doc,
      described: field.zh !== undefined,
      ...(field.example !== undefined ? { example: field.example } : {}),
      ...(field.format ? { format: field.format } : {}),
      ...(field.limits ? { limits: field.limits } : {}),
      ...(field.values ? { values: field.values } : {}),
      ...(field.also ? { also: field.also } : {}),
    };
  }

  #type(type: ManifestType, role: Model['role'], path: string, field: ManifestField): TypeRef {
    switch (type.type) {
      case 'array':
        return { kind: 'array', of: this.#type(type.items, role, path, field) };
      case 'object':
        if (!('fields' in type)) throw new Error(`unresolved sameAs at ${path}`);
        return {
          kind: 'model',
          model: this.#model(type.fields, role, path, {
            doc: field.doc,
            fieldName: field.name,
            ...(type.classes ? { classes: type.classes } : {}),
          }),
        };
      case 'string': {
        const closed = type.enum;
        const documented = [...new Set([...(closed ?? []), ...(field.values ?? []).map((v) => v.value)])];
        const enumConst =
          documented.length > 0
            ? this.enums.find((e) => sameSet(e.declared, documented) || (closed && sameSet(e.declared, closed)))
            : undefined;
        return {
          kind: 'string',
          ...(enumConst ? { enumConst } : {}),
          ...(closed ? { closed } : {}),
          ...(documented.length > 0 ? { documented } : {}),
        };
      }
      case 'number':
        return { kind: 'number', ...(type.int ? { int: true } : {}) };
      case 'boolean':
        return { kind: 'boolean' };
      case 'unknown':
        return { kind: 'unknown' };
    }
  }

  #unique(name: string, explicit: boolean): string {
    if (!this.#names.has(name)) {
      this.#names.add(name);
      return name;
    }
    if (explicit) throw new Error(`naming.ts: the name ${name} is given to two different structures`);
    for (let n = 2; ; n++) {
      const candidate = `${name}${n}`;
      if (!this.#names.has(candidate)) {
        this.#names.add(candidate);
        return candidate;
      }
    }
  }
}

/**
 * Gives the fields of `model` that no source described the description of the same field in
 * another appearance of the structure (the first appearance may come from the Node SDK alone).
 */
/** The mark of a doc made from a field's name (see scripts/extract/extract.ts). */
const UNDESCRIBED = 'no source describes it beyond its name';

function describeFrom(model: Model, fields: ModelField[], doc: string): void {
  if (doc && (!model.doc || model.doc.includes(UNDESCRIBED))) model.doc = doc;
  for (const own of model.fields) {
    const other = fields.find((f) => f.name === own.name);
    if (own.described || !other?.described) continue;
    Object.assign(own, { doc: other.doc, described: true, ...(other.example ? { example: other.example } : {}) });
  }
}

/**
 * Adds `fields` missing from `model` when every field they share has the same type; returns
 * whether the two shapes are compatible.
 */
function mergeInto(model: Model, fields: ModelField[]): boolean {
  for (const field of fields) {
    const own = model.fields.find((f) => f.name === field.name);
    if (own && typeKey(own.type, model.role) !== typeKey(field.type, model.role)) return false;
  }
  for (const field of fields) if (!model.fields.some((f) => f.name === field.name)) model.fields.push(field);
  return true;
}

function findField(manifest: Manifest, path: string): ManifestField {
  const [operationId, rest] = path.split(':') as [string, string];
  const [part, ...names] = rest.split('.');
  const operation = manifest.operations.find((o) => o.id === operationId);
  let fields = operation?.[part as 'body' | 'query' | 'response'] ?? [];
  let found: ManifestField | undefined;
  for (const name of names) {
    found = fields.find((f) => f.name === name);
    if (!found) break;
    const inner = elementOf(found);
    fields = inner.type === 'object' && 'fields' in inner ? inner.fields : [];
  }
  if (!found) throw new Error(`naming.ts: no field at ${path}`);
  return found;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v) => b.includes(v));
}

/** A model's structure, for de-duplication: field names, types and (inputs) required-ness and limits. */
function modelKey(fields: ModelField[], role: Model['role']): string {
  return JSON.stringify(
    fields
      .map((f) => [
        f.name,
        typeKey(f.type, role),
        role === 'input' ? [f.required, f.limits ?? null, f.format ?? null] : (f.also ?? null),
      ])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  );
}

/** A type's text for comparisons; a response does not tell integers from numbers (both parse as numbers). */
function typeKey(type: TypeRef, role: Model['role']): string {
  switch (type.kind) {
    case 'array':
      return `${typeKey(type.of, role)}[]`;
    case 'model':
      return `@${type.model.name}`;
    case 'string':
      return `string${type.closed ? `(${type.closed.join('|')})` : ''}${type.documented ? `<${type.documented.join('|')}>` : ''}`;
    case 'number':
      return type.int && role === 'input' ? 'int' : 'number';
    default:
      return type.kind;
  }
}

/** `ResidentTaxForUpdate` → `ResidentTax`; the SDKs' suffixes say nothing to a TypeScript user. */
function cleanClass(name: string): string {
  const renamed = CLASSES[name] ?? name;
  return renamed.replace(/(ForUpdate|Suffix|Update)$/, '') || renamed;
}

/** `visas` → `visa`, `dependent_list` → `dependent`; words in -us and -ss stay as they are. */
const singularOf = (field: string) => {
  const word = field.replace(/_list$/, '');
  return /(us|ss)$/.test(word) ? word : singular(word);
};

function derivedName(
  naming: { fieldName?: string; classes?: Record<string, string> },
  role: Model['role'],
  path: string,
): string {
  const cls = naming.classes?.java ?? naming.classes?.page ?? naming.classes?.go;
  const field = naming.fieldName ?? path.split('.').at(-1)!;
  const base = cls ? cleanClass(cls) : pascal(singularOf(field));
  return role === 'input' && !base.endsWith('Input') ? `${base}Input` : base;
}

function fileOf(path: string): string {
  let best: [string, string] | undefined;
  for (const entry of FILES) if (path.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  if (!best) throw new Error(`naming.ts FILES: no file for ${path}`);
  return best[1];
}
