import { Agent, type Dispatcher, type FormData } from 'undici';
import { AbortError } from '../errors/client-errors.js';
import { Exchange } from './exchange.js';
import { splitUrl } from './target.js';

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
  readonly body: Buffer;
  /** The body decoded as UTF-8 (decoded again on each read: read it once and keep the string). */
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

let sharedAgent: Agent | undefined;

/** The default dispatcher: one keep-alive pool shared by every client in the process. */
export function defaultDispatcher(): Dispatcher {
  sharedAgent ??= new Agent({ keepAliveTimeout: 10_000, keepAliveMaxTimeout: 60_000 });
  return sharedAgent;
}

/**
 * Sends one request with undici and reads the whole body (at most `maxResponseBytes`). `timeoutMs`
 * bounds the exchange from start to the last body byte; `signal` lets the caller abort. Failures
 * become ConnectionError, TimeoutError, AbortError or ResponseTooLargeError; nothing here retries.
 *
 * It talks to the dispatcher directly (`dispatch` with a handler that collects the body) rather than
 * through `undici.request`: no body stream, no AbortController and no timer of its own per exchange
 * (the time limit is a shared deadline list), which is most of what a call costs on a fast network.
 */
export const sendHttp: SendFn = (req, settings) => {
  const { signal } = settings;
  if (signal?.aborted) {
    return Promise.reject(new AbortError('The request was aborted before it was sent', { cause: signal.reason }));
  }
  return new Promise<HttpResponse>((resolve, reject) => {
    const exchange = new Exchange(resolve, reject, settings);
    let target: ReturnType<typeof splitUrl>;
    try {
      target = splitUrl(req.url);
    } catch (error) {
      exchange.onError(error as Error);
      return;
    }
    settings.dispatcher.dispatch(
      {
        origin: target.origin,
        path: target.path,
        method: req.method as Dispatcher.HttpMethod,
        headers: req.headers,
        body: req.body as Dispatcher.DispatchOptions['body'],
        // Keep undici's own limits in line with ours (its defaults are 300 s).
        headersTimeout: settings.timeoutMs,
        bodyTimeout: settings.timeoutMs,
      },
      exchange,
    );
  });
};
