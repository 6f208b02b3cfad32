import type { z } from 'zod';

/** The parts of a zod schema's internals the compiler reads. */
export interface Internals {
  def: Def;
  run: unknown;
  parse: unknown;
  optin?: 'optional' | 'defaulted' | undefined;
  optout?: 'optional' | undefined;
  values?: ReadonlySet<unknown> | undefined;
  innerType?: z.ZodType;
  traits: ReadonlySet<string>;
}

/** The parts of a zod schema's definition the compiler (and the unknown-key walk) reads. */
export interface Def {
  type: string;
  coerce?: boolean;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: readonly z.ZodType[];
  discriminator?: string;
  inclusive?: boolean;
  in?: z.ZodType;
  out?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  mode?: string;
  partial?: boolean;
  transform?: (value: unknown, context: { value: unknown; issues: unknown[] }) => unknown;
  getter?: () => z.ZodType;
}

export const internals = (schema: z.ZodType): Internals => (schema as unknown as { _zod: Internals })._zod;

/** Whether zod's `run` is its bare `parse`: checks (refinements, lengths, formats) wrap it. */
export const unchecked = (zod: Internals): boolean => zod.run === zod.parse;

/** The zod namespace (`import { z } from 'zod'`), or a stand-in built like it. */
export type ZodNamespace = typeof z;

/** The zod release the compiler was written against and proven on (the dependency range's minor). */
export const PROVEN_ZOD = '4.6';

/**
 * What the compiler expects to read of zod's internals, probed on small schemas built by `zod`:
 * the definition's `type` of every node it models, where wrappers keep their inner schema, how
 * checks attach (they wrap `run`), `optin` / `optout`, enum and literal `values`, the traits that set
 * codecs and exact optionals apart, and the definition fields of objects, unions, pipes, transforms,
 * lazy schemas and records. Returns the first difference found, in words, or undefined when zod is
 * as expected. A zod that throws while being probed is a difference too.
 */
export function internalsProblem(zod: ZodNamespace): string | undefined {
  try {
    for (const [name, build, expect] of PROBES) {
      const problem = expect(internals(build(zod)));
      if (typeof problem === 'string') return `${name}: ${problem}`;
    }
    return undefined;
  } catch (error) {
    return `probing zod threw: ${error instanceof Error ? error.message : String(error)}`;
  }
}

type Probe = readonly [
  name: string,
  build: (zod: ZodNamespace) => z.ZodType,
  expect: (zod: Internals) => string | boolean,
];

const typeIs = (zod: Internals, type: string) =>
  zod.def?.type === type || `its def.type is ${String(zod.def?.type)}, not ${type}`;
const same = (values: ReadonlySet<unknown> | undefined, expected: readonly unknown[]) =>
  values instanceof Set && values.size === expected.length && expected.every((value) => values.has(value));
const check = (...conditions: (string | boolean)[]) => conditions.find((c) => c !== true) || false;
const child = (schema: z.ZodType | undefined) => (schema ? internals(schema) : undefined);

