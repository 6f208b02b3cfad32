import { AbortError, ConnectionError, TimeoutError } from '../errors/client-errors.js';
import type { Redactor } from '../redaction/redactor.js';

/** How many causes deep a transport error is copied. */
const MAX_CAUSES = 5;

/**
 * A transport error safe to hand out. Errors from the HTTP stack can carry the bytes the server sent
 * (an HTTP parser error keeps the raw response in `data`): the message is redacted, and each cause is
 * replaced by a plain Error keeping only its name, code and redacted message.
 */
export function scrubTransportError(error: unknown, redactor: Redactor): unknown {
  if (AbortError.isInstance(error)) return error; // its cause is the caller's own abort reason
  if (!ConnectionError.isInstance(error)) return error;
  const options = { cause: scrubCause(error.cause, redactor, 0), notSent: error.notSent, code: error.code };
  const message = redactor.text(error.message);
  return TimeoutError.isInstance(error) ? new TimeoutError(message, options) : new ConnectionError(message, options);
}

function scrubCause(cause: unknown, redactor: Redactor, depth: number): Error | undefined {
  if (cause === undefined || cause === null || depth >= MAX_CAUSES) return undefined;
  const source = cause as { name?: unknown; message?: unknown; code?: unknown; cause?: unknown };
  const copy = new Error(redactor.text(typeof source.message === 'string' ? source.message : 'transport failure'), {
    cause: scrubCause(source.cause, redactor, depth + 1),
  });
  if (typeof source.name === 'string') copy.name = source.name;
  if (typeof source.code === 'string') Object.assign(copy, { code: source.code });
  return copy;
}
