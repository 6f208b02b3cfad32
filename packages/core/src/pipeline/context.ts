import type { Dispatcher } from 'undici';
import type { AuthStrategy } from '../auth/types.js';
import type { ClientHooks } from '../client/options.js';
import type { LevelLogger } from '../logging/logger.js';
import type { Operation } from '../operation/define.js';
import type { Redactor } from '../redaction/redactor.js';
import type { HttpRequest, HttpResponse } from '../transport/http.js';
import type { EnvelopeMapper } from './envelope.js';
import type { OperationRateLimits } from './rate-limit.js';
import type { SerialLanes } from './serial.js';

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
  /** The vendor's envelope mapper. */
  readonly envelope: EnvelopeMapper;
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
  readonly send: (
    request: HttpRequest,
    settings: { timeoutMs: number; signal: AbortSignal | undefined; maxResponseBytes: number },
  ) => Promise<HttpResponse>;
  /** The vendor's routing of operations. */
  readonly resolveOperation: ((operation: Operation) => Operation) | undefined;
}
