import type { z } from 'zod';

/**
 * Types a request schema's input as its documented interface (the schema's output, tied to the
 * interface by `schemaFor`): the loose object sends unknown keys as given at run time, while
 * TypeScript checks object literals against the interface (a misspelled key is flagged).
 */
export function asInput<T>(schema: z.ZodType<T, unknown>): z.ZodType<T, T> {
  return schema as unknown as z.ZodType<T, T>;
}
