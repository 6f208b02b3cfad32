import type { Disagreement, ManifestField, ManifestType, SourceName } from './manifest-types.js';
import type { PageField } from './pages-dto.js';
import type { SdkField, SdkType } from './sdk-types.js';

/** The declarations of one object (or top-level part) in each source; `undefined`: the source does not declare it. */
export type Sources = Partial<Record<SourceName, SdkField[] | PageField[]>>;

const ORDER: SourceName[] = ['node', 'page', 'java', 'go'];

/** What the package follows for each kind of disagreement, and why. */
const POLICY = {
  nodeOnly:
    'typed as the Node SDK declares it: the Node SDK is generated from Feishu’s API metadata and is the newest source read; the page copy predates the field or leaves it out',
  pageOnly:
    'typed (optional) as Feishu’s page documents it: the Node SDK does not declare it; objects are open either way',
  olderOnly:
    'not typed: only the older Java / Go SDK snapshots declare it, neither the Node SDK nor Feishu’s page do (removed or renamed since); responses keep it as sent (loose objects) and requests may still send it (open objects)',
  type: 'the Node SDK’s type; a response also accepts the other sources’ types',
  required: 'required as the Node SDK declares it',
  values: 'requests accept the Node SDK’s closed list; responses accept any string, both lists typed (open enum)',
} as const;

/** Merges one object's fields across the sources (the Node SDK's order, then fields only the page has). */
export function combineFields(
  operation: string,
  path: string,
  sources: Sources,
  role: 'request' | 'response',
  disagreements: Disagreement[],
): ManifestField[] {
  const byName = (source: SourceName) => new Map((sources[source] ?? []).map((f) => [f.name, f] as const));
  const maps = Object.fromEntries(ORDER.map((s) => [s, byName(s)])) as Record<SourceName, Map<string, SdkField>>;
  const names = [...new Set([...maps.node.keys(), ...maps.page.keys(), ...maps.java.keys(), ...maps.go.keys()])];
  const fields: ManifestField[] = [];
  for (const name of names) {
    const found = Object.fromEntries(ORDER.map((s) => [s, maps[s].get(name)])) as Record<
      SourceName,
      SdkField | undefined
    >;
    const at = `${path}.${name}`;
    const types = Object.fromEntries(
      ORDER.filter((s) => found[s]).map((s) => [s, typeText(found[s]!.type)]),
    ) as Partial<Record<SourceName, string>>;
    if (!found.node && !found.page) {
      disagreements.push({ operation, path: at, kind: 'presence', sources: types, chosen: POLICY.olderOnly });
      continue;
    }
    if (found.node && !found.page && sources.page !== undefined)
      disagreements.push({ operation, path: at, kind: 'presence', sources: types, chosen: POLICY.nodeOnly });
    if (!found.node && found.page && sources.node !== undefined)
      disagreements.push({ operation, path: at, kind: 'presence', sources: types, chosen: POLICY.pageOnly });
    const normalized = new Set(Object.values(types).map(normalize));
    const also = [...normalized].filter(
      (t) => SCALARS.has(t) && t !== normalize(typeText((found.node ?? found.page)!.type)),
    );
    if (normalized.size > 1)
      disagreements.push({ operation, path: at, kind: 'type', sources: types, chosen: POLICY.type });
    if (role === 'request' && found.node && found.page && found.node.required !== found.page.required)
      disagreements.push({
        operation,
        path: at,
        kind: 'required',
        sources: { node: String(found.node.required), page: String(found.page.required) },
        chosen: POLICY.required,
      });
    const page = found.page as PageField | undefined;
    const nodeEnum = found.node && enumOf(found.node.type);
    if (
      nodeEnum &&
      page?.values &&
      sameSet(
        nodeEnum,
        page.values.map((v) => v.value),
      ) === false
    )
      disagreements.push({
        operation,
        path: at,
        kind: 'values',
        sources: { node: nodeEnum.join(', '), page: page.values.map((v) => v.value).join(', ') },
        chosen: POLICY.values,
      });
    const described = ORDER.map((s) => found[s]).find((f) => f?.description);
    const base = (found.node ?? found.page)!;
    const field: ManifestField = {
      name,
      ...combineType(operation, at, found, role, disagreements),
      required: base.required,
      doc: '',
      ...(described ? { zh: described.description!, docFrom: ORDER.find((s) => found[s] === described)! } : {}),
      ...(() => {
        const example = page?.example ?? found.java?.example ?? found.go?.example;
        return example ? { example } : {};
      })(),
      ...(described?.description && DATE_FORMAT.test(described.description) ? { format: 'date' as const } : {}),
      ...(page?.limits ? { limits: page.limits } : {}),
      ...(page?.values && page.values.length > 0
        ? { values: page.values.map((v) => ({ value: v.value, doc: '', zh: v.description })) }
        : {}),
      in: types,
      ...(also.length > 0 ? { also } : {}),
    };
    fields.push(field);
  }
  return fields;
}

