import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import {
  ANYTHING,
  array,
  BOOLEAN,
  impure,
  leaf,
  NULL,
  NUMBER,
  orAlso,
  pipe,
  record,
  REJECTED,
  STRING,
  transform,
  UNDEFINED,
  union,
  type Compiled,
} from './nodes.js';
import { looseObject, type Field } from './object.js';
import {
  internals,
  internalsProblem,
  PROVEN_ZOD,
  unchecked,
  type Def,
  type Internals,
  type ZodNamespace,
} from './zod-internals.js';

export { REJECTED } from './nodes.js';

/**
 * `schema.safeParse(value)`'s verdict and output, without building a copy of what passes: the output,
 * or REJECTED. zod stays the source of truth: the parser is compiled from the zod schema itself, each
 * node it does not model runs through zod's own `safeParse`, and whatever it cannot answer exactly (an
 * object zod would not copy key for key, a transform that throws, a value nested deeper than the
 * stack) is REJECTED too, so the caller asks zod, which then answers or throws as it always did.
 *
 * Natively modelled, following zod 4's parsers node by node: string, number, boolean, null,
 * unknown/any, enum, literal, optional, nullable, loose objects (`z.looseObject`), arrays, inclusive
 * unions, pipes, transforms, lazy schemas and records with plain string keys. Run through zod: anything
 * with checks (refinements, lengths, formats), defaults, catch, coercion, strict or stripping objects,
 * discriminated unions and the rest.
 *
 * The output is the input itself wherever nothing changed; a value a transform (or a node zod parses)
 * replaces is written into a shallow copy of each object and array on its path, never into the input.
 * Compared with zod's own output it is equal as data (`toStrictEqual`), keeps the input's key order
 * (zod puts declared keys first) and shares the input's objects. Objects other than plain ones
 * (another prototype, none, an own `__proto__` key) are left to zod, which copies them its own way.
 * Proven against zod's verdicts and outputs by property tests (packages/core/test/fast-parse.*.test.ts on
 * generated schemas, reliability/test/fast-parse.*.test.ts on the vendors' schemas), on the zod minor
 * of the dependency range; `pnpm check:zod-latest` runs them on zod's newest 4.x release.
 *
 * The compiler reads zod's internals. At first use it checks that the installed zod still has the
 * internals it reads, and still agrees with it on a few probes (`verifyZodInternals`); when not, it
 * stands aside for good: every value is REJECTED, so every response is validated by zod alone.
 */
export function fastParse(schema: z.ZodType, value: unknown): unknown {
  if (standAside === undefined) verifyZodInternals();
  if (standAside !== null) return REJECTED;
  return parseCompiled(schema, value);
}

/** Why the fast parser stands aside for the installed zod (null: it runs; undefined: not checked yet). */
let standAside: string | null | undefined;

/**
 * Checks `zod` (the installed one by default) against what the compiler reads and how it answers:
 * its internals on small probe schemas (`internalsProblem`), then the compiled parser's verdicts and
 * outputs against zod's own on probe values. Returns why the fast parser must stand aside, or
 * undefined; `fastParse` then stands aside (or runs) until the next check. Runs once, at first use.
 */
export function verifyZodInternals(zod: ZodNamespace = z): string | undefined {
  const problem = internalsProblem(zod) ?? verdictProblem(zod);
  const version = (zod as { core?: { version?: { major?: unknown; minor?: unknown; patch?: unknown } } }).core?.version;
  const installed = version ? `${String(version.major)}.${String(version.minor)}.${String(version.patch)}` : 'unknown';
  standAside =
    problem === undefined ? null : `zod ${installed} differs from the zod ${PROVEN_ZOD} it was proven on (${problem})`;
  return standAside ?? undefined;
}

/** Why responses are validated by zod alone (the fast parser stands aside), or undefined. */
export function fastParserFallback(): string | undefined {
  if (standAside === undefined) verifyZodInternals();
  return standAside ?? undefined;
}

/** Probe schemas and values on which the compiled parser must give zod's verdict and output. */
const VERDICT_PROBES: readonly [build: (zod: ZodNamespace) => z.ZodType, values: readonly unknown[]][] = [
  [(z) => z.string().min(3), ['abcd', 'ab', 3]],
  [(z) => z.enum(['a', 'b']), ['a', 'c', 1]],
  [(z) => z.literal(0), [0, 1, '0']],
  [(z) => z.number().nullable(), [null, 1, undefined, Number.NaN]],
  [(z) => z.string().optional(), [undefined, 'a', null]],
  [(z) => z.array(z.number().int()), [[1, 2], [1.5], {}]],
  [(z) => z.union([z.string(), z.number()]), ['a', 1, true]],
  [(z) => z.string().transform((text) => text.length), ['abc', 1]],
  [(z) => z.record(z.string(), z.boolean()), [{ a: true }, { a: 1 }]],
  [(z) => z.lazy(() => z.string()), ['a', 1]],
  [
    (z) => z.looseObject({ a: z.string(), b: z.number().optional(), n: z.number().default(5) }),
    [{ a: 'x' }, { a: 'x', b: 1, c: true }, { b: 1 }, { a: 'x', b: 'y' }, null, []],
  ],
  [(z) => z.object({ a: z.string() }), [{ a: 'x', extra: 1 }, {}]],
  [
    (z) =>
      z.discriminatedUnion('k', [
        z.looseObject({ k: z.literal('a') }),
        z.looseObject({ k: z.literal('b'), v: z.number() }),
      ]),
    [{ k: 'a' }, { k: 'b' }, { k: 'b', v: 1 }, { k: 'c' }],
  ],
];

