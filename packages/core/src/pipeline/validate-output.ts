import type { z } from 'zod';
import { ResponseValidationError } from '../errors/client-errors.js';
import type { Operation } from '../operation/define.js';
import { fastParse, REJECTED } from '../operation/fast-parse/index.js';
import { resolveLazy, type Lazy } from '../operation/schema.js';
import { parseWithIssues } from '../operation/validate.js';
import type { ClientContext } from './context.js';

/**
 * Checks the data against the operation's documented schema, leniently (see `validateResponses`):
 * zod's verdict, taken through the fast parser (no copy of data that passes; see operation/fast-parse/);
 * a read that drifted throws (with the raw data kept on the error), a write that succeeded only warns
 * and returns the data as received.
 */
export function validateOutput(client: ClientContext, operation: Operation, data: unknown): unknown {
  if (!operation.response || client.validate === false) return data;
  const schema = resolveLazy(operation.response as Lazy<z.ZodType>);
  // The fast parser's verdicts are zod's, without a copy of what passes; zod itself reports the issues.
  const parsed = fastParse(schema, data);
  if (parsed !== REJECTED) return parsed;
  const result = parseWithIssues(schema, data);
  if (result.success) return result.data;
  const error = new ResponseValidationError(result.issues, client.redactor.value(data), operation.id);
  const isRead = operation.method === 'GET' || operation.method === 'HEAD';
  if (client.validate === true && isRead) throw error;
  client.log.warn(`${error.message} (returning the data as received)`);
  return data;
}
