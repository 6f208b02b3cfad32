import type { Dispatcher } from 'undici';
import type { SerialLanes } from '../async/serial-lanes.js';
import type { AuthStrategy } from '../auth/strategy.js';
import type { Operation } from '../contract/operation.js';
import type { ResponseMapper, RetryVerdict } from '../contract/response-mapper.js';
import type { EncodedBody } from '../body/encode.js';
import type { HRError } from '../errors/hr-error.js';
import type { LevelLogger } from '../logging/logger.js';
import type { OperationRateLimits } from '../rate-limit/operation-limits.js';
import type { Redactor } from '../redaction/redactor.js';
import type { ClientSend } from '../transport/http.js';
import type { HttpResponse } from '../transport/response-reader.js';

// The types the stages of a call share: what the client resolved once (ClientContext), what a call
// prepared once (PreparedRequest), where a call stands (CallState), what an attempt produced
// (Outcome), and what the caller configures and observes (RequestOptions, hooks, ResponseInfo).

/** Per-call options every operation accepts as its last argument. */
export interface RequestOptions {
  /** Milliseconds each attempt of this call may take (see `deadline` for the whole call). */
  timeout?: number | undefined;
  /** Aborts the call. */
  signal?: AbortSignal | undefined;
  /**
   * Milliseconds the whole call may take, from the moment it is made: queues, token fetches, every
   * attempt and the waits between retries (`timeout` bounds each attempt alone). When it passes, the
   * call rejects with a TimeoutError (code `DEADLINE`) saying how many attempts were made.
   */
  deadline?: number | undefined;
  /** Retries for this call. */
  maxRetries?: number | undefined;
  /** Extra headers for this call. */
  headers?: Record<string, string> | undefined;
  /** The most bytes read of this call's response body (overrides the client's `maxResponseBytes`). */
  maxResponseBytes?: number | undefined;
}

/** Raw facts about a response, for when the data is not enough. */
export interface ResponseInfo {
  /** HTTP status. */
  status: number;
  /** Response headers, lower-cased, secrets redacted. */
  headers: Record<string, string>;
  /** The vendor's request id, when it sends one. */
  requestId: string | undefined;
}

/** The data of a call together with its response facts. */
export interface WithResponse<T> {
  /** The call's validated data. */
  data: T;
  /** Status, headers and request id of the response. */
  response: ResponseInfo;
}

/** A request about to be sent, as hooks see it (secrets redacted). */
export interface RequestEvent {
  /** The operation id, e.g. `candidates.list`. */
  operation: string;
  /** HTTP method. */
  method: string;
  /** Full URL, secret query parameters redacted. */
  url: string;
  /** Outgoing headers, credentials redacted. */
  headers: Record<string, string>;
  /** 0 for the first try, then 1, 2... for retries. */
  attempt: number;
}

/** A response received, as hooks see it (secrets redacted). */
export interface ResponseEvent {
  /** The operation id, e.g. `candidates.list`. */
  operation: string;
  /** HTTP method. */
  method: string;
  /** Full URL, secret query parameters redacted. */
  url: string;
  /** HTTP status. */
  status: number;
  /** Response headers, lower-cased, secrets redacted. */
  headers: Record<string, string>;
  /** The vendor's request id, when it sends one. */
  requestId: string | undefined;
  /** Time from sending to the full body, in ms. */
  durationMs: number;
  /** 0 for the first try, then 1, 2... for retries. */
  attempt: number;
}

/** Observability hooks. Errors thrown by a hook are logged and otherwise ignored. */
export interface ClientHooks {
  /** Called before each attempt is sent. */
  beforeRequest?(event: RequestEvent): void | Promise<void>;
  /** Called when each attempt's response has been read. */
  afterResponse?(event: ResponseEvent): void | Promise<void>;
  /** Called once when a call fails for good (after retries). */
  onError?(error: HRError, event: { operation: string; attempt: number }): void | Promise<void>;
}

