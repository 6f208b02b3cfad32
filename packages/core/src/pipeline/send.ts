import type { ResponseInfo } from '../client/api-promise.js';
import type { HttpResponse } from '../transport/http.js';
import type { CallState } from './call.js';
import type { ClientContext } from './context.js';
import { emitRequest, emitResponse } from './hooks.js';
import { scrubTransportError } from './scrub.js';

/**
 * Sends one attempt: waits for a rate-limit slot (held until the answer arrived), tells the hooks,
 * and exchanges it over HTTP. Transport failures throw (ConnectionError, TimeoutError, AbortError,
 * ResponseTooLargeError); vendor failures come back as responses for `interpret`.
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
