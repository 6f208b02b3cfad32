import type { ValidationIssue } from '../errors/client-errors.js';

// RFC 9110 field values: visible Latin-1 characters, spaces and tabs; no CR, LF or NUL.
const INVALID_VALUE = /[^\t\x20-\x7e\x80-\xff]/;
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * Issues for header names that are not HTTP tokens and values holding CR, LF, NUL or characters
 * outside Latin-1 (which would split the request or make undici throw after a connection was made).
 */
export function headerIssues(headers: Record<string, string>, prefix: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (!TOKEN.test(name)) {
      issues.push({ path: `${prefix}.${name}`, message: 'is not a valid header name', code: 'invalid_header_name' });
    } else if (INVALID_VALUE.test(value)) {
      issues.push({
        path: `${prefix}.${name}`,
        message: 'must not contain CR, LF, NUL, other control characters or characters outside Latin-1',
        code: 'invalid_header_value',
      });
    }
  }
  return issues;
}
