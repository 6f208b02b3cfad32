import { Agent, request, type Dispatcher } from 'undici';
import { AbortError, ConnectionError, TimeoutError } from '../errors/client-errors.js';

/** One HTTP exchange, as sent. */
export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | undefined;
}

/** One HTTP answer, fully read. */
export interface HttpResponse {
  status: number;
  /** Lower-cased header names; repeated headers joined with `, `. */
  headers: Record<string, string>;
  text: string;
}

/** Error codes that mean the request never left this process (any write may be retried). */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

let sharedAgent: Agent | undefined;

/** The default dispatcher: one keep-alive pool shared by every client in the process. */
export function defaultDispatcher(): Dispatcher {
  sharedAgent ??= new Agent({ keepAliveTimeout: 10_000, keepAliveMaxTimeout: 60_000 });
  return sharedAgent;
}

function lowerHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/**
 * Sends one request with undici and reads the whole body. `timeoutMs` bounds the exchange from
 * start to the last body byte; `signal` lets the caller abort. Failures become ConnectionError,
 * TimeoutError or AbortError; nothing here retries.
 */
export async function sendHttp(
  req: HttpRequest,
  options: { dispatcher: Dispatcher; timeoutMs: number; signal?: AbortSignal | undefined },
): Promise<HttpResponse> {
  if (options.signal?.aborted)
    throw new AbortError('The request was aborted before it was sent', { cause: options.signal.reason });
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error('timeout'));
  }, options.timeoutMs);
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const res = await request(req.url, {
      method: req.method as Dispatcher.HttpMethod,
      headers: req.headers,
      body: req.body,
      dispatcher: options.dispatcher,
      signal: controller.signal,
      // Keep undici's own limits in line with ours (its defaults are 300 s).
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    });
    const text = await res.body.text();
    return { status: res.statusCode, headers: lowerHeaders(res.headers), text };
  } catch (error) {
    const code = errorCode(error);
    if (timedOut || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
      throw new TimeoutError(`The request timed out after ${options.timeoutMs} ms`, {
        cause: error,
        notSent: false,
        code,
      });
    }
    if (options.signal?.aborted) throw new AbortError('The request was aborted', { cause: options.signal.reason });
    const notSent = code !== undefined && NOT_SENT_CODES.has(code);
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConnectionError(`Connection failed${code ? ` (${code})` : ''}: ${reason}`, {
      cause: error,
      notSent,
      code,
    });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}