const PROBES: readonly Probe[] = [
  [
    'z.string()',
    (z) => z.string(),
    (s) =>
      check(typeIs(s, 'string'), unchecked(s) || 'run is not its bare parse', !s.def.coerce || 'def.coerce is set'),
  ],
  [
    'z.string().min(2)',
    (z) => z.string().min(2),
    (s) => check(typeIs(s, 'string'), !unchecked(s) || 'a check does not wrap run'),
  ],
  [
    'z.coerce.string()',
    (z) => z.coerce.string(),
    (s) => check(typeIs(s, 'string'), s.def.coerce === true || 'def.coerce is not true'),
  ],
  ['z.number()', (z) => z.number(), (s) => check(typeIs(s, 'number'), unchecked(s) || 'run is not its bare parse')],
  ['z.boolean()', (z) => z.boolean(), (s) => check(typeIs(s, 'boolean'), unchecked(s) || 'run is not its bare parse')],
  ['z.null()', (z) => z.null(), (s) => typeIs(s, 'null')],
  ['z.unknown()', (z) => z.unknown(), (s) => check(typeIs(s, 'unknown'), unchecked(s) || 'run is not its bare parse')],
  ['z.any()', (z) => z.any(), (s) => typeIs(s, 'any')],
  [
    'z.enum()',
    (z) => z.enum(['a', 'b']),
    (s) => check(typeIs(s, 'enum'), same(s.values, ['a', 'b']) || 'values is not the set of its options'),
  ],
  [
    'z.literal()',
    (z) => z.literal(0),
    (s) => check(typeIs(s, 'literal'), same(s.values, [0]) || 'values is not the set of its literal'),
  ],
  [
    '.optional()',
    (z) => z.string().optional(),
    (s) =>
      check(
        typeIs(s, 'optional'),
        child(s.def.innerType)?.def.type === 'string' || 'def.innerType is not the wrapped schema',
        (s.optin === 'optional' && s.optout === 'optional') || 'optin / optout are not optional',
        !s.traits.has('$ZodExactOptional') || 'it carries the exact-optional trait',
      ),
  ],
  [
    '.exactOptional()',
    (z) => z.string().exactOptional(),
    (s) => check(typeIs(s, 'optional'), s.traits.has('$ZodExactOptional') || 'it lacks the $ZodExactOptional trait'),
  ],
  [
    '.nullable()',
    (z) => z.string().nullable(),
    (s) =>
      check(
        typeIs(s, 'nullable'),
        child(s.def.innerType)?.def.type === 'string' || 'def.innerType is not the wrapped schema',
      ),
  ],
  [
    '.default()',
    (z) => z.number().default(1),
    (s) => check(typeIs(s, 'default'), (s.optin === 'defaulted' && s.optout === undefined) || 'optin is not defaulted'),
  ],
  [
    'z.array()',
    (z) => z.array(z.string()),
    (s) =>
      check(typeIs(s, 'array'), child(s.def.element)?.def.type === 'string' || 'def.element is not the item schema'),
  ],
  [
    'z.looseObject()',
    (z) => z.looseObject({ a: z.string() }),
    (s) =>
      check(
        typeIs(s, 'object'),
        child(s.def.shape?.['a'])?.def.type === 'string' || 'def.shape does not hold the declared keys',
        child(s.def.catchall)?.def.type === 'unknown' || 'def.catchall is not unknown',
      ),
  ],
  [
    'z.object()',
    (z) => z.object({ a: z.string() }),
    (s) => check(typeIs(s, 'object'), s.def.catchall === undefined || 'a stripping object has a catchall'),
  ],
  [
    'z.union()',
    (z) => z.union([z.string(), z.number()]),
    (s) =>
      check(
        typeIs(s, 'union'),
        s.def.options?.length === 2 || 'def.options is not the list of options',
        (s.def.inclusive !== false && s.def.discriminator === undefined) ||
          'a plain union reads as exclusive or discriminated',
      ),
  ],
  [
    'z.xor()',
    (z) => z.xor([z.string(), z.number()]),
    (s) => check(typeIs(s, 'union'), s.def.inclusive === false || 'def.inclusive is not false'),
  ],
  [
    'z.discriminatedUnion()',
    (z) => z.discriminatedUnion('k', [z.object({ k: z.literal('a') })]),
    (s) => check(typeIs(s, 'union'), s.def.discriminator === 'k' || 'def.discriminator is not the key'),
  ],
  [
    '.pipe()',
    (z) => z.string().pipe(z.string()),
    (s) =>
      check(
        typeIs(s, 'pipe'),
        (child(s.def.in)?.def.type === 'string' && child(s.def.out)?.def.type === 'string') ||
          'def.in / def.out are not its two schemas',
        !s.traits.has('$ZodCodec') || 'a pipe carries the codec trait',
      ),
  ],
  [
    'z.codec()',
    (z) => z.codec(z.string(), z.number(), { decode: Number, encode: String }),
    (s) => check(typeIs(s, 'pipe'), s.traits.has('$ZodCodec') || 'it lacks the $ZodCodec trait'),
  ],
  [
    '.transform()',
    (z) => z.string().transform((value) => value),
    (s) =>
      check(
        typeIs(s, 'pipe'),
        child(s.def.out)?.def.type === 'transform' || 'its output is not a transform node',
        typeof child(s.def.out)?.def.transform === 'function' || 'def.transform is not the function',
      ),
  ],
  [
    'z.lazy()',
    (z) => z.lazy(() => z.string()),
    (s) =>
      check(
        typeIs(s, 'lazy'),
        typeof s.def.getter === 'function' || 'def.getter is not a function',
        child(s.innerType)?.def.type === 'string' || 'innerType is not the built schema',
      ),
  ],
  [
    'z.record()',
    (z) => z.record(z.string(), z.number()),
    (s) =>
      check(
        typeIs(s, 'record'),
        (child(s.def.keyType)?.def.type === 'string' && child(s.def.valueType)?.def.type === 'number') ||
          'def.keyType / def.valueType are not its schemas',
        (s.def.mode === undefined && !s.def.partial) || 'a plain record reads as loose or partial',
      ),
  ],
  [
    'z.looseRecord()',
    (z) => z.looseRecord(z.string(), z.number()),
    (s) => check(typeIs(s, 'record'), s.def.mode !== undefined || 'def.mode is not set'),
  ],
  [
    'z.partialRecord()',
    (z) => z.partialRecord(z.enum(['a']), z.number()),
    (s) => check(typeIs(s, 'record'), s.def.partial === true || 'def.partial is not true'),
  ],
];
