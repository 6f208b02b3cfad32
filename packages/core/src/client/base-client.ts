import type { z } from 'zod';
import { SerialLanes } from '../async/serial-lanes.js';
import type { AuthStrategy } from '../auth/strategy.js';
import { checkClientOptions, requestOptionIssues } from '../call/check-options.js';
import { buildRequest, lowerCaseHeaders, resolveOperation, validateInput } from '../call/prepare.js';
import { runCall } from '../call/run-call.js';
import type { ClientContext, PreparedRequest, RawResponseSlot, RequestOptions, WithResponse } from '../call/types.js';
import { validateItems } from '../call/validate.js';
import type { Operation, OperationInput, OperationOutput } from '../contract/operation.js';
import type { PaginationStyle } from '../contract/pagination-styles.js';
import { defaultResponseMapper } from '../contract/response-mapper.js';
import type { VendorConfig } from '../contract/vendor.js';
import { BatchError, InputValidationError } from '../errors/client-errors.js';
import { LevelLogger } from '../logging/logger.js';
import { acrossGroups } from '../pagination/fan-out.js';
import { PagePromise } from '../pagination/page-promise.js';
import { OperationRateLimits } from '../rate-limit/operation-limits.js';
import { Redactor } from '../redaction/redactor.js';
import { defaultDispatcher, sendHttp, withMiddleware } from '../transport/http.js';
import { APIPromise } from './api-promise.js';
import type { ClientOptions, PaginateOptions } from './options.js';

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 2;
const DEFAULT_MAX_RETRY_WAIT_MS = 60_000;
const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
const NO_CREDENTIALS: AuthStrategy = { authorize: async () => undefined };

/** The item type of a paginated operation: the element type of its items field. */
export type PageItem<Op> =
  Op extends Operation<infer _P, infer _Q, infer _B, infer R, infer Pg, infer _H>
    ? Pg extends PaginationStyle<infer K>
      ? R extends z.ZodType
        ? NonNullable<z.output<R>[K & keyof z.output<R>]> extends readonly (infer I)[]
          ? I
          : unknown
        : unknown
      : never
    : never;

/** What `requestInBatches` resolves with. */
export interface BatchResult<T> {
  /** Each call's validated data, in order. */
  results: T[];
  /** How many items were sent. */
  itemCount: number;
  /** How many calls carried them. */
  batchCount: number;
}

/**
 * The engine behind every vendor client. Each method prepares a call (`src/call/prepare.ts`: validate
 * once, build the request) and runs it (`src/call/run-call.ts`: serial lane, attempts with their
 * retries and token replay, each attempt authorize → send → interpret, then output validation).
 * Vendor clients extend it and only declare: their config and their operations. Every method returns
 * a promise that rejects (never throws) for any failure.
 */
export abstract class BaseClient {
  /** The vendor's short name. */
  readonly vendor: string;
  /** The base URL requests go to. */
  readonly baseUrl: string;
  /** Redacts this client's secrets from everything it logs or attaches to errors. */
  protected readonly redactor: Redactor;
  /** This client's logger (level-filtered; pass only redacted data). */
  protected readonly log: LevelLogger;
  readonly #context: ClientContext;

