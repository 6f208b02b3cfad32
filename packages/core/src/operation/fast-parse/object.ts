import { generatedObjectTest } from './generated-test.js';
import { ASK_ZOD, copiedAsIs, impure, isLeaf, leafAccepts, pure, REJECTED, type Compiled } from './nodes.js';

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
export type Absent = 'skip' | 'reject';

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
