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
