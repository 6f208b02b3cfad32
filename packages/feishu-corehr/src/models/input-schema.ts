import type { z } from 'zod';

/** Keys of the interface `T` that the object schema `S` does not declare (as `schemaFor` checks them). */
type MissingKeys<T, S> = S extends { shape: infer Shape } ? Exclude<keyof T, keyof Shape> : never;

/**
 * Ties a request schema to its documented interface like `@hr/core`'s `schemaFor` (its output
 * must fit `T`, and it must declare every key of `T`) and types its input as the interface itself:
 * the loose object sends unknown keys as given at run time, while TypeScript checks object
 * literals against `T` (a misspelled key is flagged).
 */
export function inputSchemaFor<T>() {
  return <S extends z.ZodType<T>>(
    schema: S &
      ([MissingKeys<T, S>] extends [never]
        ? unknown
        : { 'schema is missing keys of the interface': MissingKeys<T, S> }),
  ): z.ZodType<T, T> => schema as unknown as z.ZodType<T, T>;
}