function combineType(
  operation: string,
  path: string,
  found: Record<SourceName, SdkField | undefined>,
  role: 'request' | 'response',
  disagreements: Disagreement[],
): ManifestType {
  const base = (found.node ?? found.page)!.type;
  return mergeTypes(operation, path, base, typesOf(found), role, disagreements);
}

function typesOf(found: Record<SourceName, SdkField | undefined>): Partial<Record<SourceName, SdkType>> {
  return Object.fromEntries(ORDER.filter((s) => found[s]).map((s) => [s, found[s]!.type]));
}

function mergeTypes(
  operation: string,
  path: string,
  base: SdkType,
  all: Partial<Record<SourceName, SdkType>>,
  role: 'request' | 'response',
  disagreements: Disagreement[],
): ManifestType {
  switch (base.kind) {
    case 'array': {
      const items = Object.fromEntries(
        Object.entries(all).flatMap(([s, t]) => (t.kind === 'array' ? [[s, t.of]] : [])),
      ) as Partial<Record<SourceName, SdkType>>;
      return { type: 'array', items: mergeTypes(operation, path, base.of, items, role, disagreements) };
    }
    case 'object': {
      const children: Sources = {};
      const classes: Partial<Record<SourceName, string>> = {};
      for (const source of ORDER) {
        const type = all[source];
        if (type?.kind !== 'object') continue;
        children[source] = type.fields;
        if (type.className) classes[source] = type.className;
      }
      return {
        type: 'object',
        fields: combineFields(operation, path, children, role, disagreements),
        ...(Object.keys(classes).length > 0 ? { classes } : {}),
      };
    }
    case 'enum':
      return { type: 'string', enum: base.values };
    case 'number':
      return all.page?.kind === 'number' && all.page.int ? { type: 'number', int: true } : { type: 'number' };
    default:
      return { type: base.kind };
  }
}

/** A description that states the date format: `格式："YYYY-MM-DD"`, `- 格式： yyyy-mm-dd`. */
const DATE_FORMAT = /格式[：:]\s*"?YYYY-MM-DD"?\s*$|格式[：:]\s*yyyy-mm-dd\s*$/im;

const SCALARS = new Set(['string', 'number', 'boolean']);

/** A type text with enums as `string` and integers as `number` (the differences that are not disagreements). */
const normalize = (text: string) => text.replace(/enum\([^)]*\)/g, 'string').replace(/integer/g, 'number');

function enumOf(type: SdkType): string[] | undefined {
  return type.kind === 'enum' ? type.values : undefined;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v) => b.includes(v));
}

/** `string`, `integer`, `enum(a|b)`, `object`, `string[]`... (an integer is a number the source declares whole). */
function typeText(type: SdkType): string {
  switch (type.kind) {
    case 'array':
      return `${typeText(type.of)}[]`;
    case 'enum':
      return `enum(${type.values.join('|')})`;
    case 'number':
      return type.int ? 'integer' : 'number';
    default:
      return type.kind;
  }
}
