import { InputValidationError } from '../errors/client-errors.js';
import { isWellFormedText } from './well-formed.js';

const PLACEHOLDER = /:([A-Za-z_][A-Za-z0-9_]*)/g;

/** The `:name` placeholders of a path template, in order. */
export function pathParameterNames(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
}

/**
 * Fills `:name` placeholders with percent-encoded values. Values must be non-empty strings or
 * finite numbers, and never `.` or `..`, so an id cannot rewrite the path.
 *
 * @throws {@link index!InputValidationError} naming `path.<name>` when a value is not a string or a finite number,
 * holds a lone surrogate, or is empty, `.` or `..`.
 */
export function buildPath(template: string, params: Record<string, unknown> | undefined, operation?: string): string {
  const issues: { path: string; message: string; code: string }[] = [];
  const filled = template.replace(PLACEHOLDER, (_match, name: string) => {
    const value = params?.[name];
    const path = `path.${name}`;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (typeof value !== 'string') {
      issues.push({ path, message: 'must be a string or a finite number', code: 'invalid_type' });
      return '';
    }
    if (!isWellFormedText(value)) {
      issues.push({ path, message: 'must be well-formed text (it holds a lone surrogate)', code: 'invalid_string' });
      return '';
    }
    if (value === '' || value === '.' || value === '..') {
      issues.push({
        path,
        message: `must be a non-empty id other than "." or ".." (got "${value}")`,
        code: 'invalid_path_segment',
      });
      return '';
    }
    return encodeURIComponent(value);
  });
  if (issues.length > 0) throw new InputValidationError(issues, operation);
  return filled;
}

/** Joins a base URL and a path without doubling or dropping slashes. */
export function joinUrl(baseUrl: string, path: string, query: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl.slice(0, -1) : baseUrl;
  const rel = path.startsWith('/') ? path : `/${path}`;
  return `${base}${rel}${query ? `?${query}` : ''}`;
}