/** A probe value the compiled parser accepts where zod refuses it, or turns into something else. */
function verdictProblem(zod: ZodNamespace): string | undefined {
  try {
    for (const [build, values] of VERDICT_PROBES) {
      const schema = build(zod);
      for (const value of values) {
        const fast = parseCompiled(schema, value);
        if (fast === REJECTED) continue; // zod decides: safe whatever zod's verdict
        const result = schema.safeParse(value);
        if (!result.success) return `the compiled parser accepts ${JSON.stringify(value)}, which zod refuses`;
        if (!isDeepStrictEqual(fast, result.data))
          return `the compiled parser turns ${JSON.stringify(value)} into another value than zod`;
      }
    }
    return undefined;
  } catch (error) {
    return `probing the compiled parser threw: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function parseCompiled(schema: z.ZodType, value: unknown): unknown {
  try {
    return compile(schema).parse(value);
  } catch {
    return REJECTED;
  }
}

const compiled = new WeakMap<z.ZodType, Compiled>();

function compile(schema: z.ZodType): Compiled {
  const known = compiled.get(schema);
  if (known) return known;
  // Registered before the children compile, so a schema that contains itself (through a getter or
  // z.lazy) reaches this stand-in instead of compiling forever.
  const pending: { node?: Compiled } = {};
  compiled.set(
    schema,
    impure((value) => pending.node!.parse(value)),
  );
  const built = (pending.node = build(schema));
  compiled.set(schema, built);
  return built;
}

function build(schema: z.ZodType): Compiled {
  const zod = internals(schema);
  // Checks (refinements, lengths, formats) make zod's `run` wrap `parse`: zod runs those itself.
  if (!unchecked(zod)) return byZod(schema);
  const def = zod.def;
  switch (def.type) {
    case 'string':
      return def.coerce ? byZod(schema) : leaf(STRING);
    case 'number':
      return def.coerce ? byZod(schema) : leaf(NUMBER);
    case 'boolean':
      return def.coerce ? byZod(schema) : leaf(BOOLEAN);
    case 'null':
      return leaf(NULL);
    case 'unknown':
    case 'any':
      return leaf(ANYTHING);
    case 'enum':
    case 'literal':
      return leaf(0, zod.values!);
    case 'optional':
      return optional(schema, zod);
    case 'nullable':
      return orAlso(NULL, null, compile(def.innerType!));
    case 'array':
      return array(compile(def.element!));
    case 'object':
      return object(schema, def);
    case 'union':
      return def.discriminator !== undefined || def.inclusive === false
        ? byZod(schema)
        : union(def.options!.map((option) => compile(option)));
    case 'pipe':
      return zod.traits.has('$ZodCodec') ? byZod(schema) : pipe(compile(def.in!), compile(def.out!));
    case 'lazy': {
      let inner: Compiled | undefined;
      return impure((value) => (inner ??= compile(internals(schema).innerType!)).parse(value));
    }
    case 'record':
      return plainKeyRecord(def) ? record(compile(def.valueType!)) : byZod(schema);
    case 'transform':
      return transform(def.transform!);
    default:
      return byZod(schema);
  }
}

/** A node zod parses itself: its output (a copy, for objects), or REJECTED. */
function byZod(schema: z.ZodType): Compiled {
  return impure((value) => {
    const result = schema.safeParse(value);
    return result.success ? result.data : REJECTED;
  });
}

/** zod's optional: undefined passes as is, unless the inner schema substitutes a default for it. */
function optional(schema: z.ZodType, zod: Internals): Compiled {
  const innerType = zod.def.innerType!;
  if (zod.traits.has('$ZodExactOptional') || internals(innerType).optin === 'defaulted') return byZod(schema);
  return orAlso(UNDEFINED, undefined, compile(innerType));
}

/** A loose object (catchall unknown/any) is modelled; strict and stripping objects go to zod. */
function object(schema: z.ZodType, def: Def): Compiled {
  const catchall = def.catchall ? internals(def.catchall) : undefined;
  const loose =
    catchall !== undefined && (catchall.def.type === 'unknown' || catchall.def.type === 'any') && unchecked(catchall);
  const shape = def.shape ?? {};
  if (!loose || Object.getOwnPropertySymbols(shape).length > 0 || Object.hasOwn(shape, '__proto__')) {
    return byZod(schema);
  }
  const fields: Field[] = Object.keys(shape).map((key) => {
    const child = internals(shape[key]!);
    const node = compile(shape[key]!);
    return { key, node, optin: child.optin, optout: child.optout, inherited: key in Object.prototype };
  });
  return looseObject(fields);
}

/** A record whose keys are any string (no checks, coercion, enumeration or partial mode). */
function plainKeyRecord(def: Def): boolean {
  const key = internals(def.keyType!);
  return (
    key.def.type === 'string' &&
    unchecked(key) &&
    !key.def.coerce &&
    !key.values &&
    !def.partial &&
    def.mode === undefined
  );
}
