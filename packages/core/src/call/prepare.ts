import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { encodeBody } from '../body/encode.js';
import type { ArrayFormat, Operation } from '../contract/operation.js';
import { resolveLazy, type Lazy } from '../contract/schema.js';
import { InputValidationError, type ValidationIssue } from '../errors/client-errors.js';
import { headerIssues, requestOptionIssues } from './check-options.js';
import type { ClientContext, PreparedRequest, RequestOptions } from './types.js';
import { logUnknownKeys } from './unknown-keys.js';
import { parseWithIssues } from './validate.js';

// Stage 1 of a call: the operation as the vendor routes it, its input validated once, and the request
// built once (path, query, headers, idempotency token, encoded body), re-sent as is on every retry.
// Nothing leaves the process before this stage accepted the call. The URL helpers at the end write
// the path and, for each page, the query.

/** A call's input after validation: each part as its schema returned it. */
export interface ValidatedInput {
  /** Path parameters. */
  path: Record<string, unknown> | undefined;
  /** Query parameters. */
  query: Record<string, unknown>;
  /** The body, not yet encoded. */
  body: unknown;
  /** Headers the operation declares, lower-cased. */
  headers: Record<string, string>;
}

/** The input parts an operation may take. */
export interface RawInput {
  path?: unknown;
  query?: unknown;
  body?: unknown;
  headers?: unknown;
}

/** The operation as this client sends it (the vendor may route or refuse it). */
export function resolveOperation(client: ClientContext, operation: Operation): Operation {
  return client.resolveOperation ? client.resolveOperation(operation) : operation;
}

/** Validates every part of the input against the operation's schemas; throws one InputValidationError naming every issue. */
export function validateInput(client: ClientContext, operation: Operation, input: RawInput): ValidatedInput {
  const issues: ValidationIssue[] = [];
  const part = (schema: Lazy<z.ZodType> | undefined, value: unknown, name: string): unknown => {
    if (!schema) return value;
    let result: ReturnType<typeof parseWithIssues>;
    try {
      result = parseWithIssues(resolveLazy(schema), value, name);
    } catch (error) {
      // A transform or refinement that throws instead of reporting an issue.
      issues.push({ path: name, message: error instanceof Error ? error.message : String(error), code: 'custom' });
      return undefined;
    }
    if (!result.success) {
      issues.push(...result.issues);
      return undefined;
    }
    if (client.log.enabled('debug')) logUnknownKeys(client, operation.id, schema, value, name);
    return result.data;
  };
  const schemas = operation as { [K in 'pathParams' | 'query' | 'body' | 'headers']?: Lazy<z.ZodType> };
  const path = part(schemas.pathParams, input.path, 'path') as Record<string, unknown> | undefined;
  const query = (part(schemas.query, input.query, 'query') ?? {}) as Record<string, unknown>;
  const body = part(schemas.body, input.body, 'body');
  const headers = (part(schemas.headers, input.headers, 'headers') ?? {}) as Record<string, unknown>;
  if (issues.length > 0) throw new InputValidationError(issues, operation.id);
  return { path, query, body, headers: lowerCaseHeaders(headers) };
}

/**
 * Builds the request from validated input and the call's options (refusing an option the call does
 * not know: `listCall` says whether `prefetch` and `maxPages` are known): path, idempotency token,
 * headers, encoded body.
 */
export function buildRequest(
  client: ClientContext,
  operation: Operation,
  input: ValidatedInput,
  options: RequestOptions,
  listCall = false,
): PreparedRequest {
  const path = buildPath(operation.path, input.path, operation.id);
  const query = { ...input.query };
  // Headers the operation declares (validated) win over free per-call headers of the same name.
  const headers = { ...lowerCaseHeaders(options.headers), ...input.headers };
  const unsendable = [
    ...requestOptionIssues(options, listCall),
    ...queryValueIssues(query),
    ...headerIssues(headers, 'headers'),
  ];
  if (unsendable.length > 0) throw new InputValidationError(unsendable, operation.id);
  let body = input.body;
  const key = operation.idempotencyKey;
  if (key?.in === 'query') query[key.name] ??= randomUUID();
  else if (key?.in === 'header') headers[key.name.toLowerCase()] ??= randomUUID();
  else if (key?.in === 'body') {
    const fields = body as Record<string, unknown> | undefined;
    body = { ...fields, [key.name]: fields?.[key.name] ?? randomUUID() };
  }
  return {
    operation,
    path,
    query,
    headers,
    body: encodeBody(body, operation.bodyType),
    safeToRepeat: operation.idempotent || key !== undefined,
    timeoutMs: options.timeout ?? client.timeoutMs,
    maxRetries: options.maxRetries ?? client.maxRetries,
    maxResponseBytes: options.maxResponseBytes ?? client.maxResponseBytes,
    ...signals(options),
  };
}

/**
 * The call's signal and deadline. A deadline bounds the whole call (queues, token waits, retries and
 * their waits); it starts when the call is prepared. AbortSignal.any follows the caller's signal
 * without adding a listener to it per call.
 */
function signals(options: RequestOptions): Pick<PreparedRequest, 'signal' | 'deadline'> {
  if (options.deadline === undefined) return { signal: options.signal, deadline: undefined };
  const deadline = { ms: options.deadline, signal: AbortSignal.timeout(options.deadline) };
  return { signal: options.signal ? AbortSignal.any([options.signal, deadline.signal]) : deadline.signal, deadline };
}

/** Headers with lower-cased names and string values; undefined values left out. */
export function lowerCaseHeaders(headers: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers)
    for (const [name, value] of Object.entries(headers))
      if (value !== undefined) out[name.toLowerCase()] = String(value);
  return out;
}

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
function queryValueIssues(query: Record<string, unknown>): ValidationIssue[] {
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

const PLACEHOLDER = /:([A-Za-z_][A-Za-z0-9_]*)/g;

/** The `:name` placeholders of a path template, in order. */
export function pathParameterNames(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
}

/**
 * Fills `:name` placeholders with percent-encoded values. Values must be non-empty strings or
 * finite numbers, and never `.` or `..`, so an id cannot rewrite the path.
 */
export function buildPath(template: string, params: Record<string, unknown> | undefined, operation?: string): string {
  const issues: ValidationIssue[] = [];
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

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether `text` is well-formed UTF-16 (no lone surrogate). A lone surrogate cannot be encoded into
 * a URL: `encodeURIComponent` throws and `URLSearchParams` silently turns it into U+FFFD.
 */
function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}
