import type { z } from 'zod';

/** What the fast parser returns when the value does not pass (zod then says why). */
export const REJECTED: unique symbol = Symbol('rejected');

/**
 * `schema.safeParse(value)`'s verdict and output, without building a copy of what passes: the output,
 * or REJECTED. zod stays the source of truth: the parser is compiled from the zod schema itself, each
 * node it does not model runs through zod's own `safeParse`, and whatever it cannot answer exactly (an
 * object zod would not copy key for key, a transform that throws, a value nested deeper than the
 * stack) is REJECTED too, so the caller asks zod, which then answers or throws as it always did.
 *
 * Natively modelled, following zod 4's parsers node by node: string, number, boolean, null,
 * unknown/any, enum, literal, optional, nullable, loose objects (`z.looseObject`), arrays, inclusive
 * unions, pipes, lazy schemas and records with plain string keys. Run through zod: anything with
 * checks (refinements, lengths, formats), transforms, defaults, catch, coercion, strict or stripping
 * objects, discriminated unions and the rest.
 *
 * The output is the input itself wherever nothing changed; a value a transform (or a node zod parses)
 * replaces is written into a shallow copy of each object and array on its path, never into the input.
 * Compared with zod's own output it is equal as data (`toStrictEqual`), keeps the input's key order
 * (zod puts declared keys first) and shares the input's objects. Objects other than plain ones
 * (another prototype, none, an own `__proto__` key) are left to zod, which copies them its own way. Proven against zod's verdicts and
 * outputs by the property tests in reliability/test/fast-parse.*.test.ts.
 */
export function fastParse(schema: z.ZodType, value: unknown): unknown {
  try {
    return compile(schema).parse(value);
  } catch {
    return REJECTED;
  }
}

/** Thrown where only zod's own parser can build the exact output; fastParse then REJECTS. */
const ASK_ZOD = new Error('the fast parser defers this value to zod');

// What a leaf accepts as it is: bits per primitive kind.
const STRING = 1;
const NUMBER = 2;
const BOOLEAN = 4;
const NULL = 8;
const UNDEFINED = 16;
const ANYTHING = 32;

/** One compiled schema node. */
interface Compiled {
  /** A leaf: the primitive kinds it accepts (0 when not a leaf, or when only `values` are). */
  readonly mask: number;
  /** A leaf: the exact values it accepts besides its kinds (enum, literal). */
  readonly values: ReadonlySet<unknown> | undefined;
  /** Set for a pure node, whose output is its input whenever it passes: the verdict alone. */
  readonly test: ((value: unknown) => boolean) | undefined;
  /** The output, or REJECTED. */
  readonly parse: (value: unknown) => unknown;
}

const isLeaf = (node: Compiled): boolean => node.mask !== 0 || node.values !== undefined;

function leafAccepts(mask: number, values: ReadonlySet<unknown> | undefined, value: unknown): boolean {
  switch (typeof value) {
    case 'string':
      if (mask & STRING) return true;
      break;
    case 'number':
      if (mask & NUMBER && Number.isFinite(value)) return true;
      break;
    case 'boolean':
      if (mask & BOOLEAN) return true;
      break;
    case 'undefined':
      if (mask & UNDEFINED) return true;
      break;
    case 'object':
      if (value === null && mask & NULL) return true;
      break;
  }
  return (mask & ANYTHING) !== 0 || (values !== undefined && values.has(value));
}

function leaf(mask: number, values?: ReadonlySet<unknown>): Compiled {
  const test = (value: unknown) => leafAccepts(mask, values, value);
  return { mask, values, test, parse: (value) => (test(value) ? value : REJECTED) };
}

function pure(test: (value: unknown) => boolean): Compiled {
  return { mask: 0, values: undefined, test, parse: (value) => (test(value) ? value : REJECTED) };
}

function impure(parse: (value: unknown) => unknown): Compiled {
  return { mask: 0, values: undefined, test: undefined, parse };
}

/** The parts of a zod schema's internals the compiler reads. */
interface Internals {
  def: Def;
  run: unknown;
  parse: unknown;
  optin?: 'optional' | 'defaulted' | undefined;
  optout?: 'optional' | undefined;
  values?: ReadonlySet<unknown> | undefined;
  innerType?: z.ZodType;
  traits: ReadonlySet<string>;
}

