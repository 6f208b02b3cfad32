import { readFileSync } from 'node:fs';
import type { Manifest, ManifestField, ManifestOperation, ManifestType } from '../extract/manifest-types.js';

export type { Manifest, ManifestField, ManifestOperation, ManifestType };

/** The manifest file: the generator's only input. */
const MANIFEST_URL = new URL('../manifest/pre-hires.json', import.meta.url);

/** An object type of the manifest with every `sameAs` reference replaced by the object it names. */
type ObjectType = Extract<ManifestType, { fields: ManifestField[] }>;

/**
 * Reads the manifest and resolves each `{ type: 'object', sameAs }` to the very object it names,
 * so that repeated structures are the same JS object.
 */
export function loadManifest(url: URL = MANIFEST_URL): Manifest {
  const manifest = JSON.parse(readFileSync(url, 'utf8')) as Manifest;
  const byPath = new Map<string, ObjectType>();
  const index = (fields: ManifestField[], path: string) => {
    for (const field of fields) {
      const inner = elementOf(field);
      if (inner.type === 'object' && 'fields' in inner) {
        byPath.set(`${path}.${field.name}`, inner);
        index(inner.fields, `${path}.${field.name}`);
      }
    }
  };
  for (const operation of manifest.operations)
    for (const part of ['body', 'response'] as const)
      if (operation[part]) index(operation[part], `${operation.id}:${part}`);
  const resolve = (type: ManifestType): ManifestType => {
    if (type.type === 'array') return { ...type, items: resolve(type.items) };
    if (type.type === 'object' && 'sameAs' in type) {
      const target = byPath.get(type.sameAs);
      if (!target) throw new Error(`manifest: sameAs ${type.sameAs} names no object`);
      return target;
    }
    if (type.type === 'object') for (const field of type.fields) Object.assign(field, resolveField(field));
    return type;
  };
  const resolveField = (field: ManifestField): ManifestField => {
    if (field.type === 'array') return { ...field, items: resolve(field.items) } as ManifestField;
    if (field.type === 'object' && 'sameAs' in field) {
      const target = byPath.get(field.sameAs as string);
      if (!target) throw new Error(`manifest: sameAs ${String(field.sameAs)} names no object`);
      const { sameAs: _sameAs, ...rest } = field as ManifestField & { sameAs: string };
      return {
        ...rest,
        fields: target.fields,
        ...(target.classes ? { classes: target.classes } : {}),
      } as ManifestField;
    }
    if (field.type === 'object') for (const child of field.fields) Object.assign(child, resolveField(child));
    return field;
  };
  for (const operation of manifest.operations)
    for (const part of ['body', 'response'] as const)
      if (operation[part]) operation[part] = operation[part].map(resolveField);
  return manifest;
}

/** The element type of a (nested) array, or the type itself. */
export function elementOf(type: ManifestType): ManifestType {
  let inner = type;
  while (inner.type === 'array') inner = inner.items;
  return inner;
}
