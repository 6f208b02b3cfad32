import { InputValidationError, type ValidationIssue } from '../errors/client-errors.js';
import { closestName } from '../text/closest-name.js';

// RFC 9110 field values: visible Latin-1 characters, spaces and tabs; no CR, LF or NUL.
const INVALID_VALUE = /[^\t\x20-\x7e\x80-\xff]/;
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** The options every client takes (see `ClientOptions`). */
const CORE_OPTIONS = [
  'baseUrl',
  'timeout',
  'maxRetries',
  'maxRetryWait',
  'maxResponseBytes',
  'dispatcher',
  'logger',
  'logLevel',
  'validateResponses',
  'headers',
  'hooks',
  'rateLimit',
  'middleware',
] as const;

/** The options every call takes (see `RequestOptions`). */
const CALL_OPTIONS = ['timeout', 'signal', 'deadline', 'maxRetries', 'headers', 'maxResponseBytes'] as const;

/** The options list calls take besides (see `PaginateOptions`). */
const LIST_OPTIONS = ['prefetch', 'maxPages'] as const;

/** Names people reach for from other SDKs, and the option they mean. */
const ALIASES: Readonly<Record<string, string>> = {
  retries: 'maxRetries',
  maxretry: 'maxRetries',
  timeoutms: 'timeout',
  url: 'baseUrl',
  baseurl: 'baseUrl',
  base_url: 'baseUrl',
  endpoint: 'baseUrl',
  host: 'baseUrl',
};

const KNOWN_ON_CALLS: ReadonlySet<string> = new Set(CALL_OPTIONS);
const KNOWN_ON_LISTS: ReadonlySet<string> = new Set([...CALL_OPTIONS, ...LIST_OPTIONS]);

/** The largest setTimeout delay Node accepts (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Response bodies are decoded to strings: stay well below what a Node string can hold. */
const MAX_RESPONSE_BYTES_LIMIT = 256 * 1024 * 1024;
const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'off'];

/**
 * Refuses a client's options before anything is built or sent: an option name the client does not
 * know (with the name it probably meant: a misspelled `baseURL` would otherwise send a real key to
 * the production host), a base URL that is not an absolute http(s) URL, numbers out of range, and
 * header values that could split a request. Throws one InputValidationError naming every issue.
 */
export function checkClientOptions(
  options: unknown,
  clientName: string,
  vendorOptions: readonly string[],
  vendorHeaders: Record<string, string> = {},
): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InputValidationError([
      { path: 'options', message: `${clientName} takes an options object`, code: 'invalid_type' },
    ]);
  }
  const known = new Set<string>([...CORE_OPTIONS, ...vendorOptions]);
  const given = options as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  const refuse = (name: string, message: string, code = 'invalid_option') =>
    issues.push({ path: `options.${name}`, message, code });
  for (const name of Object.keys(given)) {
    if (known.has(name) || given[name] === undefined) continue;
    const meant = suggestion(name, known);
    refuse(name, `is not an option of ${clientName}${meant ? ` (did you mean \`${meant}\`?)` : ''}`, 'unknown_option');
  }
  const { baseUrl, timeout, maxRetries, maxRetryWait, maxResponseBytes, logLevel, validateResponses, headers } = given;
  if (baseUrl !== undefined && !isHttpUrl(baseUrl))
    refuse('baseUrl', 'must be an absolute http:// or https:// URL without credentials in it');
  checkNumber(timeout, 'timeout', 1, MAX_TIMER_MS, refuse);
  checkNumber(maxRetries, 'maxRetries', 0, 20, refuse);
  checkNumber(maxRetryWait, 'maxRetryWait', 0, MAX_TIMER_MS, refuse);
  checkNumber(maxResponseBytes, 'maxResponseBytes', 1, MAX_RESPONSE_BYTES_LIMIT, refuse);
  if (logLevel !== undefined && !LOG_LEVELS.includes(logLevel as string))
    refuse('logLevel', `must be one of ${LOG_LEVELS.join(', ')}`);
  if (validateResponses !== undefined && typeof validateResponses !== 'boolean' && validateResponses !== 'warn') {
    refuse('validateResponses', "must be true, false or 'warn'");
  }
  if (headers !== undefined) {
    if (typeof headers !== 'object' || headers === null || Object.values(headers).some((v) => typeof v !== 'string')) {
      refuse('headers', 'must be an object of string header values');
    } else {
      issues.push(...headerIssues(headers as Record<string, string>, 'options.headers'));
    }
  }
  // Headers the vendor builds from its own options (e.g. a workspace id) must be sendable too.
  issues.push(...headerIssues(vendorHeaders, 'options (header)'));
  if (issues.length > 0) throw new InputValidationError(issues);
}

/**
 * Issues with a call's own options, checked like the client's: a name the call does not know (with
 * the name it probably meant: a misspelled `timeOut` or `retries` would otherwise run with the
 * defaults), and the same ranges as the client's. `prefetch` and `maxPages` are known on list calls
 * only.
 */
export function requestOptionIssues(options: object, listCall: boolean): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const refuse = (name: string, message: string, code = 'invalid_option') =>
    issues.push({ path: `options.${name}`, message, code });
  const given = options as Record<string, unknown>;
  for (const name in given) {
    if (!Object.hasOwn(given, name) || given[name] === undefined || CALL_OPTIONS.includes(name as never)) continue;
    const listOption = LIST_OPTIONS.includes(name as never);
    if (listOption && listCall) continue;
    if (listOption) {
      refuse(name, 'is an option of list calls only', 'unknown_option');
      continue;
    }
    const meant = suggestion(name, listCall ? KNOWN_ON_LISTS : KNOWN_ON_CALLS);
    refuse(name, `is not an option of this call${meant ? ` (did you mean \`${meant}\`?)` : ''}`, 'unknown_option');
  }
  const { timeout, maxRetries, maxResponseBytes, deadline } = given;
  checkNumber(timeout, 'timeout', 1, MAX_TIMER_MS, refuse);
  checkNumber(deadline, 'deadline', 1, MAX_TIMER_MS, refuse);
  checkNumber(maxRetries, 'maxRetries', 0, 20, refuse);
  checkNumber(maxResponseBytes, 'maxResponseBytes', 1, MAX_RESPONSE_BYTES_LIMIT, refuse);
  return issues;
}

function checkNumber(
  value: unknown,
  name: string,
  min: number,
  max: number,
  refuse: (name: string, message: string) => void,
): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    refuse(name, `must be an integer from ${min} to ${max}`);
  }
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** The known option a misspelled one most likely meant. */
function suggestion(name: string, known: ReadonlySet<string>): string | undefined {
  const alias = ALIASES[name.toLowerCase()];
  if (alias && known.has(alias)) return alias;
  return closestName(name, known, Math.max(2, Math.floor(name.length / 4)));
}

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
