import { AbortError, ConnectionError, TimeoutError } from '../errors/client-errors.js';
import type { Redactor } from '../redaction/redactor.js';
import type { HttpResponse } from '../transport/response-reader.js';
import { emitRequest, emitResponse } from './hooks.js';
import type { CallState, ClientContext, ResponseInfo } from './types.js';

/** How many causes deep a transport error is copied. */
const MAX_CAUSES = 5;

/**
 * Stage 3: sends one attempt. Waits for a rate-limit slot (held until the answer arrived), tells the
 * hooks, and exchanges it over HTTP (through the user's middleware). Transport failures throw
 * (ConnectionError, TimeoutError, AbortError, ResponseTooLargeError), with whatever the server sent
 * redacted out of them; vendor failures come back as responses for `interpret`.
 */
export async function send(
  client: ClientContext,
  call: CallState,
  headers: Record<string, string>,
): Promise<HttpResponse> {
  const { operation, body, timeoutMs, signal, maxResponseBytes } = call.request;
  const slot = client.rateLimits.acquire(operation, signal);
  const release = slot instanceof Promise ? await slot : slot;
  try {
    // Events are built (and redacted) only for someone who listens: a hook or the debug log.
    const debug = client.log.enabled('debug');
    if (debug || client.hooks.beforeRequest) await emitRequest(client, call, headers);
    const started = Date.now();
    let response: HttpResponse;
    try {
      response = await client.send(
        { method: operation.method, url: call.url, headers, body: body?.content },
        { timeoutMs, signal, maxResponseBytes },
      );
    } catch (error) {
      throw scrubTransportError(error, client.redactor);
    }
    release();
    if (debug || client.hooks.afterResponse) {
      await emitResponse(client, call, responseInfo(client, response), Date.now() - started);
    }
    return response;
  } finally {
    release();
  }
}

/**
 * Status, request id and headers of an answer. A server can echo a credential into any header, so
 * both are redacted, lazily: only when someone reads them (off the hot path). Only the headers are
 * kept, not the response: a listing's pages keep their ResponseInfo, and must not keep each page's
 * body and text alive with it.
 */
export function responseInfo(client: ClientContext, response: HttpResponse): ResponseInfo {
  const redactor = client.redactor;
  const idHeader = client.requestIdHeader;
  const raw = response.headers;
  let headers: Record<string, string> | undefined;
  let requestId: string | undefined | null = null;
  return {
    status: response.status,
    get requestId() {
      if (requestId === null) {
        const value = idHeader ? raw[idHeader] : undefined;
        requestId = value === undefined ? undefined : redactor.text(value);
      }
      return requestId;
    },
    get headers() {
      return (headers ??= redactor.headers(raw));
    },
  };
}

/**
 * A transport error safe to hand out. Errors from the HTTP stack can carry the bytes the server sent
 * (an HTTP parser error keeps the raw response in `data`): the message is redacted, and each cause is
 * replaced by a plain Error keeping only its name, code and redacted message.
 */
function scrubTransportError(error: unknown, redactor: Redactor): unknown {
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