interface Def {
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
}

const internals = (schema: z.ZodType): Internals => (schema as unknown as { _zod: Internals })._zod;

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
  if (zod.run !== zod.parse) return byZod(schema);
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
      return def.discriminator !== undefined || def.inclusive === false ? byZod(schema) : union(def.options!);
    case 'pipe':
      return zod.traits.has('$ZodCodec') ? byZod(schema) : pipe(compile(def.in!), compile(def.out!));
    case 'lazy': {
      let inner: Compiled | undefined;
      return impure((value) => (inner ??= compile(internals(schema).innerType!)).parse(value));
    }
    case 'record':
      return record(schema, def);
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

/** A node that also accepts `extra` (undefined or null) as it is: zod's optional and nullable. */
function orAlso(kind: number, extra: undefined | null, inner: Compiled): Compiled {
  if (isLeaf(inner)) return leaf(inner.mask | kind, inner.values);
  const innerTest = inner.test;
  if (innerTest) return pure((value) => value === extra || innerTest(value));
  const innerParse = inner.parse;
  return impure((value) => (value === extra ? value : innerParse(value)));
}

function array(element: Compiled): Compiled {
  if (isLeaf(element)) {
    const { mask, values } = element;
    return pure((input) => {
      if (!Array.isArray(input)) return false;
      for (let i = 0; i < input.length; i++) if (!leafAccepts(mask, values, input[i])) return false;
      return true;
    });
  }
  const test = element.test;
  if (test) {
    return pure((input) => {
      if (!Array.isArray(input)) return false;
      for (let i = 0; i < input.length; i++) if (!test(input[i])) return false;
      return true;
    });
  }
  const parse = element.parse;
  return impure((input) => {
    if (!Array.isArray(input)) return REJECTED;
    let copy: unknown[] | undefined;
    for (let i = 0; i < input.length; i++) {
      const item: unknown = input[i];
      const out = parse(item);
      if (out === REJECTED) return REJECTED;
      if (out !== item) (copy ??= input.slice())[i] = out;
    }
    return copy ?? input;
  });
}

/**
 * zod builds every object it outputs as a plain `{}` copy: a value whose output is itself must be a
 * plain object already (Object.prototype, as JSON.parse makes them) without an own `__proto__` key,
 * which zod drops.
 */
function copiedAsIs(value: object): boolean {
  return Object.getPrototypeOf(value) === Object.prototype && !Object.hasOwn(value, '__proto__');
}

/** One declared key of a loose object, with what zod's object parser reads of its schema. */
interface Field {
  readonly key: string;
  readonly node: Compiled;
  readonly optin: 'optional' | 'defaulted' | undefined;
  readonly optout: 'optional' | undefined;
  /** Object.prototype has a property of this name: `key in input` can hold without an own key. */
  readonly inherited: boolean;
}

/**
 * What zod makes of a declared key that is absent (`handlePropertyResult`), given whether the field's
 * schema passes `undefined`: 'skip' (nothing in the output) or 'reject'. A field whose output could
 * differ (a default filling the key in) is never pure, so it never gets here.
 */
function absentKey(field: Field, passesUndefined: boolean): 'skip' | 'reject' {
  if (field.optout === 'optional' && field.optin === 'optional') return 'skip';
  if (!passesUndefined) return field.optin !== undefined && field.optout === 'optional' ? 'skip' : 'reject';
  return field.optin === undefined ? 'reject' : 'skip';
}

/**
 * zod's object parser with a catchall of unknown/any (a loose object): declared keys are parsed,
 * the others kept as they are. Strict and stripping objects, and objects with checks, go to zod.
 */
function object(schema: z.ZodType, def: Def): Compiled {
  const catchall = def.catchall ? internals(def.catchall) : undefined;
  const loose =
    catchall !== undefined &&
    (catchall.def.type === 'unknown' || catchall.def.type === 'any') &&
    catchall.run === catchall.parse;
  const shape = def.shape ?? {};
  if (!loose || Object.getOwnPropertySymbols(shape).length > 0 || Object.hasOwn(shape, '__proto__')) {
    return byZod(schema);
  }
  const fields: Field[] = Object.keys(shape).map((key) => {
    const child = internals(shape[key]!);
    const node = compile(shape[key]!);
    return { key, node, optin: child.optin, optout: child.optout, inherited: key in Object.prototype };
  });
  return fields.every((field) => field.node.test) ? pureObject(fields) : copyOnWriteObject(fields);
}