  /** Throws `InputValidationError` for an unknown option name, a bad base URL or an option out of range. */
  constructor(options: ClientOptions, config: VendorConfig) {
    checkClientOptions(options, config.clientName, config.vendorOptions, config.defaultHeaders);
    this.vendor = config.vendor;
    this.baseUrl = options.baseUrl ?? config.defaultBaseUrl;
    this.redactor = new Redactor({ secretKeys: config.secretFields, secretValues: config.secrets });
    this.log = new LevelLogger(options.logger ?? console, options.logLevel ?? 'warn', config.packageName);
    const auth: AuthStrategy = typeof config.auth === 'function' ? config.auth(this) : (config.auth ?? NO_CREDENTIALS);
    auth.onSecret?.((secret, lifetime) =>
      lifetime ? this.redactor.addRotatingSecret(secret, lifetime.expiresAt) : this.redactor.addSecret(secret),
    );
    const dispatcher = options.dispatcher ?? defaultDispatcher();
    this.#context = {
      vendor: config.vendor,
      baseUrl: this.baseUrl,
      timeoutMs: options.timeout ?? DEFAULT_TIMEOUT_MS,
      maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
      maxRetryWait: options.maxRetryWait ?? DEFAULT_MAX_RETRY_WAIT_MS,
      maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      dispatcher,
      validate: options.validateResponses ?? true,
      headers: {
        'user-agent': `${config.packageName}/${config.version} node/${process.versions.node}`,
        accept: 'application/json',
        ...lowerCaseHeaders(config.defaultHeaders),
        ...lowerCaseHeaders(options.headers),
      },
      hooks: options.hooks ?? {},
      auth,
      mapResponse: config.mapResponse ?? defaultResponseMapper,
      requestIdHeader: config.requestIdHeader?.toLowerCase(),
      rateLimits: new OperationRateLimits(config.vendor, options.rateLimit),
      lanes: new SerialLanes(),
      redactor: this.redactor,
      log: this.log,
      send: withMiddleware(sendHttp, dispatcher, options.middleware),
      resolveOperation: config.resolveOperation?.bind(config),
    };
  }

  /** Calls an operation and resolves with its validated data (`withResponse()` adds status and headers, `asResponse()` the raw answer). */
  request<Op extends Operation>(
    operation: Op,
    input: OperationInput<Op>,
    options: RequestOptions = {},
  ): APIPromise<OperationOutput<Op>> {
    const slot: RawResponseSlot = {};
    let raw: Promise<WithResponse<unknown>>;
    try {
      raw = runCall(this.#context, this.#prepare(operation, input, options), {}, slot);
    } catch (error) {
      raw = Promise.reject(error); // a bad input rejects the call; it never throws
    }
    return new APIPromise(raw as Promise<WithResponse<OperationOutput<Op>>>, slot, this.redactor);
  }

  /**
   * Calls a paginated operation: await the result for the first page, or iterate every item. A query
   * list the operation fans out (`fanOut`) is sent in groups, listed one after another.
   */
  paginate<Op extends Operation & { paginate: PaginationStyle }>(
    operation: Op,
    input: OperationInput<Op>,
    options: PaginateOptions = {},
  ): PagePromise<OperationOutput<Op>, PageItem<Op>> {
    return PagePromise.defer(() => {
      let prepared = this.#prepare(operation, input, options, true);
      let style: PaginationStyle = operation.paginate;
      const fanOut = prepared.operation.fanOut;
      const values = fanOut ? prepared.query[fanOut.param] : undefined;
      if (fanOut && Array.isArray(values) && values.length > fanOut.size) {
        const groups = chunk(values, fanOut.size);
        style = acrossGroups(operation.paginate, fanOut.param, groups);
        prepared = { ...prepared, query: { ...prepared.query, [fanOut.param]: groups[0] } };
      }
      const request = prepared;
      const fetchPage = (patch: Record<string, unknown>, signal: AbortSignal | undefined) =>
        runCall(this.#context, { ...request, signal }, patch) as Promise<WithResponse<OperationOutput<Op>>>;
      // The listing obeys the prepared signal: the caller's, joined with the deadline's.
      const paging = { ...options, signal: prepared.signal };
      return new PagePromise<OperationOutput<Op>, PageItem<Op>>(fetchPage, style, prepared.query, paging);
    });
  }

  /**
   * Sends a list the vendor caps per call (the operation's `batch`): every item is validated first
   * (nothing is sent if one is wrong), then the list goes out as consecutive calls of at most
   * `batch.size` items. When a call fails, later ones are not sent and the promise rejects with a
   * `BatchError` saying which items were applied, which were in the failing call and which were not sent.
   */
  async requestInBatches<Op extends Operation, T>(
    operation: Op,
    items: readonly T[],
    options: RequestOptions = {},
  ): Promise<BatchResult<OperationOutput<Op>>> {
    const resolved = resolveOperation(this.#context, operation);
    const spec = resolved.batch;
    if (!spec) throw new TypeError(`${resolved.id} declares no batch: call request() instead`);
    const { field, size } = spec;
    const optionIssues = requestOptionIssues(options ?? {}, false);
    if (optionIssues.length > 0) throw new InputValidationError(optionIssues, resolved.id);
    const valid = await validateItems(this.#context, spec, items, field ? `body.${field}` : 'body', resolved.id);
    const batches = chunk(valid, size);
    const results: OperationOutput<Op>[] = [];
    for (const [index, batch] of batches.entries()) {
      const body = field === undefined ? batch : { [field]: batch };
      try {
        const request = buildRequest(
          this.#context,
          resolved,
          { path: undefined, query: {}, body, headers: {} },
          options,
        );
        results.push((await runCall(this.#context, request)).data as OperationOutput<Op>);
      } catch (cause) {
        const originals = chunk(items, size);
        throw new BatchError<T>({
          failedBatchIndex: index,
          batchCount: batches.length,
          applied: originals.slice(0, index).flat(),
          failedBatch: originals[index]!,
          notSent: originals.slice(index + 1).flat(),
          completed: results,
          cause,
        });
      }
    }
    return { results, itemCount: valid.length, batchCount: batches.length };
  }

  /** Routes, validates and builds a call's request; throws (inside the promise) what is wrong with the input. */
  #prepare(operation: Operation, input: object, options: RequestOptions | null, listCall = false): PreparedRequest {
    const resolved = resolveOperation(this.#context, operation);
    const valid = validateInput(this.#context, resolved, input);
    return buildRequest(this.#context, resolved, valid, options ?? {}, listCall);
  }
}

/** Splits `items` into consecutive chunks of at most `size`. */
function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Batch size must be a positive integer, got ${size}`);
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
