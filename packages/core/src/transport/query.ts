import type { ValidationIssue } from '../errors/client-errors.js';
import { isWellFormedText } from './well-formed.js';

/** How arrays are written in a query string: `a=1&a=2` (repeat) or `a=1,2` (comma). */
export type ArrayFormat = 'repeat' | 'comma';

type QueryValue = string | number | boolean | bigint | Date | null | undefined | readonly QueryValue[];

function scalar(value: Exclude<QueryValue, readonly QueryValue[]>): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

function isScalar(value: unknown): boolean {
  const type = typeof value;
  if (type === 'string') return isWellFormedText(value as string);
  return (
    value === null ||
    value === undefined ||
    type === 'number' ||
    type === 'boolean' ||
    type === 'bigint' ||
    value instanceof Date
  );
}

/**
 * Issues for query values that cannot be written into a URL: objects, and lists holding anything
 * but strings, numbers, booleans and dates (an open query schema sends unknown keys as given).
 */
export function queryValueIssues(query: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (isScalar(value) || (Array.isArray(value) && value.every(isScalar))) continue;
    issues.push({
      path: `query.${key}`,
      message: 'must be well-formed text, a number, boolean or date, or a list of them (it goes into the URL)',
      code: 'invalid_type',
    });
  }
  return issues;
}

/**
 * Serializes a query object. `undefined` and `null` values are left out; arrays are repeated keys
 * unless the vendor wants comma-separated values. A space is written `%20` (RFC 3986), not the form
 * encoding's `+`, which some APIs read as a plus sign (Comeet documents `status=In%20progress`).
 */
export function serializeQuery(
  query: Record<string, unknown> | undefined,
  arrayFormat: ArrayFormat = 'repeat',
): string {
  if (!query) return '';
  let empty = true;
  for (const _key in query) {
    empty = false;
    break;
  }
  if (empty) return '';
  const params = new URLSearchParams();
  for (const [key, raw] of Object.entries(query)) {
    const value = raw as QueryValue;
    if (Array.isArray(value)) {
      const parts = value
        .map((v) => scalar(v as Exclude<QueryValue, readonly QueryValue[]>))
        .filter((v) => v !== undefined);
      if (parts.length === 0) continue;
      if (arrayFormat === 'comma') params.append(key, parts.join(','));
      else for (const part of parts) params.append(key, part);
    } else {
      const text = scalar(value as Exclude<QueryValue, readonly QueryValue[]>);
      if (text !== undefined) params.append(key, text);
    }
  }
  // URLSearchParams writes a literal `+` as `%2B`, so every `+` it leaves is a space.
  return params.toString().replace(/\+/g, '%20');
}
