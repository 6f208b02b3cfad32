import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Dispatcher } from 'undici';
import { APIError, createAPIError, isTransientStatus, kindFromStatus, type APIErrorInit } from '../errors/api-error.js';
import {
  AbortError,
  ConnectionError,
  InputValidationError,
  ResponseValidationError,
  type ValidationIssue,
} from '../errors/client-errors.js';
import { HRError } from '../errors/hr-error.js';
import { LevelLogger } from '../logging/logger.js';
import { type Operation, type OperationInput, type OperationOutput } from '../operation/define.js';
import { resolveLazy, type Lazy } from '../operation/schema.js';
import { parseWithIssues } from '../operation/validate.js';
import { PagePromise } from '../pagination/page-promise.js';
import type { PaginationStyle } from '../pagination/styles.js';
import { Redactor } from '../redaction/redactor.js';
import { defaultDispatcher, sendHttp, type HttpResponse } from '../transport/http.js';
import { buildPath, joinUrl } from '../transport/path.js';
import { serializeQuery } from '../transport/query.js';
import {
  parseRateLimit,
  SlidingWindowRateLimiter,
  type RateLimiter,
  type RateLimitRule,
  type ReleaseSlot,
} from '../transport/rate-limiter.js';
import { backoffDelay, retryAfterFromHeaders, sleep } from '../transport/retry.js';
import { APIPromise, type ResponseInfo, type WithResponse } from './api-promise.js';
import type { ClientHooks, ClientOptions, PaginateOptions, RequestOptions, VendorConfig } from './options.js';
import { defaultEnvelope, type FailureDescription, type ResponseContext } from './response-context.js';

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 2;
const DEFAULT_MAX_RETRY_WAIT_MS = 60_000;
/** Raw bodies kept on errors are cut to this size. */
const MAX_RAW_BODY = 64 * 1024;

/** A request after validation, ready to be sent (and re-sent on retry). */
interface PreparedRequest {
  path: string;
  query: Record<string, unknown>;
  body: unknown;
  headers: Record<string, string>;
  /** The call carries an idempotency token: retrying it cannot apply it twice. */
  hasIdempotencyKey: boolean;
}

/** The item type of a paginated operation: the element type of its items field. */
export type PageItem<Op> =
  Op extends Operation<infer _P, infer _Q, infer _B, infer R, infer Pg>
    ? Pg extends PaginationStyle<infer K>
      ? R extends z.ZodType
        ? NonNullable<z.output<R>[K & keyof z.output<R>]> extends readonly (infer I)[]
          ? I
          : unknown
        : unknown
      : never
    : never;

/** Thrown inside the retry loop when the auth strategy itself failed (e.g. the token endpoint). */
class AuthorizeFailure {
  constructor(readonly error: unknown) {}
}

/**
 * The engine behind every vendor client: validates input, authenticates, sends with undici,
 * retries what is safe to retry, maps the vendor's envelope to data or a typed error, validates
 * the output, pages, rate-limits, logs and redacts. Vendor clients extend it and only declare.
 */
export abstract class BaseClient {
  /** The vendor's short name. */
  readonly vendor: string;
  /** The base URL requests go to. */
  readonly baseUrl: string;
  readonly #config: VendorConfig;
  readonly #timeout: number;
  readonly #maxRetries: number;
  readonly #maxRetryWait: number;
  readonly #dispatcher: Dispatcher;
  readonly #validate: boolean | 'warn';
  readonly #headers: Record<string, string>;
  readonly #hooks: ClientHooks;
  readonly #limiter: RateLimiter | undefined;
  readonly #limitOverrides: Record<string, readonly string[]>;
  readonly #rules = new Map<string, RateLimitRule[]>();
  /** Redacts this client's secrets from everything it logs or attaches to errors. */
  protected readonly redactor: Redactor;
  /** This client's logger (level-filtered; pass only redacted data). */
  protected readonly log: LevelLogger;

