import { util as undiciUtil, type Dispatcher } from 'undici';
import { AbortError, ConnectionError, ResponseTooLargeError, TimeoutError } from '../errors/client-errors.js';
import { whenAborted } from '../async/abort.js';
import { Expiring } from './deadlines.js';

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

/** Error codes that mean the request never left this process (any write may be retried). */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

type Settle = (response: HttpResponse) => void;
type Fail = (error: unknown) => void;

/**
 * Reads one response, as undici's dispatch handler for one request in flight: it collects the body chunks (refusing more
 * than `maxResponseBytes`, from the declared length or while streaming), enforces the exchange's time
 * limit through the shared deadline list, and follows the caller's signal through the one relay
 * listener per signal. It settles its promise exactly once; whatever undici reports after that is
 * ignored, and an exchange ended before undici handed it a socket is aborted as soon as it does.
 */
export class ResponseReader extends Expiring implements Dispatcher.DispatchHandler {
  #resolve: Settle | undefined;
  #reject: Fail | undefined;
  readonly #timeoutMs: number;
  readonly #limit: number;
  readonly #signal: AbortSignal | undefined;
  readonly #stopWaiting: (() => void) | undefined;
  #abort: ((reason?: Error) => void) | undefined;
  #ended: Error | undefined;
  #settled = false;
  #timedOut = false;
  #status = 0;
  #headers: Record<string, string> | undefined;
  #chunks: Buffer[] = [];
  #size = 0;

  constructor(resolve: Settle, reject: Fail, settings: SendSettings) {
    super();
    this.#resolve = resolve;
    this.#reject = reject;
    this.#timeoutMs = settings.timeoutMs;
    this.#limit = settings.maxResponseBytes;
    this.#signal = settings.signal;
    this.startDeadline(settings.timeoutMs);
    const signal = settings.signal;
    this.#stopWaiting = signal ? whenAborted(signal, () => this.#end(signal.reason)) : undefined;
  }

