import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { encodeBody, type EncodedBody } from '../body/encode.js';
import { requestOptionIssues } from '../client/check-options.js';
import type { RequestOptions } from '../client/options.js';
import { InputValidationError, type ValidationIssue } from '../errors/client-errors.js';
import type { Operation } from '../operation/define.js';
import { resolveLazy, type Lazy } from '../operation/schema.js';
import { parseWithIssues } from '../operation/validate.js';
import { headerIssues } from '../transport/header-values.js';
import { buildPath } from '../transport/path.js';
import { queryValueIssues } from '../transport/query.js';
import type { ClientContext } from './context.js';
import { unknownKeys } from './unknown-keys.js';

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

/** The request of one call, built once and re-sent as is on every retry. */
export interface PreparedRequest {
  /** The operation as the vendor routes it. */
  readonly operation: Operation;
  /** The filled path. */
  readonly path: string;
  /** Query parameters (pages add their own on top). */
  readonly query: Record<string, unknown>;
  /** This call's own headers (declared, per-call and idempotency), lower-cased. */
  readonly headers: Record<string, string>;
  /** The encoded body. */
  readonly body: EncodedBody | undefined;
  /** Sending it twice cannot apply it twice: an idempotent operation or an idempotency token. */
  readonly safeToRepeat: boolean;
  /** Per-attempt timeout, ms. */
  readonly timeoutMs: number;
  /** Retries after the first attempt. */
  readonly maxRetries: number;
  /** Cap on the response body, bytes. */
  readonly maxResponseBytes: number;
  /** The signal the call obeys: the caller's, joined with the deadline's when there is one. */
  readonly signal: AbortSignal | undefined;
  /** The whole call's deadline, when the caller set one. */
  readonly deadline: { readonly ms: number; readonly signal: AbortSignal } | undefined;
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
  return { path, query, body, headers: lowerCaseStrings(headers) };
}

/** Builds the request from validated input and the call's options: path, idempotency token, headers, encoded body. */
export function buildRequest(
  client: ClientContext,
  operation: Operation,
  input: ValidatedInput,
  options: RequestOptions,
): PreparedRequest {
  const path = buildPath(operation.path, input.path, operation.id);
  const query = { ...input.query };
  // Headers the operation declares (validated) win over free per-call headers of the same name.
  const headers = { ...lowerCaseStrings(options.headers), ...input.headers };
  const unsendable = [...requestOptionIssues(options), ...queryValueIssues(query), ...headerIssues(headers, 'headers')];
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

const reported = new WeakMap<ClientContext, Set<string>>();

/**
 * Logs at debug level, once per client and field (list positions folded into `*`), the keys the SDK
 * does not know: they are sent as given.
 */
export function logUnknownKeys(
  client: ClientContext,
  operationId: string,
  schema: Lazy<z.ZodType>,
  value: unknown,
  name: string,
): void {
  let seen = reported.get(client);
  if (!seen) reported.set(client, (seen = new Set()));
  for (const path of unknownKeys(schema, value, name)) {
    const field = path.replace(/\.\d+(?=\.|$)/g, '.*');
    const id = `${operationId} ${field}`;
    if (seen.has(id) || seen.size >= 1000) continue;
    seen.add(id);
    client.log.debug(`${operationId}: ${field} is not a documented field; sending it as given`);
  }
}

function lowerCaseStrings(headers: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers)
    for (const [name, value] of Object.entries(headers))
      if (value !== undefined) out[name.toLowerCase()] = String(value);
  return out;
}
