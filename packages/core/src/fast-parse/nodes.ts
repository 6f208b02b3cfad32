import type { Def } from './zod-internals.js';

/** What the fast parser returns when the value does not pass (zod then says why). */
export const REJECTED: unique symbol = Symbol('rejected');

/** Thrown where only zod's own parser can build the exact output; fastParse then REJECTS. */
export const ASK_ZOD = new Error('the fast parser defers this value to zod');

// What a leaf accepts as it is: bits per primitive kind.
export const STRING = 1;
export const NUMBER = 2;
export const BOOLEAN = 4;
export const NULL = 8;
export const UNDEFINED = 16;
export const ANYTHING = 32;

/** One compiled schema node. */
export interface Compiled {
  /** A leaf: the primitive kinds it accepts (0 when not a leaf, or when only `values` are). */
  readonly mask: number;
  /** A leaf: the exact values it accepts besides its kinds (enum, literal). */
  readonly values: ReadonlySet<unknown> | undefined;
  /** Set for a pure node, whose output is its input whenever it passes: the verdict alone. */
  readonly test: ((value: unknown) => boolean) | undefined;
  /** The output, or REJECTED. */
  readonly parse: (value: unknown) => unknown;
}

export const isLeaf = (node: Compiled): boolean => node.mask !== 0 || node.values !== undefined;

export function leafAccepts(mask: number, values: ReadonlySet<unknown> | undefined, value: unknown): boolean {
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

export function leaf(mask: number, values?: ReadonlySet<unknown>): Compiled {
  const test = (value: unknown) => leafAccepts(mask, values, value);
  return { mask, values, test, parse: (value) => (test(value) ? value : REJECTED) };
}

export function pure(test: (value: unknown) => boolean): Compiled {
  return { mask: 0, values: undefined, test, parse: (value) => (test(value) ? value : REJECTED) };
}

export function impure(parse: (value: unknown) => unknown): Compiled {
  return { mask: 0, values: undefined, test: undefined, parse };
}

/**
 * zod builds every object it outputs as a plain `{}` copy: a value whose output is itself must be a
 * plain object already (Object.prototype, as JSON.parse makes them) without an own `__proto__` key,
 * which zod drops.
 */
export function copiedAsIs(value: object): boolean {
  return Object.getPrototypeOf(value) === Object.prototype && !Object.hasOwn(value, '__proto__');
}

// The combinators: zod's wrappers and containers, each over its compiled children.

/** A node that also accepts `extra` (undefined or null) as it is: zod's optional and nullable. */
export function orAlso(kind: number, extra: undefined | null, inner: Compiled): Compiled {
  if (isLeaf(inner)) return leaf(inner.mask | kind, inner.values);
  const innerTest = inner.test;
  if (innerTest) return pure((value) => value === extra || innerTest(value));
  const innerParse = inner.parse;
  return impure((value) => (value === extra ? value : innerParse(value)));
}

export function array(element: Compiled): Compiled {
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

/** zod's inclusive union: the first option that passes gives the output. */
export function union(options: readonly Compiled[]): Compiled {
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
export function pipe(input: Compiled, output: Compiled): Compiled {
  const [inTest, outTest] = [input.test, output.test];
  if (inTest && outTest) return pure((value) => inTest(value) && outTest(value));
  const [inParse, outParse] = [input.parse, output.parse];
  return impure((value) => {
    const middle = inParse(value);
    return middle === REJECTED ? REJECTED : outParse(middle);
  });
}

/**
 * zod's transform, called as zod calls it (its context holds `value`, `issues` and `addIssue`): an
 * issue it adds rejects the value (zod then reports it), and an async transform goes to zod, which
 * refuses it in a synchronous parse. Called directly rather than through zod's `run`: on a page's
 * worth of items, zod's machinery around the call kept the items alive into the old generation.
 */
export function transform(fn: NonNullable<Def['transform']>): Compiled {
  return impure((value) => {
    const issues: unknown[] = [];
    const out = fn(value, { value, issues, addIssue: (issue: unknown) => void issues.push(issue) } as never);
    if (out instanceof Promise) throw ASK_ZOD;
    return issues.length > 0 ? REJECTED : out;
  });
}

/** zod's record with plain string keys: every own enumerable key's value is parsed. */
export function record(value: Compiled): Compiled {
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
