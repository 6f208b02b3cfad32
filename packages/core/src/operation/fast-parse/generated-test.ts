import { ANYTHING, ASK_ZOD, BOOLEAN, copiedAsIs, isLeaf, NULL, NUMBER, STRING, UNDEFINED } from './nodes.js';
import type { Absent, Field } from './object.js';

/**
 * The test of a loose object whose fields are all pure, as generated code: one property read per
 * declared key with its leaf check inline, so each read and check is a call site of its own that V8
 * specializes for the shape of the vendor's records (what zod's own JIT does for its objects). Keys
 * enter the code only as JSON string literals. Undefined where code cannot be generated
 * (`--disallow-code-generation-from-strings`).
 */
export function generatedObjectTest(
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
