import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { z } from 'zod';
import type { BatchSpec, Operation } from '../contract/operation.js';
import { jsonValueIssues } from '../body/json-values.js';
import { resolveLazy, type Lazy } from '../contract/schema.js';
import { InputValidationError, ResponseValidationError, type ValidationIssue } from '../errors/client-errors.js';
import { fastParse, fastParserFallback, REJECTED } from '../fast-parse/compile.js';
import { internals, unchecked } from '../fast-parse/zod-internals.js';
import { findIssues, findIssuesYielding, type FoundIssues, MAX_ISSUES } from './find-issues.js';
import type { ClientContext } from './types.js';
import { logUnknownKeys } from './unknown-keys.js';

/** Items checked between two yields to the event loop. */
const SLICE = 500;

/**
 * Stage 5: checks the data against the operation's documented schema, leniently (see
 * `validateResponses`): zod's verdict, taken through the fast parser (no copy of data that passes;
 * see src/fast-parse/); a read that drifted throws (with the raw data kept on the error), a write
 * that succeeded only warns and returns the data as received. Data the fast parser refuses is
 * examined part by part (`findIssues`), yielding to the event loop: a huge bad answer costs bounded
 * memory and blocks the loop for bounded time, and its error keeps the first 100 issues and the count.
 */
export function validateOutput(client: ClientContext, operation: Operation, data: unknown): unknown {
  if (!operation.response || client.validate === false) return data;
  const schema = resolveLazy(operation.response as Lazy<z.ZodType>);
  // The fast parser's verdicts are zod's, without a copy of what passes; zod itself reports the issues.
  const parsed = fastParse(schema, data);
  if (parsed !== REJECTED) return parsed;
  if (!toldFallback.has(client)) tellFallback(client);
  return refusedOutput(client, operation, schema, data);
}

/** The output of data the fast parser refused: zod's, when zod accepts it; else the mismatches, bounded. */
async function refusedOutput(
  client: ClientContext,
  operation: Operation,
  schema: z.ZodType,
  data: unknown,
): Promise<unknown> {
  // Without the fast parser (an unproven zod), zod alone answers, unbounded.
  const found = fastParserFallback() ? undefined : await findIssuesYielding(schema, data, '');
  if (!found || found.count === 0) {
    const result = parseWithIssues(schema, data);
    if (result.success) return result.data;
    return mismatch(client, operation, data, { issues: result.issues, count: result.issues.length });
  }
  return mismatch(client, operation, data, found);
}

function mismatch(client: ClientContext, operation: Operation, data: unknown, found: FoundIssues): unknown {
  const error = new ResponseValidationError(found.issues, client.redactor.value(data), operation.id, found.count);
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
 * Checks an input part against its schema: zod's output when it passes; else its issues, the first
 * 100 and the count, found at bounded cost (`findIssues`) whatever the size of the input.
 */
export function checkInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  prefix: string,
  keep = MAX_ISSUES,
): { success: true; data: z.output<S> } | { success: false; found: FoundIssues } {
  // The fast parser hands a node with checks (a refinement on a list) whole to zod: such an input is
  // examined part by part first.
  const checked = !unchecked(internals(schema));
  if (fastParserFallback() === undefined && (checked || fastParse(schema, value) === REJECTED)) {
    const found = findIssues(schema, value, prefix, keep);
    if (found.count > 0) return { success: false, found };
  }
  const result = parseWithIssues(schema, value, prefix);
  return result.success ? result : { success: false, found: { issues: result.issues, count: result.issues.length } };
}

/**
 * Validates every item of a batched list against the batch's item schema, a slice at a time (yielding
 * to the event loop in between), and returns the parsed items. Throws one InputValidationError naming
 * the failing items' fields (the first 100 issues; checking stops there, and says so), or the values
 * of a JSON body its encoder cannot write.
 */
export async function validateItems(
  client: ClientContext,
  spec: BatchSpec,
  items: unknown,
  prefix: string,
  operation: Operation,
): Promise<unknown[]> {
  const noun = spec.itemName ?? 'item';
  if (!Array.isArray(items)) {
    throw new InputValidationError(
      [{ path: prefix, message: `must be a list of ${noun}s`, code: 'invalid_type' }],
      operation.id,
    );
  }
  if (items.length === 0) {
    throw new InputValidationError(
      [{ path: prefix, message: `must list at least one ${noun}`, code: 'too_small' }],
      operation.id,
    );
  }
  const schema = resolveLazy(spec.items) as z.ZodType;
  const debug = client.log.enabled('debug');
  const parsed: unknown[] = new Array(items.length);
  const issues: ValidationIssue[] = [];
  let count = 0;
  for (let start = 0; start < items.length; start += SLICE) {
    if (start > 0) await yieldToEventLoop();
    for (let index = start; index < Math.min(start + SLICE, items.length); index++) {
      const path = `${prefix}.${index}`;
      // A value JSON cannot write is refused before the schema sees it (a cycle would send a
      // schema's own walk round and round).
      const unsendable = operation.bodyType === 'json' ? jsonValueIssues(items[index], path) : [];
      const result =
        unsendable.length > 0 ? undefined : checkInput(schema, items[index], path, MAX_ISSUES - issues.length);
      const found =
        result === undefined
          ? { issues: unsendable, count: unsendable.length }
          : result.success
            ? undefined
            : result.found;
      if (found) {
        count += Math.max(found.count, found.issues.length);
        issues.push(...found.issues.slice(0, MAX_ISSUES - issues.length));
        // A list of a million bad rows: checking every row costs seconds for no use once 100 issues
        // describe what is wrong; the count then says "at least".
        if (issues.length >= MAX_ISSUES && index < items.length - 1) {
          const note = `checking stopped at ${noun} ${index} of ${items.length}: at least ${count} issue(s)`;
          throw new InputValidationError(issues, operation.id, note, count);
        }
      } else if (result?.success) {
        parsed[index] = result.data;
        if (debug) logUnknownKeys(client, operation.id, schema, items[index], path);
      }
    }
  }
  if (count > 0) throw new InputValidationError(issues, operation.id, undefined, count);
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
