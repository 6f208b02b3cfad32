import { z } from 'zod';

// The building blocks of the rules Feishu's pages state (each rule that uses one cites its page).

/** `YYYY-MM-DD`, and a real calendar date: the format the pages give for the fields that state one. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date formatted YYYY-MM-DD, e.g. 2020-01-01')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'must be a real calendar date');

/** Whether `value` holds JSON (custom field values are "json-escaped strings", 是json转义后的字符串). */
function isJsonText(value: string): boolean {
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}

type Path = (string | number)[];

/** Every value present at `pattern` (`a.b.*.c`; `*` is each item of a list) in `root`, with its path. */
export function valuesAt(root: unknown, pattern: string): { value: unknown; path: Path }[] {
  let found: { value: unknown; path: Path }[] = [{ value: root, path: [] }];
  for (const key of pattern.split('.')) {
    found = found.flatMap(({ value, path }) => {
      if (key === '*') return Array.isArray(value) ? value.map((item, i) => ({ value: item, path: [...path, i] })) : [];
      if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, key)) return [];
      const next = (value as Record<string, unknown>)[key];
      return next === undefined || next === null ? [] : [{ value: next, path: [...path, key] }];
    });
  }
  return found;
}

/** A rule of a request body: it adds an issue (with the field's path) for each value it refuses. */
export type BodyRule = (body: unknown, ctx: z.RefinementCtx) => void;

/** The generated request schema with the rules Feishu's pages state; the input type stays `T`. */
export function withRules<T>(schema: z.ZodType<T, T>, ...rules: BodyRule[]): z.ZodType<T, T> {
  return schema.superRefine((body, ctx) => {
    for (const rule of rules) rule(body, ctx);
  }) as z.ZodType<T, T>;
}

/**
 * At most one item of each list at `patterns` has `is_primary: true`. The descriptions of the
 * emails, phones and emergency contacts state it ("of several, only one may have is_primary true").
 */
export function onePrimary(...patterns: string[]): BodyRule {
  return (body, ctx) => {
    for (const pattern of patterns)
      for (const { value, path } of valuesAt(body, pattern)) {
        if (!Array.isArray(value)) continue;
        const primaries = value.flatMap((item, index) =>
          (item as { is_primary?: unknown } | null)?.is_primary === true ? [index] : [],
        );
        for (const index of primaries.slice(1))
          ctx.addIssue({
            code: 'custom',
            path: [...path, index, 'is_primary'],
            message: `only one item may have is_primary true (item ${primaries[0]} already has)`,
          });
      }
  };
}

/**
 * Every `custom_fields[].value`, at any depth, holds JSON: Feishu's pages describe each custom
 * field value as a JSON-escaped string (字段值，是json转义后的字符串), e.g. `"\"Sandy\""` or `"123"`.
 */
export const jsonCustomFieldValues: BodyRule = (body, ctx) => {
  const visit = (value: unknown, path: Path): void => {
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (typeof value === 'object' && value !== null)
      for (const [key, child] of Object.entries(value)) {
        if (key === 'custom_fields' && Array.isArray(child))
          child.forEach((field, i) => {
            const text = (field as { value?: unknown } | null)?.value;
            if (typeof text === 'string' && !isJsonText(text))
              ctx.addIssue({
                code: 'custom',
                path: [...path, key, i, 'value'],
                message:
                  'must be a JSON-encoded string (e.g. "\\"Sandy\\"" for the text Sandy, "123" for a number): use encodeCustomFieldValue()',
              });
          });
        visit(child, [...path, key]);
      }
  };
  visit(body, []);
};

/**
 * A page size of at most `max` (the page's "分页大小，最大 N"), an integer (the Java SDK declares an
 * Integer). The page states no minimum: Feishu answers a page size below 1.
 */
export const pageSize = (max: number) =>
  z.number().int(`must be an integer up to ${max}`).max(max, `must be an integer up to ${max}`);
