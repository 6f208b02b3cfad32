import { inspect } from 'node:util';
import fc from 'fast-check';
import type { z } from 'zod';
import { fastParse, REJECTED } from '../../src/internal.js';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: readonly z.ZodType[];
  in?: z.ZodType;
  out?: z.ZodType;
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const valuesOf = (schema: z.ZodType): ReadonlySet<unknown> | undefined =>
  (schema as unknown as { _zod: { values?: ReadonlySet<unknown> } })._zod.values;

/** Any JSON value, small. */
const anyJson = fc.jsonValue({ maxDepth: 2 });

/** Numbers zod's z.number() refuses or accepts, and the integers schemas usually carry. */
const number = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -0, 1.5, Number.NaN, Infinity, -Infinity));

/** Text the schemas' formats and lengths accept or refuse. */
const text = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('', 'a', 'user@example.com', 'https://example.com/a', '2024-01-02T03:04:05Z', '__proto__'),
);

/**
 * Values shaped by a zod schema, for comparing parsers on them: mostly what the schema describes
 * (declared keys present or absent, unknown keys, lists of a few items), with one node in eight
 * replaced by any JSON value so failures are reached at every depth too.
 */
export function valuesFor(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 8) return anyJson;
  const shaped = shapedBy(schema, depth);
  return fc.oneof({ arbitrary: shaped, weight: 7 }, { arbitrary: anyJson, weight: 1 });
}

function shapedBy(schema: z.ZodType, depth: number): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const next = (child: z.ZodType) => valuesFor(child, depth + 1);
  switch (def.type) {
    case 'string':
      return text;
    case 'number':
      return number;
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'enum':
    case 'literal':
      return fc.constantFrom(...(valuesOf(schema) ?? new Set([null])));
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.option(next(def.innerType!), { nil: undefined, freq: 4 });
    case 'nullable':
      return fc.option(next(def.innerType!), { nil: null, freq: 4 });
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return next(def.innerType!);
    case 'array':
      return fc.array(next(def.element!), { maxLength: 3 });
    case 'object': {
      const shape = def.shape ?? {};
      const declared = fc.record(Object.fromEntries(Object.keys(shape).map((key) => [key, next(shape[key]!)])), {
        requiredKeys: [],
      });
      const extra = fc.dictionary(fc.string({ maxLength: 4 }), anyJson, { maxKeys: 2 });
      return fc.tuple(declared, extra).map(([known, unknown]) => ({ ...unknown, ...known }));
    }
    case 'union':
      return fc.oneof(...def.options!.map(next));
    case 'pipe':
      return next(def.in!);
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 4 }), next(def.valueType!), { maxKeys: 3 });
    case 'lazy':
      return fc.constant(null).chain(() => next(def.getter!()));
    default:
      return anyJson;
  }
}

/**
 * Whether the fast parser hands this value to zod on purpose: it holds an object zod does not copy
 * key for key (a prototype other than Object.prototype, an own `__proto__`, `constructor` or symbol
 * key), or the schema declares a key Object.prototype also has (`toString`), whose inherited value
 * zod would read.
 */
function handedToZod(schema: z.ZodType, value: unknown): boolean {
  return holdsUnusualObject(value) || declaresInheritedName(schema, new Set());
}

function holdsUnusualObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (!Array.isArray(value)) {
    const unusual =
      Object.getPrototypeOf(value) !== Object.prototype ||
      Object.hasOwn(value, '__proto__') ||
      Object.hasOwn(value, 'constructor') ||
      Object.getOwnPropertySymbols(value).length > 0;
    if (unusual) return true;
  }
  return Object.values(value).some(holdsUnusualObject);
}

function declaresInheritedName(schema: z.ZodType, seen: Set<z.ZodType>): boolean {
  if (seen.has(schema)) return false;
  seen.add(schema);
  const def = defOf(schema);
  const children = [
    ...Object.values(def.shape ?? {}),
    ...(def.options ?? []),
    ...[def.element, def.innerType, def.in, def.valueType].filter((c): c is z.ZodType => c !== undefined),
    ...(def.out ? [def.out] : []),
    ...(def.getter ? [def.getter()] : []),
  ];
  if (def.shape && Object.keys(def.shape).some((key) => key in Object.prototype)) return true;
  return children.some((child) => declaresInheritedName(child, seen));
}

/**
 * What breaks the equivalence the SDK relies on, or undefined: when the fast parser accepts a value, zod accepts it too and its
 * output is equal as data; when zod refuses a value, the fast parser refuses it; it refuses a value zod
 * accepts only where it hands the value to zod on purpose (see handedToZod); and it never changes its
 * input.
 */
export function verdictProblem(schema: z.ZodType, value: unknown): string | undefined {
  const before = copy(value);
  const fast = fastParse(schema, value);
  if (!sameData(value, before)) return sameDataProblem('the fast parser must not change its input', value, before);
  const zod = schema.safeParse(copy(value));
  if (fast === REJECTED) {
    if (zod.success && !handedToZod(schema, value)) return `refused only what it hands to zod: ${inspect(value)}`;
    return undefined;
  }
  if (!zod.success) return `zod must accept what the fast parser accepts: ${inspect(value)}`;
  if (!sameData(fast, zod.data)) return sameDataProblem('the fast output must be zod’s output', fast, zod.data);
  return undefined;
}

/**
 * Equal as data: the same primitives (Object.is), arrays of the same length and items, objects with
 * the same prototype and the same own keys (in any order) holding the same data. Stricter than
 * toEqual (prototypes, undefined-valued keys) without toStrictEqual's reading of a `constructor` key.
 */
function sameData(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) =>
      Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

function sameDataProblem(message: string, actual: unknown, expected: unknown): string {
  return `${message}: ${inspect(actual)} is not ${inspect(expected)}`;
}

/** A deep copy keeping what structuredClone loses: null prototypes and own `__proto__` keys. */
function copy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copy);
  const out = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    const child = copy((value as Record<string, unknown>)[key]);
    Object.defineProperty(out, key, { value: child, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Replaces one node of a JSON-like value (picked by `path`, a list of choices) with `replacement`. */
function mutate(value: unknown, path: readonly number[], replacement: unknown): unknown {
  if (path.length === 0 || typeof value !== 'object' || value === null) return replacement;
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[path[0]! % keys.length]!;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...value };
  (copy as Record<string, unknown>)[key] = mutate((value as Record<string, unknown>)[key], path.slice(1), replacement);
  return copy;
}

/** A documented example and copies of it with one node replaced (by any JSON value, null, or removed). */
export function examplesAround(example: unknown): fc.Arbitrary<unknown> {
  const replaced = fc
    .tuple(fc.array(fc.nat(), { maxLength: 6 }), fc.oneof(anyJson, fc.constant(null), fc.constant(undefined)))
    .map(([path, replacement]) => mutate(example, path, replacement));
  return fc.oneof({ arbitrary: fc.constant(example), weight: 1 }, { arbitrary: replaced, weight: 4 });
}
