import { z } from 'zod';

/** A schema, or a function building it on first use (keeps package import cheap). */
export type Lazy<S> = S | (() => S);

/**
 * Every schema built on first use, by the function that builds it: the one cache behind both
 * `lazySchema()` and the schema thunks given to `defineOperation` (`query: () => QuerySchema`).
 */
const built = new WeakMap<() => unknown, unknown>();

function buildOnce<S>(key: () => S, build: () => S): S {
  let schema = built.get(key) as S | undefined;
  if (schema === undefined) built.set(key, (schema = build()));
  return schema;
}

/** Returns the schema, building a lazy one once and caching it. */
export function resolveLazy<S>(value: Lazy<S>): S {
  return typeof value === 'function' ? buildOnce(value as () => S, value as () => S) : value;
}

/**
 * An open enum for response fields: the documented values are typed (and completed by editors),
 * and a value the vendor adds later is still accepted as a string instead of failing the call.
 */
export function openEnum<const T extends readonly [string, ...string[]]>(
  values: T,
): z.ZodType<T[number] | (string & {})> {
  return z.union([z.enum(values), z.string()]) as unknown as z.ZodType<T[number] | (string & {})>;
}

/**
 * `T` without the `[key: string]: unknown` index signatures of loose objects, at every depth. Loose
 * request schemas send unknown keys as given, but their input type should still be the documented
 * interface, so that object literals with a misspelled key are flagged and interfaces are assignable.
 */
export type KnownKeys<T> = T extends readonly (infer E)[]
  ? KnownKeys<E>[]
  : T extends Date | Uint8Array | Blob | ((...args: never[]) => unknown)
    ? T
    : T extends object
      ? { [K in keyof T as string extends K ? never : number extends K ? never : K]: KnownKeys<T[K]> }
      : T;

/** Keys of the interface `T` that the object schema `S` does not declare. */
type MissingKeys<T, S> = S extends { shape: infer Shape } ? Exclude<keyof T, keyof Shape> : never;

/**
 * Ties a zod schema to a documented interface, checked both ways at compile time: the schema's
 * output must fit `T`, and an object schema must declare every key of `T`. The result is typed
 * `z.ZodType<T>`, so the data a client returns is `T` itself and editor hovers show `T`'s JSDoc
 * (a `z.infer` type would not: TypeScript drops comments written inside `z.object({...})`).
 *
 * ```ts
 * export interface Job { /** Job title. *\/ title: string }
 * export const JobSchema = schemaFor<Job>()(z.looseObject({ title: z.string() }));
 * ```
 */
export function schemaFor<T>() {
  return <S extends z.ZodType<T>>(
    schema: S &
      ([MissingKeys<T, S>] extends [never]
        ? unknown
        : { 'schema is missing keys of the interface': MissingKeys<T, S> }),
  ): z.ZodType<T, z.input<S>> => schema as unknown as z.ZodType<T, z.input<S>>;
}

/**
 * A schema built on first use and then reused: `const JobSchema = lazySchema(() => z.looseObject({...}))`,
 * referenced as `JobSchema()` inside other schemas and passed as-is to `defineOperation`. Keeps
 * importing a package with hundreds of operations cheap.
 */
export function lazySchema<S>(build: () => S): () => S {
  const lazy = (): S => buildOnce(lazy, build);
  return lazy;
}
