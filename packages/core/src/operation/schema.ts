import { z } from 'zod';

/** A schema, or a function building it on first use (keeps package import cheap). */
export type Lazy<S> = S | (() => S);

const resolved = new WeakMap<() => unknown, unknown>();

/** Returns the schema, building a lazy one once and caching it. */
export function resolveLazy<S>(value: Lazy<S>): S {
  if (typeof value !== 'function') return value;
  const thunk = value as () => S;
  if (!resolved.has(thunk)) resolved.set(thunk, thunk());
  return resolved.get(thunk) as S;
}

/**
 * An open enum for response fields: the documented values are typed (and completed by editors),
 * and a value the vendor adds later is still accepted as a string instead of failing the call.
 */
export function openEnum<const T extends readonly [string, ...string[]]>(values: T): z.ZodType<T[number] | (string & {})> {
  return z.union([z.enum(values), z.string()]) as unknown as z.ZodType<T[number] | (string & {})>;
}

/** Compile-time check that `A` is assignable to `B`; used to tie schemas to documented interfaces. */
export type AssertExtends<A extends B, B> = A;
