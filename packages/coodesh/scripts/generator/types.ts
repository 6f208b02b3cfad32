/** The type of a model field, as the generator reasons about it. */
export type TypeRef =
  | { kind: 'string'; format?: 'url' | 'email' | 'datetime'; maxLength?: number }
  | { kind: 'number'; min?: number; max?: number; int?: boolean }
  | { kind: 'boolean' }
  | { kind: 'unknown' }
  | { kind: 'record' }
  | { kind: 'enum'; values: string[]; constant?: string; nullable?: boolean }
  | { kind: 'array'; of: TypeRef; nonEmpty?: boolean }
  | { kind: 'union'; of: TypeRef[] }
  | { kind: 'model'; name: string }
  | { kind: 'jsonLogic' }
  /** A file part of a multipart body (a value built with `fileFrom()`). */
  | { kind: 'file' };

/** One field of a model. */
export interface ModelField {
  name: string;
  type: TypeRef;
  doc: string;
  /** Inputs: not required. Responses: always true (and nullable). */
  optional: boolean;
  /** Inputs: the default the schema fills in (documented "required; default x"). */
  defaultValue?: unknown;
}

/** A generated model: an exported interface and its lazy schema. */
export interface Model {
  name: string;
  doc: string;
  role: 'response' | 'input';
  /** File under src/models (without extension). */
  file: string;
  fields: ModelField[];
  /** Another generated input model this one extends (its fields are left out of `fields`). */
  base?: string;
  /** Queries: the shared list parameters it takes (`all` = every one of OffsetListQuery). */
  listParams?: string[] | 'all';
  /** A top-level model named by the manifest (never merged structurally into another). */
  named: boolean;
  /** `query`: a query or header model (structurally identical ones are declared once). */
  kind?: 'query';
  /** Inputs: the operations taking this model (its doc names them: `Query of \`a\` and \`b\`.`). */
  usedBy?: string[];
  /** Inputs: the doc before the operation ids (`Query of`, `Body of`, `Headers required by`). */
  docPrefix?: string;
  /** Bodies: the resource they belong to; a body may extend another of its family (create ⊂ update). */
  family?: string;
}

/** A short, stable text of a type (for structural comparisons). */
function typeKey(type: TypeRef): string {
  switch (type.kind) {
    case 'array':
      return `${typeKey(type.of)}[]${type.nonEmpty ? '+' : ''}`;
    case 'union':
      return type.of.map(typeKey).join('|');
    case 'model':
      return `@${type.name}`;
    case 'enum':
      return `enum(${type.constant ?? type.values.join(',')})${type.nullable ? '?' : ''}`;
    case 'string':
      return `string${type.format ? `<${type.format}>` : ''}${type.maxLength ? `..${type.maxLength}` : ''}`;
    case 'number':
      return `number${type.min !== undefined ? `>=${type.min}` : ''}${type.max !== undefined ? `<=${type.max}` : ''}`;
    default:
      return type.kind;
  }
}

/** The structural signature of a list of fields. */
export function fieldsKey(fields: readonly ModelField[]): string {
  return fields
    .map(
      (f) =>
        `${f.name}${f.optional ? '?' : ''}:${typeKey(f.type)}${f.defaultValue !== undefined ? `=${JSON.stringify(f.defaultValue)}` : ''}`,
    )
    .sort()
    .join(',');
}
