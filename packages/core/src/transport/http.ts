import { Agent, type Dispatcher, type FormData } from 'undici';
import { AbortError } from '../errors/client-errors.js';
import { ResponseReader, type HttpResponse, type SendSettings } from './response-reader.js';

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

/** Sends one request and reads the whole answer. */
export type SendFn = (request: HttpRequest, settings: SendSettings) => Promise<HttpResponse>;

/** Wraps one HTTP exchange: call `next` to send (or answer without sending). */
export type TransportMiddleware = (
  request: HttpRequest,
  next: (request: HttpRequest) => Promise<HttpResponse>,
) => Promise<HttpResponse>;

/** A client's way to send one exchange: on its dispatcher, through its middleware. */
export type ClientSend = (request: HttpRequest, settings: Omit<SendSettings, 'dispatcher'>) => Promise<HttpResponse>;

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
    const reader = new ResponseReader(resolve, reject, settings);
    let target: Target;
    try {
      target = splitUrl(req.url);
    } catch (error) {
      reader.onError(error as Error);
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
      reader,
    );
  });
};

/** `send` on `dispatcher`, wrapped by the user's middleware (outermost first). */
export function withMiddleware(
  send: SendFn,
  dispatcher: Dispatcher,
  middleware: readonly TransportMiddleware[] = [],
): ClientSend {
  if (middleware.length === 0) return (request, settings) => send(request, { ...settings, dispatcher });
  return (request, settings) => {
    const direct = (req: HttpRequest) => send(req, { ...settings, dispatcher });
    const wrapped = middleware.reduceRight<(req: HttpRequest) => Promise<HttpResponse>>(
      (next, layer) => (req) => layer(req, next),
      direct,
    );
    return wrapped(request);
  };
}

/** Where undici sends a request: the origin (connection pool) and the path with its query. */
interface Target {
  origin: string;
  path: string;
}

/** Path and query characters the WHATWG URL parser leaves as they are (anything else takes the slow path). */
const PLAIN_PATH = /^\/[A-Za-z0-9\-._~!$&()*+,;=:@%/?]*$/;
/** `.` and `..` segments (also percent-encoded), which the URL parser resolves. */
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:[/?]|$)/i;
const MAX_ORIGINS = 64;

/** Normalized origins by the text they were written as (`null`: not a plain origin). */
const origins = new Map<string, string | null>();

/**
 * Splits a full URL into its origin and path, exactly as `new URL()` would read them, without parsing
 * a URL per request: the client's URLs share a few origins, each parsed once, and a path made of plain
 * characters (what the SDK builds: encoded path parameters and a URLSearchParams query) needs no
 * normalization. Anything else is parsed in full.
 */
export function splitUrl(url: string): Target {
  const scheme = url.indexOf('://');
  const slash = scheme > 0 ? url.indexOf('/', scheme + 3) : -1;
  if (slash > 0) {
    const origin = originOf(url.slice(0, slash));
    const path = url.slice(slash);
    if (origin && PLAIN_PATH.test(path) && !DOT_SEGMENT.test(queryless(path))) return { origin, path };
  }
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new TypeError(`Invalid URL protocol: ${parsed.protocol} (the URL must start with http: or https:)`);
  }
  return { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
}

function originOf(text: string): string | null {
  let origin = origins.get(text);
  if (origin === undefined) {
    origin = null;
    try {
      const parsed = new URL(`${text}/`);
      const web = parsed.protocol === 'http:' || parsed.protocol === 'https:';
      if (web && parsed.href === `${parsed.origin}/`) origin = parsed.origin;
    } catch {
      // Not an origin: the caller parses the whole URL and reports what is wrong with it.
    }
    if (origins.size >= MAX_ORIGINS) origins.clear();
    origins.set(text, origin);
  }
  return origin;
}

function queryless(path: string): string {
  const query = path.indexOf('?');
  return query === -1 ? path : path.slice(0, query);
}
