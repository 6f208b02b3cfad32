import { Agent, request, type Dispatcher, type FormData } from 'undici';
import { AbortError, ConnectionError, ResponseTooLargeError, TimeoutError } from '../errors/client-errors.js';
import { whenAborted } from './abort-relay.js';

/** A request body as the transport sends it. */
export type HttpBody = string | Uint8Array | FormData;

/** One HTTP exchange, as sent. */
export interface HttpRequest {
  /** HTTP method. */
  method: string;
  /** Full URL. */
  url: string;
  /** Outgoing headers, lower-cased names. */
  headers: Record<string, string>;
  /** The encoded body, re-sendable on retry. */
  body?: HttpBody | undefined;
}

/** One HTTP answer, fully read. */
export interface HttpResponse {
  /** HTTP status. */
  status: number;
  /** Lower-cased header names; repeated headers joined with `, `. */
  headers: Record<string, string>;
  /** The body bytes. */
  body: Buffer;
  /** The body decoded as UTF-8 (decoded once, on first read). */
  readonly text: string;
}

/** Settings of one send. */
export interface SendSettings {
  /** The undici dispatcher (connection pool). */
  dispatcher: Dispatcher;
  /** Bounds the exchange from start to the last body byte. */
  timeoutMs: number;
  /** The caller's signal. */
  signal?: AbortSignal | undefined;
  /** The most body bytes read before giving up with `ResponseTooLargeError`. */
  maxResponseBytes: number;
}

/** Sends one request and reads the whole answer (the shape transport middleware wraps). */
export type SendFn = (request: HttpRequest, settings: SendSettings) => Promise<HttpResponse>;

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

/** A fully read answer whose text is decoded lazily. */
export function httpResponse(status: number, headers: Record<string, string>, body: Buffer): HttpResponse {
  let text: string | undefined;
  return {
    status,
    headers,
    body,
    get text() {
      return (text ??= body.toString('utf8'));
    },
  };
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

/** Reads a body stream, refusing (and destroying the stream) as soon as it exceeds `limit` bytes. */
async function readCapped(
  body: Dispatcher.ResponseData['body'],
  limit: number,
  declared: string | undefined,
): Promise<Buffer> {
  const length = declared === undefined ? NaN : Number(declared);
  if (Number.isFinite(length) && length > limit) {
    body.destroy();
    throw new ResponseTooLargeError(limit, length);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).byteLength;
    if (size > limit) {
      body.destroy();
      throw new ResponseTooLargeError(limit);
    }
    chunks.push(chunk as Buffer);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
}

/**
 * Sends one request with undici and reads the whole body (at most `maxResponseBytes`). `timeoutMs`
 * bounds the exchange from start to the last body byte; `signal` lets the caller abort. Failures
 * become ConnectionError, TimeoutError, AbortError or ResponseTooLargeError; nothing here retries.
 */
export const sendHttp: SendFn = async (req, settings) => {
  const { signal, timeoutMs } = settings;
  if (signal?.aborted) throw new AbortError('The request was aborted before it was sent', { cause: signal.reason });
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error('timeout'));
  }, timeoutMs);
  const stopWaiting = signal ? whenAborted(signal, () => controller.abort(signal.reason)) : undefined;
  try {
    const res = await request(req.url, {
      method: req.method as Dispatcher.HttpMethod,
      headers: req.headers,
      body: req.body,
      dispatcher: settings.dispatcher,
      signal: controller.signal,
      // Keep undici's own limits in line with ours (its defaults are 300 s).
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
    const headers = lowerHeaders(res.headers);
    const body = await readCapped(res.body, settings.maxResponseBytes, headers['content-length']);
    return httpResponse(res.statusCode, headers, body);
  } catch (error) {
    if (ResponseTooLargeError.isInstance(error)) throw error;
    const code = errorCode(error);
    if (timedOut || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
      throw new TimeoutError(`The request timed out after ${timeoutMs} ms`, { cause: error, notSent: false, code });
    }
    if (signal?.aborted) throw new AbortError('The request was aborted', { cause: signal.reason });
    const notSent = code !== undefined && NOT_SENT_CODES.has(code);
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConnectionError(`Connection failed${code ? ` (${code})` : ''}: ${reason}`, {
      cause: error,
      notSent,
      code,
    });
  } finally {
    clearTimeout(timer);
    stopWaiting?.();
  }
};
