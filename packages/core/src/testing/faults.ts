/** The header through which a handler asks the sandbox server for a transport fault. Never sent to clients. */
export const FAULT_HEADER = 'x-hr-sandbox-fault';

const GATEWAY_PAGE =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';

function jsonText(body: unknown): string {
  return typeof body === 'string' ? body : JSON.stringify(body);
}

function faulty(
  fault: string,
  init: { status?: number; body?: string | null; headers?: Record<string, string> } = {},
): Response {
  return new Response(init.body ?? null, {
    status: init.status ?? 200,
    headers: { 'content-type': 'application/json', ...init.headers, [FAULT_HEADER]: fault },
  });
}

/** Responses a handler can return to simulate transport faults and bad gateways. */
export const faults = {
  /** The server destroys the connection before sending any header. */
  reset(): Response {
    return faulty('reset');
  },
  /** The server sends the status line and headers, then destroys the connection. */
  resetAfterHeaders(status = 200, headers: Record<string, string> = {}): Response {
    return faulty('reset-after-headers', { status, headers });
  },
  /** A JSON body cut after `bytes` bytes, delivered as a complete HTTP response (as a misbehaving proxy would). */
  truncated(body: unknown, bytes: number, status = 200): Response {
    return faulty(`truncate:${bytes}`, { status, body: jsonText(body) });
  },
  /** Headers at once, the body only after `ms` milliseconds. */
  slowBody(body: unknown, ms: number, status = 200): Response {
    return faulty(`slow-body:${ms}`, { status, body: jsonText(body) });
  },
  /** An HTML page such as a load balancer sends (default 502). */
  html(status = 502, html: string = GATEWAY_PAGE): Response {
    return new Response(html, { status, headers: { 'content-type': 'text/html' } });
  },
  /** A 2xx with an empty body. */
  empty(status = 200): Response {
    return new Response(null, { status, headers: { 'content-type': 'application/json' } });
  },
};

type ResponseSource = Response | (() => Response | Promise<Response>);

/**
 * A resolver answering with each response in turn; the last one repeats. Pass factories (or
 * Responses, which are cloned) so a body can be served more than once.
 */
export function sequence(...responses: ResponseSource[]): () => Promise<Response> {
  if (responses.length === 0) throw new TypeError('sequence() needs at least one response');
  let index = 0;
  return async () => {
    const source = responses[Math.min(index, responses.length - 1)]!;
    index++;
    return typeof source === 'function' ? source() : source.clone();
  };
}
