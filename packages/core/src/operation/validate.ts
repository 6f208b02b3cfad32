import type { z } from 'zod';
import type { ValidationIssue } from '../errors/client-errors.js';

/** Turns zod issues into `{ path, message, code }` with dotted paths under `prefix`. */
export function toValidationIssues(error: z.ZodError, prefix?: string): ValidationIssue[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter((p) => p !== undefined && p !== '').join('.');
    return { path, message: issue.message, code: issue.code };
  });
}

/** Parses `value`; returns the parsed data or the issues (paths prefixed with `prefix`). */
export function parseWithIssues<S extends z.ZodType>(
  schema: S,
  value: unknown,
  prefix?: string,
): { success: true; data: z.output<S> } | { success: false; issues: ValidationIssue[] } {
  const result = schema.safeParse(value);
  if (result.success) return { success: true, data: result.data };
  return { success: false, issues: toValidationIssues(result.error, prefix) };
}
