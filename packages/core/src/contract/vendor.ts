import type { AuthStrategy } from '../auth/strategy.js';
import type { Operation, OperationInput, OperationOutput } from './operation.js';
import type { ResponseMapper } from './response-mapper.js';

/**
 * What an auth factory may call: the client's own `request` (for a vendor's token endpoint), so a
 * token fetch goes through the same transport, retries and redaction as every call.
 */
export interface Caller {
  /** Calls `operation` with `input`; `timeout` bounds each of its attempts, in ms. */
  request<Op extends Operation>(
    operation: Op,
    input: OperationInput<Op>,
    options?: { timeout?: number | undefined },
  ): PromiseLike<OperationOutput<Op>>;
}

/** What a vendor package declares about its API. */
export interface VendorConfig {
  /** Short vendor name used in errors and logs, e.g. `moka`. */
  vendor: string;
  /** The client class's name, for messages about its options, e.g. `MokaClient`. */
  clientName: string;
  /**
   * The options this client takes besides the core ones (e.g. `apiKey`): any other name is refused at
   * construction, with the name it probably meant.
   */
  vendorOptions: readonly string[];
  /** npm package name, for the User-Agent. */
  packageName: string;
  /** Package version, for the User-Agent. */
  version: string;
  /** Base URL when the user gives none. */
  defaultBaseUrl: string;
  /**
   * How requests authenticate: a strategy, or a factory receiving the client's `request`, for
   * strategies that fetch their token from the vendor through the same transport, retries and
   * redaction. Leave it out for an API without credentials (or whose credential is a declared parameter).
   */
  auth?: AuthStrategy | ((caller: Caller) => AuthStrategy) | undefined;
  /** Maps responses to data or to the one description of their failure (default: 2xx is data). */
  mapResponse?: ResponseMapper;
  /** Secret values to redact everywhere (keys, secrets). Tokens from auth strategies are added automatically. */
  secrets?: readonly (string | undefined)[];
  /** Body and query keys holding secrets (added to the built-in list). */
  secretFields?: readonly string[];
  /** Header carrying the vendor's request id, e.g. `x-tt-logid`. */
  requestIdHeader?: string;
  /** Headers this vendor sends on every request. */
  defaultHeaders?: Record<string, string>;
  /**
   * The operation as this client will send it, called before each call is prepared: a vendor may
   * route it elsewhere or refuse it (by throwing an HRError, which rejects the call; nothing is sent).
   */
  resolveOperation?(operation: Operation): Operation;
}
