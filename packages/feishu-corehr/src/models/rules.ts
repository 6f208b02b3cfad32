import { z } from 'zod';

/** A non-empty string; `what` names the value in the message. */
export const nonEmpty = (what: string) => z.string().min(1, `must be a non-empty string (${what})`);

/** `YYYY-MM-DD`, and a real calendar date (Feishu's documented date format). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date formatted YYYY-MM-DD, e.g. 2020-01-01')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'must be a real calendar date');

/** A string holding JSON, as Feishu wants custom field values. */
export const jsonString = z.string().refine((value) => {
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}, 'must be a JSON-encoded string (e.g. "\\"Sandy\\"" for the text Sandy, "123" for a number): use encodeCustomFieldValue()');

/** A list of at most `max` non-empty IDs. */
export const idList = (max: number, what: string) =>
  z.array(nonEmpty(what)).max(max, `must hold at most ${max} IDs (Feishu's documented limit)`);

/** Adds an issue when more than one item of a list is marked `is_primary` (Feishu: only one may be). */
export function atMostOnePrimary(items: readonly { is_primary?: unknown }[], ctx: z.RefinementCtx): void {
  const primaries = items.flatMap((item, index) => (item.is_primary === true ? [index] : []));
  for (const index of primaries.slice(1)) {
    ctx.addIssue({
      code: 'custom',
      path: [index, 'is_primary'],
      message: `only one item may have is_primary true (item ${primaries[0]} already has)`,
    });
  }
}

/**
 * Types a request schema's input as the documented interface `T` (the method's parameter type):
 * the schema stays open at run time (unknown keys are sent as given) while TypeScript checks
 * literals against `T`.
 */
export function requestSchema<T>() {
  return <S extends z.ZodType>(schema: S): z.ZodType<z.output<S>, T> => schema as unknown as z.ZodType<z.output<S>, T>;
}
