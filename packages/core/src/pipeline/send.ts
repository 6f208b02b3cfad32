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
  const release = await client.rateLimits.acquire(operation, signal);
  try {
    await emitRequest(client, call, headers);
    const started = Date.now();
    const response = await client
      .send(
        { method: operation.method, url: call.url, headers, body: body?.content },
        { timeoutMs, signal, maxResponseBytes },
      )
      .catch((error: unknown) => {
        throw scrubTransportError(error, client.redactor);
      });
    release();
    await emitResponse(client, call, responseInfo(client, response), Date.now() - started);
    return response;
  } finally {
    release();
  }
}

/**
 * Status, request id and headers of an answer. A server can echo a credential into any header, so
 * both are redacted, lazily: only when someone reads them (off the hot path).
 */
export function responseInfo(client: ClientContext, response: HttpResponse): ResponseInfo {
  const redactor = client.redactor;
  const idHeader = client.requestIdHeader;
  let headers: Record<string, string> | undefined;
  let requestId: string | undefined | null = null;
  return {
    status: response.status,
    get requestId() {
      if (requestId === null) {
        const raw = idHeader ? response.headers[idHeader] : undefined;
        requestId = raw === undefined ? undefined : redactor.text(raw);
      }
      return requestId;
    },
    get headers() {
      return (headers ??= redactor.headers(response.headers));
    },
  };
}
