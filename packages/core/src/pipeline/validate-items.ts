import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { z } from 'zod';
import { InputValidationError, type ValidationIssue } from '../errors/client-errors.js';
import type { BatchSpec } from '../operation/define.js';
import { resolveLazy } from '../operation/schema.js';
import { parseWithIssues } from '../operation/validate.js';
import type { ClientContext } from './context.js';
import { logUnknownKeys } from './prepare.js';

/** Items checked between two yields to the event loop. */
const SLICE = 500;
/** Checking stops at this many invalid items: enough to fix the input, bounded however bad it is. */
const MAX_INVALID_ITEMS = 100;

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