/** One client's settings, resolved once at construction and read by every stage. */
export interface ClientContext {
  /** Short vendor name, e.g. `moka`. */
  readonly vendor: string;
  /** Where requests go. */
  readonly baseUrl: string;
  /** Default per-attempt timeout, ms. */
  readonly timeoutMs: number;
  /** Default retries after the first attempt. */
  readonly maxRetries: number;
  /** Cap on the total wait between retries of one call, ms. */
  readonly maxRetryWait: number;
  /** Default cap on one response body, bytes. */
  readonly maxResponseBytes: number;
  /** The undici dispatcher. */
  readonly dispatcher: Dispatcher;
  /** Output validation mode. */
  readonly validate: boolean | 'warn';
  /** Headers sent on every request (User-Agent, accept, vendor and client headers), lower-cased. */
  readonly headers: Readonly<Record<string, string>>;
  /** Observability hooks. */
  readonly hooks: ClientHooks;
  /** The vendor's auth strategy. */
  readonly auth: AuthStrategy;
  /** The vendor's response mapper. */
  readonly mapResponse: ResponseMapper;
  /** Lower-cased header carrying the vendor's request id. */
  readonly requestIdHeader: string | undefined;
  /** Client-side rate limits. */
  readonly rateLimits: OperationRateLimits;
  /** Serial lanes of this client. */
  readonly lanes: SerialLanes;
  /** Redacts this client's secrets. */
  readonly redactor: Redactor;
  /** This client's logger. */
  readonly log: LevelLogger;
  /** Sends one HTTP exchange (undici, wrapped by the user's middleware). */
  readonly send: ClientSend;
  /** The vendor's routing of operations. */
  readonly resolveOperation: ((operation: Operation) => Operation) | undefined;
}

/** The request of one call, built once and re-sent as is on every retry. */
export interface PreparedRequest {
  /** The operation as the vendor routes it. */
  readonly operation: Operation;
  /** The filled path. */
  readonly path: string;
  /** Query parameters (pages add their own on top). */
  readonly query: Record<string, unknown>;
  /** This call's own headers (declared, per-call and idempotency), lower-cased. */
  readonly headers: Record<string, string>;
  /** The encoded body. */
  readonly body: EncodedBody | undefined;
  /** Sending it twice cannot apply it twice: an idempotent operation or an idempotency token. */
  readonly safeToRepeat: boolean;
  /** Per-attempt timeout, ms. */
  readonly timeoutMs: number;
  /** Retries after the first attempt. */
  readonly maxRetries: number;
  /** Cap on the response body, bytes. */
  readonly maxResponseBytes: number;
  /** The signal the call obeys: the caller's, joined with the deadline's when there is one. */
  readonly signal: AbortSignal | undefined;
  /** The whole call's deadline, when the caller set one. */
  readonly deadline: { readonly ms: number; readonly signal: AbortSignal } | undefined;
}

/** One call in flight: its request, where it goes, and what its attempts have done so far. */
export interface CallState {
  /** The request, as prepared once. */
  readonly request: PreparedRequest;
  /** The full URL (with this page's query changes). */
  readonly url: string;
  /** 0 for the first attempt, then 1, 2... */
  attempt: number;
  /** Whether the single invalid-token replay was used. */
  replayed: boolean;
  /** The last HTTP answer received, for `asResponse()` (kept only when `keepsResponse`). */
  lastResponse: HttpResponse | undefined;
  /** Whether someone may ask for the last answer (`asResponse()` on the call's promise). */
  readonly keepsResponse: boolean;
}

/** Where `asResponse()` finds the last HTTP answer of a call. */
export interface RawResponseSlot {
  /** The call, once it started. */
  call?: CallState | undefined;
}

/** An attempt that produced the call's data. */
interface Succeeded {
  ok: true;
  /** The mapped (not yet validated) data. */
  data: unknown;
  /** Status, headers and request id. */
  info: ResponseInfo;
}

/** An attempt that failed, with everything the call needs to decide what follows (replay, retry, stop). */
export interface Failed {
  ok: false;
  /** The error the call rejects with if nothing follows. */
  error: HRError;
  /** Whether and how it may be retried. */
  retry: RetryVerdict;
  /** The wait the vendor asked for, ms. */
  retryAfterMs: number | undefined;
  /** The vendor refused the credential. */
  invalidToken: boolean;
  /** The rotating token the attempt carried, for `invalidate`. */
  token: string | undefined;
}

/** What one attempt produced. Stages return outcomes; only the call throws. */
export type Outcome = Succeeded | Failed;
