import { z } from 'zod';

/** Lenient building blocks of the response schemas: every field may be missing or null. */

/** A string the docs do not promise. */
export const optionalString = z.string().nullish();
/** A number the docs do not promise. */
export const optionalNumber = z.number().nullish();
/** A boolean the docs do not promise. */
export const optionalBoolean = z.boolean().nullish();
/**
 * A code the docs type as a string but the examples send as a number (department codes, indexes,
 * job levels): both are accepted and kept as sent.
 */
export const stringOrNumber = z.union([z.string(), z.number()]).nullish();
/** A list the docs do not promise (missing or null is kept as sent). */
export function optionalList<S extends z.ZodType>(item: S) {
  return z.array(item).nullish();
}
