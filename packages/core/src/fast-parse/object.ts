import {
  ANYTHING,
  ASK_ZOD,
  BOOLEAN,
  copiedAsIs,
  impure,
  isLeaf,
  leafAccepts,
  NULL,
  NUMBER,
  pure,
  REJECTED,
  STRING,
  UNDEFINED,
  type Compiled,
} from './nodes.js';

/** One declared key of a loose object, with what zod's object parser reads of its schema. */
export interface Field {
  readonly key: string;
  readonly node: Compiled;
  readonly optin: 'optional' | 'defaulted' | undefined;
  readonly optout: 'optional' | undefined;
  /** Object.prototype has a property of this name: `key in input` can hold without an own key. */
  readonly inherited: boolean;
}

/** What zod does with a declared key that is absent: nothing in the output, or reject the object. */
type Absent = 'skip' | 'reject';

/**
 * zod's object parser with a catchall of unknown/any (a loose object): declared keys are parsed,
 * the others kept as they are.
 */
export function looseObject(fields: readonly Field[]): Compiled {
  return fields.every((field) => field.node.test) ? pureObject(fields) : copyOnWriteObject(fields);
}

/**
 * What zod makes of a declared key that is absent (`handlePropertyResult`), given whether the field's
 * schema passes `undefined`. A field whose output could differ (a default filling the key in) is never
 * pure, so it never gets here.
 */
function absentKey(field: Field, passesUndefined: boolean): Absent {
  if (field.optout === 'optional' && field.optin === 'optional') return 'skip';
  if (!passesUndefined) return field.optin !== undefined && field.optout === 'optional' ? 'skip' : 'reject';
  return field.optin === undefined ? 'reject' : 'skip';
}

function pureObject(fields: readonly Field[]): Compiled {
  const absent = fields.map((f) => absentKey(f, f.node.test!(undefined)));
  return pure(generatedObjectTest(fields, absent) ?? objectTest(fields, absent));
}

/** The test of a loose object whose fields are all pure (the closure form, when code cannot be generated). */
function objectTest(fields: readonly Field[], absent: readonly Absent[]): (input: unknown) => boolean {
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

/** A loose object with a field whose output may differ from its input: copied only when one does. */
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

/**
 * The test of a loose object whose fields are all pure, as generated code: one property read per
 * declared key with its leaf check inline, so each read and check is a call site of its own that V8
 * specializes for the shape of the vendor's records (what zod's own JIT does for its objects). Keys
 * enter the code only as JSON string literals. Undefined where code cannot be generated
 * (`--disallow-code-generation-from-strings`).
 */
function generatedObjectTest(
  fields: readonly Field[],
  absent: readonly Absent[],
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