  constructor(options: ClientOptions, config: VendorConfig) {
    this.#config = config;
    this.vendor = config.vendor;
    this.baseUrl = options.baseUrl ?? config.defaultBaseUrl;
    this.#timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
    this.#maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    this.#maxRetryWait = options.maxRetryWait ?? DEFAULT_MAX_RETRY_WAIT_MS;
    this.#dispatcher = options.dispatcher ?? defaultDispatcher();
    this.#validate = options.validateResponses ?? true;
    this.#hooks = options.hooks ?? {};
    this.#limiter =
      options.rateLimit === false ? undefined : (options.rateLimit?.limiter ?? new SlidingWindowRateLimiter());
    this.#limitOverrides = (options.rateLimit || undefined)?.limits ?? {};
    this.#headers = {
      'user-agent': `${config.packageName}/${config.version} node/${process.versions.node}`,
      accept: 'application/json',
      ...lowerKeys(config.defaultHeaders),
      ...lowerKeys(options.headers),
    };
    this.redactor = new Redactor({ secretKeys: config.secretFields, secretValues: config.secrets });
    config.auth.onSecret?.((secret, rotating) =>
      rotating ? this.redactor.addRotatingSecret(secret) : this.redactor.addSecret(secret),
    );
    this.log = new LevelLogger(options.logger ?? console, options.logLevel ?? 'warn', config.packageName);
  }

  /** Calls an operation and resolves with its validated data (`withResponse()` adds status and headers). */
  request<Op extends Operation>(
    operation: Op,
    input: OperationInput<Op>,
    options: RequestOptions = {},
  ): APIPromise<OperationOutput<Op>> {
    const run = async () => this.#execute(operation, this.#prepare(operation, input, options), options, {});
    return new APIPromise(run() as Promise<WithResponse<OperationOutput<Op>>>);
  }

  /** Calls a paginated operation: await the result for the first page, or iterate every item. */
  paginate<Op extends Operation & { paginate: PaginationStyle }>(
    operation: Op,
    input: OperationInput<Op>,
    options: PaginateOptions = {},
  ): PagePromise<OperationOutput<Op>, PageItem<Op>> {
    let prepared: PreparedRequest | undefined;
    let inputError: unknown;
    try {
      prepared = this.#prepare(operation, input, options);
    } catch (error) {
      inputError = error; // reported when the listing is consumed, as a rejection
    }
    const fetchPage = async (patch: Record<string, unknown>, signal: AbortSignal | undefined) => {
      if (!prepared) throw inputError;
      return (await this.#execute(operation, prepared, { ...options, signal }, patch)) as WithResponse<
        OperationOutput<Op>
      >;
    };
    return new PagePromise(fetchPage, operation.paginate, prepared?.query ?? {}, options);
  }

  /** Validates the input and builds the parts of the request that stay the same across retries. */
  #prepare(
    operation: Operation,
    input: { path?: unknown; query?: unknown; body?: unknown },
    options: RequestOptions,
  ): PreparedRequest {
    const issues: ValidationIssue[] = [];
    const part = (schema: unknown, value: unknown, name: string): unknown => {
      if (!schema) return value;
      let result: ReturnType<typeof parseWithIssues>;
      try {
        result = parseWithIssues(resolveLazy(schema as Lazy<z.ZodType>), value, name);
      } catch (error) {
        // A transform or refinement that throws instead of reporting an issue.
        issues.push({ path: name, message: error instanceof Error ? error.message : String(error), code: 'custom' });
        return undefined;
      }
      if (result.success) return result.data;
      issues.push(...result.issues);
      return undefined;
    };
    const pathParams = part(operation.pathParams, input.path, 'path') as Record<string, unknown> | undefined;
    const query = { ...((part(operation.query, input.query, 'query') ?? {}) as Record<string, unknown>) };
    let body = part(operation.body, input.body, 'body');
    if (issues.length > 0) throw new InputValidationError(issues, operation.id);
    const path = buildPath(operation.path, pathParams, operation.id);
    const headers = lowerKeys(options.headers);
    const key = operation.idempotencyKey;
    if (key) {
      if (key.in === 'query') query[key.name] ??= randomUUID();
      else if (key.in === 'header') headers[key.name.toLowerCase()] ??= randomUUID();
      else
        body = {
          ...(body as Record<string, unknown>),
          [key.name]: (body as Record<string, unknown> | undefined)?.[key.name] ?? randomUUID(),
        };
    }
    return { path, query, body, headers, hasIdempotencyKey: key !== undefined };
  }

  /** Sends a prepared request, retrying what is safe, and returns the validated data. */
  async #execute(
    operation: Operation,
    prepared: PreparedRequest,
    options: RequestOptions,
    queryPatch: Record<string, unknown>,
  ): Promise<WithResponse<unknown>> {
    const url = joinUrl(
      this.baseUrl,
      prepared.path,
      serializeQuery({ ...prepared.query, ...queryPatch }, operation.arrayFormat),
    );
    const body = prepared.body === undefined ? undefined : JSON.stringify(prepared.body);
    const maxRetries = options.maxRetries ?? this.#maxRetries;
    const timeoutMs = options.timeout ?? this.#timeout;
    let waited = 0;
    let replayedAuth = false;
    for (let attempt = 0; ;) {
      let release: (() => void) | undefined;
      let sentHeaders: Record<string, string> | undefined;
      try {
        release = await this.#acquire(operation, options.signal);
        const headers: Record<string, string> = { ...this.#headers, ...prepared.headers };
        if (body !== undefined) headers['content-type'] = 'application/json';
        if (operation.auth) {
          await this.#config.auth.authorize({ headers, signal: options.signal }).catch((error: unknown) => {
            throw new AuthorizeFailure(error);
          });
        }
        sentHeaders = headers;
        const started = Date.now();
        await this.#emitRequest(operation, url, headers, attempt);
        const response = await sendHttp(
          { method: operation.method, url, headers, body },
          { dispatcher: this.#dispatcher, timeoutMs, signal: options.signal },
        ).finally(release);
        const info = this.#responseInfo(response);
        await this.#emitResponse(operation, url, info, Date.now() - started, attempt);
        const data = this.#interpret(operation, response, info);
        return { data: this.#validateOutput(operation, data), response: info };
      } catch (caught) {
        release?.();
        if (caught instanceof AuthorizeFailure) {
          const aborted = options.signal?.aborted && !HRError.isInstance(caught.error);
          throw await this.#reportError(
            aborted
              ? new AbortError('The request was aborted while waiting for a token', { cause: caught.error })
              : caught.error,
            operation,
            attempt,
          );
        }
        const error = toHRError(caught);
        if (
          error instanceof APIError &&
          operation.auth &&
          !replayedAuth &&
          this.#config.auth.invalidate &&
          this.#config.isInvalidToken?.(error)
        ) {
          replayedAuth = true;
          this.log.info(`${operation.id}: the vendor reported the token invalid; refreshing it and replaying once`, {
            code: error.code,
          });
          await this.#config.auth.invalidate(sentHeaders);
          continue;
        }
        const delay = attempt < maxRetries ? this.#retryDelay(operation, prepared, error, attempt) : undefined;
        if (delay === undefined || waited + delay > this.#maxRetryWait)
          throw await this.#reportError(error, operation, attempt);
        this.log.info(
          `${operation.id}: retrying in ${delay} ms (retry ${attempt + 1} of ${maxRetries}) after: ${error.message}`,
        );
        try {
          await sleep(delay, options.signal);
        } catch (reason) {
          throw await this.#reportError(
            new AbortError('The request was aborted while waiting to retry', { cause: reason }),
            operation,
            attempt,
          );
        }
        waited += delay;
        attempt++;
      }
    }
  }

  /** How long to wait before retrying `error`, or undefined when it must not be retried. */
  #retryDelay(operation: Operation, prepared: PreparedRequest, error: HRError, attempt: number): number | undefined {
    let safe = operation.idempotent || prepared.hasIdempotencyKey;
    let retryAfter: number | undefined;
    if (error instanceof ConnectionError) {
      safe ||= error.notSent;
    } else if (error instanceof APIError) {
      const verdict = this.#config.retryVerdict?.(error);
      if (verdict === 'never' || (verdict === undefined && !error.retryable)) return undefined;
      safe ||= verdict === 'retry-always';
      retryAfter = this.#config.retryAfterMs?.(error) ?? error.retryAfterMs;
    } else {
      return undefined;
    }
    if (!safe) return undefined;
    return retryAfter ?? backoffDelay(attempt);
  }

  /** Status, request id and headers; the headers are redacted only when someone reads them (off the hot path). */
  #responseInfo(response: HttpResponse): ResponseInfo {
    const header = this.#config.requestIdHeader?.toLowerCase();
    const redactor = this.redactor;
    let headers: Record<string, string> | undefined;
    return {
      status: response.status,
      requestId: header ? response.headers[header] : undefined,
      get headers() {
        return (headers ??= redactor.headers(response.headers));
      },
    };
  }

  /** Turns the HTTP answer into data, or throws the APIError it stands for. */
  #interpret(operation: Operation, response: HttpResponse, info: ResponseInfo): unknown {
    // Mappers read vendor bodies: a message, code or kind of the wrong type must not break the error.
    const errorInit = (failure: FailureDescription, json?: unknown): APIErrorInit => ({
      vendor: this.vendor,
      status: response.status,
      code: typeof failure.code === 'string' || typeof failure.code === 'number' ? failure.code : undefined,
      message: this.redactor.text(typeof failure.message === 'string' ? failure.message : `HTTP ${response.status}`),
      requestId: info.requestId,
      headers: info.headers,
      rawBody: this.redactor.body(response.text.slice(0, MAX_RAW_BODY)),
      body: json === undefined ? undefined : this.redactor.value(json),
      details: failure.details ? this.redactor.value(failure.details) : undefined,
      operation: operation.id,
      retryAfterMs: retryAfterFromHeaders(response.headers),
      retryable: failure.retryable,
      kind: failure.kind,
    });
    const unusable = (what: string) => {
      const ok = response.status >= 200 && response.status < 300;
      const contentType = response.headers['content-type'] ?? 'no content type';
      return createAPIError(
        errorInit({
          message: `${what} (HTTP ${response.status}, ${contentType}, ${Buffer.byteLength(response.text)} bytes)`,
          code: 'invalid_response',
          kind: ok ? 'invalid_response' : kindFromStatus(response.status),
          // A cut or garbled body on a success is most likely a transport fault: worth a retry.
          retryable: ok || isTransientStatus(response.status),
        }),
      );
    };
    if (response.text.trim() === '') {
      if (response.status >= 200 && response.status < 300 && !operation.response) return undefined;
      throw unusable('Expected a JSON body but the response was empty');
    }
    let json: unknown;
    try {
      json = JSON.parse(response.text);
    } catch {
      throw unusable('Expected a JSON body but received something else (an HTML gateway page or a truncated body?)');
    }
    const context: ResponseContext = {
      status: response.status,
      headers: response.headers,
      json,
      text: response.text,
      operation: { id: operation.id, method: operation.method, path: operation.path },
      ok: (data) => ({ ok: true, data }),
      fail: (failure) => ({ ok: false, error: createAPIError(errorInit(failure, json)) }),
      errorInit: (failure) => errorInit(failure, json),
    };
    const result = (this.#config.mapResponse ?? defaultEnvelope)(context);
    if (!result.ok) throw result.error;
    return result.data;
  }

  /** Checks the data against the documented schema, leniently (see `validateResponses`). */
  #validateOutput(operation: Operation, data: unknown): unknown {
    if (!operation.response || this.#validate === false) return data;
    const result = parseWithIssues(resolveLazy(operation.response as Lazy<z.ZodType>), data);
    if (result.success) return result.data;
    const error = new ResponseValidationError(result.issues, this.redactor.value(data), operation.id);
    // A write that succeeded must not fail because its answer drifted from the docs.
    const isRead = operation.method === 'GET' || operation.method === 'HEAD';
    if (this.#validate === true && isRead) throw error;
    this.log.warn(`${error.message} (returning the data as received)`);
    return data;
  }

  /** Waits for this operation's (and the client-wide) rate limit; returns the slot releaser. */
  async #acquire(operation: Operation, signal: AbortSignal | undefined): Promise<(() => void) | undefined> {
    if (!this.#limiter) return undefined;
    const releases: (ReleaseSlot | void)[] = [];
    try {
      releases.push(
        await this.#limiter.acquire(
          `${this.vendor}:${operation.id}`,
          this.#rulesFor(operation.id, operation.rateLimit),
          signal,
        ),
      );
      const global = this.#limitOverrides['*'];
      if (global) releases.push(await this.#limiter.acquire(`${this.vendor}:*`, this.#rulesFor('*', global), signal));
    } catch (reason) {
      for (const release of releases) release?.();
      throw new AbortError('The request was aborted while waiting for the rate limit', { cause: reason });
    }
    let released = false;
    return () => {
      if (released) return; // called once the answer arrived, and again on the error path
      released = true;
      for (const release of releases) release?.();
    };
  }

  #rulesFor(id: string, declared: readonly string[] | undefined): RateLimitRule[] {
    let rules = this.#rules.get(id);
    if (!rules) {
      rules = (this.#limitOverrides[id] ?? declared ?? []).map(parseRateLimit);
      this.#rules.set(id, rules);
    }
    return rules;
  }

  async #emitRequest(
    operation: Operation,
    url: string,
    headers: Record<string, string>,
    attempt: number,
  ): Promise<void> {
    if (!this.#hooks.beforeRequest && !this.log.enabled('debug')) return;
    const event = {
      operation: operation.id,
      method: operation.method,
      url: this.redactor.url(url),
      headers: this.redactor.headers(headers),
      attempt,
    };
    this.log.debug(`→ ${event.method} ${event.url}`, { operation: event.operation, attempt, headers: event.headers });
    await this.#runHook('beforeRequest', () => this.#hooks.beforeRequest?.(event));
  }

  async #emitResponse(
    operation: Operation,
    url: string,
    info: ResponseInfo,
    durationMs: number,
    attempt: number,
  ): Promise<void> {
    if (!this.#hooks.afterResponse && !this.log.enabled('debug')) return;
    const event = {
      operation: operation.id,
      method: operation.method,
      url: this.redactor.url(url),
      ...info,
      durationMs,
      attempt,
    };
    this.log.debug(`← ${info.status} ${event.method} ${event.url} (${durationMs} ms)`, {
      operation: event.operation,
      requestId: info.requestId,
    });
    await this.#runHook('afterResponse', () => this.#hooks.afterResponse?.(event));
  }

  async #reportError(caught: unknown, operation: Operation, attempt: number): Promise<unknown> {
    const error = toHRError(caught);
    this.log.debug(`✗ ${operation.id} failed: ${error.message}`);
    await this.#runHook('onError', () => this.#hooks.onError?.(error, { operation: operation.id, attempt }));
    return HRError.isInstance(caught) ? caught : error;
  }

  async #runHook(name: keyof ClientHooks, run: () => unknown): Promise<void> {
    try {
      await run();
    } catch (error) {
      this.log.warn(`The ${name} hook threw; ignoring it: ${this.redactor.text(String(error))}`);
    }
  }
}

function lowerKeys(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) out[name.toLowerCase()] = value;
  return out;
}

/** Anything thrown inside the call becomes an HRError (unexpected bugs keep their cause). */
function toHRError(error: unknown): HRError {
  if (HRError.isInstance(error)) return error;
  return new HRError(error instanceof Error ? error.message : String(error), { cause: error });
}