function pureObject(fields: readonly Field[]): Compiled {
  const absent = fields.map((f) => absentKey(f, f.node.test!(undefined)));
  return pure(generatedObjectTest(fields, absent) ?? objectTest(fields, absent));
}

/** The test of a loose object whose fields are all pure (the closure form, when code cannot be generated). */
function objectTest(fields: readonly Field[], absent: readonly ('skip' | 'reject')[]): (input: unknown) => boolean {
  const count = fields.length;
  const keys = fields.map((f) => f.key);
  const masks = fields.map((f) => f.node.mask);
  const values = fields.map((f) => f.node.values);
  const tests = fields.map((f) => (isLeaf(f.node) ? undefined : f.node.test));
  const inherited = fields.map((f) => f.inherited);
  return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return false;
    if (!copiedAsIs(input)) throw ASK_ZOD;
    const record = input as Record<string, unknown>;
    for (let i = 0; i < count; i++) {
      const key = keys[i]!;
      const value = record[key];
      if (value === undefined && !(key in record)) {
        if (absent[i] === 'reject') return false;
        continue;
      }
      if (inherited[i] && !Object.hasOwn(record, key)) throw ASK_ZOD;
      const test = tests[i];
      if (test ? !test(value) : !leafAccepts(masks[i]!, values[i], value)) return false;
    }
    return true;
  };
}

/**
 * The same test as generated code: one property read per declared key with its leaf check inline, so
 * each read and check is a call site of its own that V8 specializes for the shape of the vendor's
 * records (what zod's own JIT does for its objects). Undefined where code cannot be generated
 * (`--disallow-code-generation-from-strings`).
 */
function generatedObjectTest(
  fields: readonly Field[],
  absent: readonly ('skip' | 'reject')[],
): ((input: unknown) => boolean) | undefined {
  if (!canGenerateCode()) return undefined;
  const tests: ((value: unknown) => boolean)[] = [];
  const sets: ReadonlySet<unknown>[] = [];
  const lines = fields.map((field, i) => {
    const key = JSON.stringify(field.key);
    let check: string;
    if (isLeaf(field.node)) {
      const { mask, values } = field.node;
      if (values) sets.push(values);
      check = leafExpression(mask, values ? `s${sets.length - 1}` : undefined);
    } else {
      tests.push(field.node.test!);
      check = `t${tests.length - 1}(v)`;
    }
    const onAbsent = absent[i] === 'reject' ? 'return false;' : '';
    const inherited = field.inherited ? `if (!hasOwn(o, ${key})) throw ask;` : '';
    return `v = o[${key}]; if (v === undefined && !(${key} in o)) { ${onAbsent} } else { ${inherited} if (!(${check})) return false; }`;
  });
  const names = [...tests.map((_, i) => `t${i}`), ...sets.map((_, i) => `s${i}`)];
  const body = [
    'return function test(o) {',
    "if (typeof o !== 'object' || o === null || Array.isArray(o)) return false;",
    'if (!copiedAsIs(o)) throw ask;',
    'let v;',
    ...lines,
    'return true;',
    '};',
  ].join('\n');
  const factory = new Function('copiedAsIs', 'hasOwn', 'ask', ...names, body) as (
    ...args: unknown[]
  ) => (input: unknown) => boolean;
  return factory(copiedAsIs, Object.hasOwn, ASK_ZOD, ...tests, ...sets);
}

/** `leafAccepts(mask, values, v)` as an expression over `v`, with the values set named `set`. */
function leafExpression(mask: number, set: string | undefined): string {
  if (mask & ANYTHING) return 'true';
  const terms: string[] = [];
  if (mask & STRING) terms.push("typeof v === 'string'");
  if (mask & NUMBER) terms.push("(typeof v === 'number' && Number.isFinite(v))");
  if (mask & BOOLEAN) terms.push("typeof v === 'boolean'");
  if (mask & NULL) terms.push('v === null');
  if (mask & UNDEFINED) terms.push('v === undefined');
  if (set) terms.push(`${set}.has(v)`);
  return terms.length > 0 ? terms.join(' || ') : 'false';
}

