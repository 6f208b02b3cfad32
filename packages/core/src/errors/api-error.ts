import { HRError } from './hr-error.js';

/** How a vendor failure is classified; picks the APIError subclass. */
export type APIErrorKind =
  | 'authentication'
  | 'permission'
  | 'not_found'
  | 'conflict'
  | 'invalid_request'
  | 'rate_limit'
  | 'server'
  | 'invalid_response'
  | 'unknown';

/** Everything known about a failed vendor response. Header and body values are already redacted. */
export interface APIErrorInit {
  /** The vendor, e.g. `moka`. */
  vendor: string;
  /** HTTP status of the response. */
  status: number;
  /** The vendor's own error code, when it sends one. */
  code?: string | number | undefined;
  /** The vendor's error message (or a description of the unusable response). */
  message: string;
  /** The vendor's request id (e.g. Feishu `x-tt-logid`), for support tickets. */
  requestId?: string | undefined;
  /** Response headers, lower-cased, secrets redacted. */
  headers: Record<string, string>;
  /** The raw response body text, secrets redacted. */
  rawBody: string;
  /** The parsed JSON body, secrets redacted; undefined when the body was not JSON. */
  body?: unknown;
  /** Vendor-specific extra fields (e.g. a conflicting candidate's uid). */
  details?: Record<string, unknown> | undefined;
  /** The operation that failed, e.g. `candidates.list`. */
  operation?: string | undefined;
  /** Milliseconds the vendor asked us to wait before retrying, when it said so. */
  retryAfterMs?: number | undefined;
  /** Whether the failure is transient (the request may succeed if retried). */
  retryable?: boolean | undefined;
  /** The classification used to pick the subclass. */
  kind?: APIErrorKind | undefined;
}

/** A vendor answered, but with a failure (an error status or an error envelope). */
export class APIError extends HRError {
  static override readonly brand: string = '@hr/core/APIError';
  /** The vendor, e.g. `moka`. */
  readonly vendor: string;
  /** HTTP status of the response. */
  readonly status: number;
  /** The vendor's own error code, when it sends one. */
  readonly code: string | number | undefined;
  /** The vendor's request id, when it sends one. */
  readonly requestId: string | undefined;
  /** Response headers, lower-cased, secrets redacted. */
  readonly headers: Record<string, string>;
  /** The raw response body text, secrets redacted. */
  readonly rawBody: string;
  /** The parsed JSON body (secrets redacted), or undefined when the body was not JSON. */
  readonly body: unknown;
  /** Vendor-specific extra fields. */
  readonly details: Record<string, unknown>;
  /** The operation that failed. */
  readonly operation: string | undefined;
  /** Milliseconds the vendor asked us to wait before retrying, when it said so. */
  readonly retryAfterMs: number | undefined;
  /** Whether the failure is transient. */
  readonly retryable: boolean;
  /** The vendor's message, without the context prefix of `message`. */
  readonly vendorMessage: string;
  /** The classification of this failure. */
  readonly kind: APIErrorKind;

  constructor(init: APIErrorInit) {
    super(formatMessage(init));
    this.vendor = init.vendor;
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.headers = init.headers;
    this.rawBody = init.rawBody;
    this.body = init.body;
    this.details = init.details ?? {};
    this.operation = init.operation;
    this.retryAfterMs = init.retryAfterMs;
    this.kind = init.kind ?? kindFromStatus(init.status);
    this.retryable = init.retryable ?? isTransientStatus(init.status);
    this.vendorMessage = init.message;
  }
}

function formatMessage(init: APIErrorInit): string {
  const code = init.code === undefined || init.code === '' ? '' : ` (code ${init.code})`;
  const op = init.operation ? ` in ${init.operation}` : '';
  const id = init.requestId ? ` [request id ${init.requestId}]` : '';
  return `${init.vendor} ${init.status}${code}${op}: ${init.message}${id}`;
}

/** 408, 429 and 5xx are transient by default. */
export function isTransientStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** The default classification of an HTTP status. */
export function kindFromStatus(status: number): APIErrorKind {
  if (status === 401) return 'authentication';
  if (status === 403) return 'permission';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limit';
  if (status === 400 || status === 422) return 'invalid_request';
  if (status >= 500) return 'server';
  return 'unknown';
}

/** The credentials were missing, wrong or expired (401, or the vendor's equivalent code). */
export class AuthenticationError extends APIError {
  static override readonly brand: string = '@hr/core/AuthenticationError';
}
/** The credentials are valid but may not do this (403). */
export class PermissionDeniedError extends APIError {
  static override readonly brand: string = '@hr/core/PermissionDeniedError';
}
/** The resource does not exist (404). */
export class NotFoundError extends APIError {
  static override readonly brand: string = '@hr/core/NotFoundError';
}
/** The request conflicts with the vendor's state, e.g. a duplicate (409). */
export class ConflictError extends APIError {
  static override readonly brand: string = '@hr/core/ConflictError';
}
/** The vendor rejected the request's content (400, 422, or a vendor validation code). */
export class InvalidRequestError extends APIError {
  static override readonly brand: string = '@hr/core/InvalidRequestError';
}
/** Too many requests (429 or a vendor rate-limit code). `retryAfterMs` says how long to wait, when known. */
export class RateLimitError extends APIError {
  static override readonly brand: string = '@hr/core/RateLimitError';
}
/** The vendor failed (5xx). */
export class ServerError extends APIError {
  static override readonly brand: string = '@hr/core/ServerError';
}

const CLASS_BY_KIND: Record<APIErrorKind, new (init: APIErrorInit) => APIError> = {
  authentication: AuthenticationError,
  permission: PermissionDeniedError,
  not_found: NotFoundError,
  conflict: ConflictError,
  invalid_request: InvalidRequestError,
  rate_limit: RateLimitError,
  server: ServerError,
  invalid_response: APIError,
  unknown: APIError,
};

/** Builds the APIError subclass that matches `init.kind` (or the HTTP status when no kind is given). */
export function createAPIError(init: APIErrorInit): APIError {
  const kind =
    init.kind !== undefined && Object.hasOwn(CLASS_BY_KIND, init.kind) ? init.kind : kindFromStatus(init.status);
  return new CLASS_BY_KIND[kind]({ ...init, kind });
}
