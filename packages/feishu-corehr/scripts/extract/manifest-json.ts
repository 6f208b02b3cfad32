import type { Manifest, ManifestField, ManifestType } from './manifest-types.js';

/**
 * Replaces every object type identical to one met earlier (same fields, descriptions and sources)
 * by `{ "type": "object", "sameAs": "<operation>:<path of the first>" }`: the search response
 * repeats the query response, the v2 update repeats most of the create body.
 */
export function dedupe(manifest: Manifest): void {
  const seen = new Map<string, string>();
  const visit = (type: ManifestType, where: string): ManifestType => {
    if (type.type === 'array') return { ...type, items: visit(type.items, where) };
    if (type.type !== 'object' || !('fields' in type) || type.fields.length === 0) return type;
    const key = JSON.stringify({ fields: type.fields, classes: type.classes });
    const first = seen.get(key);
    if (first) return { type: 'object', sameAs: first } as unknown as ManifestType;
    seen.set(key, where);
    type.fields = type.fields.map((field: ManifestField) => visitField(field, `${where}.${field.name}`));
    return type;
  };
  const visitField = (field: ManifestField, where: string): ManifestField => {
    const { name, required, doc, zh, docFrom, example, format, limits, values, in: sources, also, ...type } = field;
    const merged = visit(type as ManifestType, where);
    return {
      name,
      ...merged,
      required,
      doc,
      ...rest({ zh, docFrom, example, format, limits, values }),
      in: sources,
      ...rest({ also }),
    } as ManifestField;
  };
  for (const operation of manifest.operations) {
    for (const part of ['body', 'response'] as const) {
      const fields = operation[part];
      if (fields) operation[part] = fields.map((f) => visitField(f, `${operation.id}:${part}.${f.name}`));
    }
  }
}

const rest = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));

/**
 * The manifest as text a reviewer can read and diff: each leaf field on one line, objects with
 * fields expanded (JSON.stringify's indentation would make it twice as long).
 */
export function stringifyManifest(manifest: Manifest): string {
  return `${print(manifest, '')}\n`;
}

const hasFields = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  (Array.isArray(value) ? value.some(hasFields) : 'fields' in value || Object.values(value).some(hasFields));

function print(value: unknown, indent: string): string {
  if (!hasFields(value) && indent.length > 2) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${inner}${print(v, inner)}`).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${print(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