let generates: boolean | undefined;

function canGenerateCode(): boolean {
  if (generates === undefined) {
    try {
      generates = (new Function('return true') as () => boolean)();
    } catch {
      generates = false;
    }
  }
  return generates;
}

function copyOnWriteObject(fields: readonly Field[]): Compiled {
  return impure((input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return REJECTED;
    if (!copiedAsIs(input)) throw ASK_ZOD;
    const record = input as Record<string, unknown>;
    let copy: Record<string, unknown> | undefined;
    for (const field of fields) {
      const { key, optin, optout } = field;
      const value = record[key];
      const present = value !== undefined || key in record;
      if (present && field.inherited && !Object.hasOwn(record, key)) throw ASK_ZOD;
      // zod's handlePropertyResult, rule by rule.
      if (!present && optout === 'optional' && optin === 'optional') continue;
      const out = field.node.parse(value);
      if (out === REJECTED) {
        if (!present && optin !== undefined && optout === 'optional') continue;
        return REJECTED;
      }
      if (!present && optin === undefined) return REJECTED;
      if (out === undefined) {
        const added = !present && optin === 'defaulted' && optout !== 'optional';
        if (added || (present && value !== undefined)) (copy ??= { ...record })[key] = undefined;
      } else if (!present || out !== value) {
        (copy ??= { ...record })[key] = out;
      }
    }
    return copy ?? input;
  });
}

/** zod's inclusive union: the first option that passes gives the output. */
function union(types: readonly z.ZodType[]): Compiled {
  const options = types.map((option) => compile(option));
  if (options.every(isLeaf)) {
    let mask = 0;
    let values: Set<unknown> | undefined;
    for (const option of options) {
      mask |= option.mask;
      if (option.values) for (const value of option.values) (values ??= new Set()).add(value);
    }
    return leaf(mask, values);
  }
  if (options.every((option) => option.test)) {
    const tests = options.map((option) => option.test!);
    return pure((value) => tests.some((test) => test(value)));
  }
  const parsers = options.map((option) => option.parse);
  return impure((value) => {
    for (const parse of parsers) {
      const out = parse(value);
      if (out !== REJECTED) return out;
    }
    return REJECTED;
  });
}

/** zod's pipe: the output of `in`, parsed by `out`. */
function pipe(input: Compiled, output: Compiled): Compiled {
  const [inTest, outTest] = [input.test, output.test];
  if (inTest && outTest) return pure((value) => inTest(value) && outTest(value));
  const [inParse, outParse] = [input.parse, output.parse];
  return impure((value) => {
    const middle = inParse(value);
    return middle === REJECTED ? REJECTED : outParse(middle);
  });
}

/** zod's record with plain string keys: every own enumerable key's value is parsed. */
function record(schema: z.ZodType, def: Def): Compiled {
  const key = internals(def.keyType!);
  const plainKeys = key.def.type === 'string' && key.run === key.parse && !key.def.coerce && !key.values;
  if (!plainKeys || def.partial || def.mode !== undefined) return byZod(schema);
  const value = compile(def.valueType!);
  // zod reads an own `constructor` to decide whether the object is plain, and refuses symbol keys.
  const unusual = (input: object) =>
    !copiedAsIs(input) || Object.hasOwn(input, 'constructor') || Object.getOwnPropertySymbols(input).length > 0;
  const isRecord = (input: unknown): input is Record<string, unknown> =>
    typeof input === 'object' && input !== null && !Array.isArray(input);
  const test = value.test;
  if (test) {
    return pure((input) => {
      if (!isRecord(input)) return false;
      if (unusual(input)) throw ASK_ZOD;
      for (const name of Object.keys(input)) if (!test(input[name])) return false;
      return true;
    });
  }
  const parse = value.parse;
  return impure((input) => {
    if (!isRecord(input)) return REJECTED;
    if (unusual(input)) throw ASK_ZOD;
    let copy: Record<string, unknown> | undefined;
    for (const name of Object.keys(input)) {
      const item = input[name];
      const out = parse(item);
      if (out === REJECTED) return REJECTED;
      if (out !== item) (copy ??= { ...input })[name] = out;
    }
    return copy ?? input;
  });
}
