import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { z } from 'zod';
import type { BatchSpec, Operation } from '../contract/operation.js';
import { resolveLazy, type Lazy } from '../contract/schema.js';
import { InputValidationError, ResponseValidationError, type ValidationIssue } from '../errors/client-errors.js';
import { fastParse, fastParserFallback, REJECTED } from '../fast-parse/compile.js';
import type { ClientContext } from './types.js';
import { logUnknownKeys } from './unknown-keys.js';

/** Items checked between two yields to the event loop. */
const SLICE = 500;
/** Checking stops at this many invalid items: enough to fix the input, bounded however bad it is. */
const MAX_INVALID_ITEMS = 100;

/**
 * Stage 5: checks the data against the operation's documented schema, leniently (see
 * `validateResponses`): zod's verdict, taken through the fast parser (no copy of data that passes;
 * see src/fast-parse/); a read that drifted throws (with the raw data kept on the error), a write
 * that succeeded only warns and returns the data as received.
 */
export function validateOutput(client: ClientContext, operation: Operation, data: unknown): unknown {
  if (!operation.response || client.validate === false) return data;
  const schema = resolveLazy(operation.response as Lazy<z.ZodType>);
  // The fast parser's verdicts are zod's, without a copy of what passes; zod itself reports the issues.
  const parsed = fastParse(schema, data);
  if (parsed !== REJECTED) return parsed;
  if (!toldFallback.has(client)) tellFallback(client);
  const result = parseWithIssues(schema, data);
  if (result.success) return result.data;
  const error = new ResponseValidationError(result.issues, client.redactor.value(data), operation.id);
  const isRead = operation.method === 'GET' || operation.method === 'HEAD';
  if (client.validate === true && isRead) throw error;
  client.log.warn(`${error.message} (returning the data as received)`);
  return data;
}

/** The clients whose log was told (or had nothing to be told) that zod validates responses alone. */
const toldFallback = new WeakSet<ClientContext>();

/** Tells the client's debug log, once, when the installed zod made the fast parser stand aside. */
function tellFallback(client: ClientContext): void {
  toldFallback.add(client);
  const reason = fastParserFallback();
  if (reason) client.log.debug(`Validating responses with zod alone: ${reason}`);
}

/**
 * Validates every item of a batched list against the batch's item schema, a slice at a time (yielding
 * to the event loop in between), and returns the parsed items. Throws one InputValidationError naming
 * the failing items' fields; with many bad items it stops at the 100th and says so.
 */
export async function validateItems(
  client: ClientContext,
  spec: BatchSpec,
  items: unknown,
  prefix: string,
  operation: string,
): Promise<unknown[]> {
  const noun = spec.itemName ?? 'item';
  if (!Array.isArray(items)) {
    throw new InputValidationError(
      [{ path: prefix, message: `must be a list of ${noun}s`, code: 'invalid_type' }],
      operation,
    );
  }
  if (items.length === 0) {
    throw new InputValidationError(
      [{ path: prefix, message: `must list at least one ${noun}`, code: 'too_small' }],
      operation,
    );
  }
  const schema = resolveLazy(spec.items) as z.ZodType;
  const debug = client.log.enabled('debug');
  const parsed: unknown[] = new Array(items.length);
  const issues: ValidationIssue[] = [];
  let invalid = 0;
  for (let start = 0; start < items.length; start += SLICE) {
    if (start > 0) await yieldToEventLoop();
    for (let index = start; index < Math.min(start + SLICE, items.length); index++) {
      const result = parseWithIssues(schema, items[index], `${prefix}.${index}`);
      if (result.success) {
        parsed[index] = result.data;
        if (debug) logUnknownKeys(client, operation, schema, items[index], `${prefix}.${index}`);
        continue;
      }
      issues.push(...result.issues);
      if (++invalid >= MAX_INVALID_ITEMS && index < items.length - 1) {
        const note = `checking stopped at the ${MAX_INVALID_ITEMS}th invalid ${noun} (index ${index} of ${items.length})`;
        throw new InputValidationError(issues, operation, note);
      }
    }
  }
  if (issues.length > 0) throw new InputValidationError(issues, operation);
  return parsed;
}

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