  onConnect(abort: (reason?: Error) => void): void {
    if (this.#ended) abort(this.#ended);
    else this.#abort = abort;
  }

  onHeaders(status: number, rawHeaders: Buffer[], _resume: () => void, _statusText: string): boolean {
    if (status < 200) return true; // 1xx: the answer follows
    const headers = joinRepeated(undiciUtil.parseHeaders(rawHeaders) as Record<string, string | string[]>);
    const declared = headers['content-length'] === undefined ? NaN : Number(headers['content-length']);
    // Thrown from a handler, undici aborts the exchange and reports the error back to onError.
    if (Number.isFinite(declared) && declared > this.#limit) throw new ResponseTooLargeError(this.#limit, declared);
    this.#status = status;
    this.#headers = headers;
    return true;
  }

  onData(chunk: Buffer): boolean {
    this.#size += chunk.byteLength;
    if (this.#size > this.#limit) throw new ResponseTooLargeError(this.#limit);
    this.#chunks.push(chunk);
    return true;
  }

  onComplete(_trailers: string[] | null): void {
    if (this.#settled) return;
    const response = chunkedResponse(this.#status, this.#headers ?? {}, this.#chunks, this.#size);
    const resolve = this.#resolve!;
    this.#finish();
    resolve(response);
  }

  onError(error: Error): void {
    if (this.#settled) return;
    const reject = this.#reject!;
    const described = this.#describe(error);
    this.#finish();
    reject(described);
  }

  /** The time limit passed. */
  expire(): void {
    this.#timedOut = true;
    this.#end(new Error('timeout'));
  }

  /** Ends the exchange early (time limit, caller abort): now if undici has it on a socket, else when it does. */
  #end(reason: unknown): void {
    if (this.#settled) return;
    const error = reason instanceof Error ? reason : new Error(String(reason));
    if (this.#abort) {
      this.#abort(error); // undici reports it back through onError at once
      return;
    }
    this.#ended = error;
    this.onError(error);
  }

  /**
   * Settled: the deadline and the abort relay stop, and the exchange lets go of the promise and of what
   * it read. undici may keep its handler referenced for a while (from objects the garbage collector
   * has already moved to the old generation), and a settled promise keeps its value: holding on to
   * them would keep every page's body and text alive through the next collections.
   */
  #finish(): void {
    this.#settled = true;
    this.#chunks = [];
    this.#headers = undefined;
    this.#resolve = this.#reject = undefined;
    this.cancelDeadline();
    this.#stopWaiting?.();
  }

  /** The SDK error for what undici reported. */
  #describe(error: unknown): unknown {
    if (ResponseTooLargeError.isInstance(error)) return error;
    const code = errorCode(error);
    if (this.#timedOut || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
      return new TimeoutError(`The request timed out after ${this.#timeoutMs} ms`, {
        cause: error,
        notSent: false,
        code,
      });
    }
    const signal = this.#signal;
    if (signal?.aborted) return new AbortError('The request was aborted', { cause: signal.reason });
    const notSent = code !== undefined && NOT_SENT_CODES.has(code);
    const reason = error instanceof Error ? error.message : String(error);
    return new ConnectionError(`Connection failed${code ? ` (${code})` : ''}: ${reason}`, {
      cause: error,
      notSent,
      code,
    });
  }
}

/** Repeated headers joined with `, ` (undici lists them). */
function joinRepeated(headers: Record<string, string | string[]>): Record<string, string> {
  for (const name in headers) {
    const value = headers[name];
    if (typeof value !== 'string') {
      Object.defineProperty(headers, name, {
        value: Array.isArray(value) ? value.join(', ') : String(value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return headers as Record<string, string>;
}

function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/**
 * Decodes UTF-8 exactly as `Buffer.toString('utf8')` does (WHATWG decoding: a BOM kept as U+FEFF,
 * each malformed sequence replaced by U+FFFD), but through simdutf: several times faster than
 * `toString` on the non-ASCII text HR vendors send (names, addresses in Chinese).
 */
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The UTF-8 text of consecutive chunks, as decoding their concatenation would give it (a sequence split
 * across two chunks included), without concatenating them first.
 */
export function decodeUtf8(chunks: readonly Uint8Array[]): string {
  if (chunks.length === 0) return '';
  if (chunks.length === 1) return decoder.decode(chunks[0]);
  let text = '';
  for (let i = 0; i < chunks.length - 1; i++) text += decoder.decode(chunks[i], { stream: true });
  return text + decoder.decode(chunks[chunks.length - 1]);
}

const EMPTY = Buffer.alloc(0);

const RELEASE = Symbol('release the body');

/**
 * Lets go of a response's bytes once nothing can read them any more (a page of a listing, once
 * interpreted). Until the first full garbage collection of a process, V8 was seen keeping such
 * responses, each holding its page's buffers, long after their call ended; a listing then grew its
 * native memory by a page's size per page until that collection came. A response the SDK did not
 * build (transport middleware) is left alone.
 */
export function releaseBody(response: HttpResponse): void {
  (response as { [RELEASE]?: () => void })[RELEASE]?.();
}

/**
 * A fully read answer made of the chunks it arrived in. The chunks are joined into `body` only if
 * someone reads it (an error report, `asResponse()`), and `text` is decoded from them on each read:
 * neither is kept on the response. A listing keeps each page's response a little while (its
 * ResponseInfo), and a page's text or joined body held there would stay alive, and be promoted to
 * the old generation, with it.
 */
export function chunkedResponse(
  status: number,
  headers: Record<string, string>,
  chunks: readonly Buffer[],
  size: number,
): HttpResponse {
  let parts = chunks;
  return {
    status,
    headers,
    get body(): Buffer {
      if (parts.length === 0) return EMPTY;
      if (parts.length > 1) parts = [Buffer.concat(parts, size)];
      return parts[0]!;
    },
    get text(): string {
      return decodeUtf8(parts);
    },
    [RELEASE]() {
      parts = [];
    },
  } as HttpResponse;
}
