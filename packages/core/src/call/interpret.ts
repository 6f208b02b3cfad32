import type { Operation } from '../contract/operation.js';
import type { Failure, MappedResponse, ResponseContext } from '../contract/response-mapper.js';
import { createAPIError, isTransientStatus, kindFromStatus, type APIErrorInit } from '../errors/api-error.js';
import type { HttpResponse } from '../transport/response-reader.js';
import { responseInfo } from './send.js';
import type { CallState, ClientContext, Outcome, ResponseInfo } from './types.js';

/** Raw bodies kept on errors are cut to this size (after redaction). */
const MAX_RAW_BODY = 64 * 1024;

/**
 * Stage 4: turns an HTTP answer into the call's data or a failure. Parses the JSON body and lets the
 * vendor's response mapper (or the operation's own) decide; a failure becomes the redacted APIError
 * it describes, with the verdicts the call reads (retry, wait, invalid token). An empty or unparsable
 * body is a failure of its own.
 */
export function interpret(
  client: ClientContext,
  call: CallState,
  response: HttpResponse,
  token: string | undefined,
): Outcome {
  const operation = call.request.operation;
  const info = responseInfo(client, response);
  const text = response.text;
  const blank = text.trim() === '';
  if (blank && response.status >= 200 && response.status < 300 && !operation.response) {
    return { ok: true, data: undefined, info };
  }
  let json: unknown;
  let parsed = !blank;
  if (parsed) {
    try {
      json = JSON.parse(text);
    } catch {
      parsed = false;
    }
  }
  if (!parsed) return failed(client, call, response, info, unusableBody(response, text), undefined, text, token);
  const mapper = operation.mapResponse ?? client.mapResponse;
  const result = mapper(new Answer(response, json, text, factsOf(operation)));
  if (result.ok) return { ok: true, data: result.data, info };
  return failed(client, call, response, info, result.failure, json, text, token);
}

const facts = new WeakMap<Operation, ResponseContext['operation']>();

/** What a mapper is told of the operation, made once per operation. */
function factsOf(operation: Operation): ResponseContext['operation'] {
  let known = facts.get(operation);
  if (!known) facts.set(operation, (known = { id: operation.id, method: operation.method, path: operation.path }));
  return known;
}

/** The response as the response mapper sees it (its `ok` and `fail` need no `this`). */
class Answer implements ResponseContext {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly json: unknown;
  readonly text: string;
  readonly operation: { id: string; method: string; path: string };

  constructor(response: HttpResponse, json: unknown, text: string, operation: ResponseContext['operation']) {
    this.status = response.status;
    this.headers = response.headers;
    this.json = json;
    this.text = text;
    this.operation = operation;
  }

  ok(data: unknown): MappedResponse {
    return { ok: true, data };
  }

  fail(failure: Failure): MappedResponse {
    return { ok: false, failure };
  }
}

/** An empty or non-JSON body: on a success most likely a cut body (worth a retry), else the status says. */
function unusableBody(response: HttpResponse, text: string): Failure {
  const ok = response.status >= 200 && response.status < 300;
  const what =
    text.trim() === ''
      ? 'Expected a JSON body but the response was empty'
      : 'Expected a JSON body but received something else (an HTML gateway page or a truncated body?)';
  const contentType = response.headers['content-type'] ?? 'no content type';
  return {
    message: `${what} (HTTP ${response.status}, ${contentType}, ${response.body.byteLength} bytes)`,
    code: 'invalid_response',
    kind: ok ? 'invalid_response' : kindFromStatus(response.status),
    retry: ok || isTransientStatus(response.status) ? 'if-safe' : 'never',
  };
}

/** Builds the redacted APIError a failure describes, with the verdicts the call reads to replay or retry. */
function failed(
  client: ClientContext,
  call: CallState,
  response: HttpResponse,
  info: ResponseInfo,
  failure: Failure,
  json: unknown,
  text: string,
  token: string | undefined,
): Outcome {
  const redactor = client.redactor;
  const retry = failure.retry ?? (isTransientStatus(response.status) ? 'if-safe' : 'never');
  const retryAfterMs = validWait(failure.retryAfterMs) ?? retryAfterFromHeaders(response.headers);
  const init: APIErrorInit = {
    vendor: client.vendor,
    status: response.status,
    // Mappers read vendor bodies: a message, code or kind of the wrong type must not break the error.
    code:
      typeof failure.code === 'number'
        ? failure.code
        : typeof failure.code === 'string'
          ? redactor.text(failure.code)
          : undefined,
    message: redactor.text(typeof failure.message === 'string' ? failure.message : `HTTP ${response.status}`),
    requestId: info.requestId,
    headers: redactor.headers(response.headers),
    // Redacted before cut (a cut could split a secret and leave part of it); a huge body is not kept parsed.
    rawBody: redactor.body(text).slice(0, MAX_RAW_BODY),
    body: json === undefined || response.body.byteLength > MAX_RAW_BODY ? undefined : redactor.value(json),
    details: failure.details ? redactor.value(failure.details) : undefined,
    operation: call.request.operation.id,
    retryAfterMs,
    retryable: retry !== 'never',
    kind: failure.kind,
  };
  const error = failure.createError ? failure.createError(init) : createAPIError(init);
  return { ok: false, error, retry, retryAfterMs, invalidToken: failure.invalidToken === true, token };
}

function validWait(ms: unknown): number | undefined {
  return typeof ms === 'number' && Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

/**
 * Milliseconds to wait from `Retry-After` (delta seconds or an HTTP date) or `retry-after-ms`;
 * undefined when absent or unparseable.
 */
export function retryAfterFromHeaders(headers: Record<string, string>, now: number = Date.now()): number | undefined {
  const ms = headers['retry-after-ms'];
  if (ms !== undefined && /^\d+(\.\d+)?$/.test(ms.trim())) return Math.ceil(Number(ms));
  const value = headers['retry-after']?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value) * 1000);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
