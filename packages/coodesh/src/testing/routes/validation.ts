/** Server-side rule of a sandbox body field, in class-validator terms. */
type Rule = 'string' | 'email' | 'url' | 'boolean';

const CHECKS: Record<Rule, [(v: unknown) => boolean, string]> = {
  string: [(v) => typeof v === 'string', 'must be a string'],
  email: [(v) => typeof v === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v), 'must be an email'],
  url: [(v) => typeof v === 'string' && URL.canParse(v), 'must be a URL address'],
  boolean: [(v) => typeof v === 'boolean', 'must be a boolean value'],
};

/**
 * The messages a NestJS ValidationPipe would send for `body` (one per broken rule), e.g.
 * `["email must be an email", "name should not be empty"]`.
 */
export function violations(
  body: unknown,
  required: Record<string, Rule>,
  optional: Record<string, Rule> = {},
): string[] {
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const messages: string[] = [];
  for (const [name, rule] of Object.entries({ ...required, ...optional })) {
    const value = record[name];
    if (value === undefined || value === null || value === '') {
      if (name in required) messages.push(`${name} should not be empty`);
      continue;
    }
    const [ok, message] = CHECKS[rule];
    if (!ok(value)) messages.push(`${name} ${message}`);
  }
  return messages;
}

/** The body as a record (empty when it is not an object). */
export function fields(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}
