import type { APIError, APIErrorInit, APIErrorKind } from '../errors/api-error.js';

/**
 * How a failure may be retried: `never`; `if-safe`, only when sending the request again cannot apply
 * it twice (an idempotent operation, an idempotency token, or nothing sent); `always`, because the
 * vendor applied nothing (a rate-limit refusal, a "busy, try again" answer), even for a POST.
 */
export type RetryVerdict = 'never' | 'if-safe' | 'always';

/**
 * Everything the request path needs to know about a vendor's failure, decided in one place by the
 * vendor's response mapper: what it is, whether and when to retry it, and whether the credential was
 * refused.
 */
export interface Failure {
  /** The vendor's message. */
  message: string;
  /** The vendor's error code. */
  code?: string | number | undefined;
  /** The classification (picks the APIError subclass); default: from the HTTP status. */
  kind?: APIErrorKind | undefined;
  /** Whether and how to retry; default: `if-safe` for 408, 429 and 5xx, else `never`. */
  retry?: RetryVerdict | undefined;
  /** The vendor refused the credential: it is dropped and the call replayed once with a fresh one. */
  invalidToken?: boolean | undefined;
  /** Milliseconds to wait before retrying; default: the `Retry-After` / `retry-after-ms` headers. */
  retryAfterMs?: number | undefined;
  /** Vendor-specific fields to expose on `error.details`. */
  details?: Record<string, unknown> | undefined;
  /** Builds a vendor-specific APIError subclass from the redacted init (default: by `kind`). */
  createError?: ((init: APIErrorInit) => APIError) | undefined;
}

/** What a response mapper decides: the call's data, or the one description of its failure. */
export type MappedResponse = { ok: true; data: unknown } | { ok: false; failure: Failure };

/** A response, as handed to the vendor's response mapper. */
export interface ResponseContext {
  /** HTTP status. */
  status: number;
  /** Headers, lower-cased (not redacted: the mapper may need them; errors get redacted copies). */
  headers: Record<string, string>;
  /** The parsed JSON body. */
  json: unknown;
  /** The raw body text. */
  text: string;
  /** The operation being called. */
  operation: { id: string; method: string; path: string };
  /** Success: the call resolves with `data`. */
  ok(data: unknown): MappedResponse;
  /** Failure: the call rejects with the APIError this failure describes (after any retries). */
  fail(failure: Failure): MappedResponse;
}

/**
 * Reads a vendor's answer (its envelope: `{ code, msg, data }`, `{ success, errorMessage }`...) and
 * returns the call's data or the one `Failure` it describes. Declared once per vendor
 * (`VendorConfig.mapResponse`) and, for an endpoint that answers differently, per operation
 * (`OperationConfig.mapResponse`).
 */
export type ResponseMapper = (context: ResponseContext) => MappedResponse;

/** The mapper used when a vendor gives none: 2xx is data, anything else a failure with `message`. */
export const defaultResponseMapper: ResponseMapper = (ctx) => {
  if (ctx.status >= 200 && ctx.status < 300) return ctx.ok(ctx.json);
  const body = ctx.json as { message?: unknown; code?: unknown } | null;
  const message = typeof body?.message === 'string' ? body.message : `HTTP ${ctx.status}`;
  const code = typeof body?.code === 'string' || typeof body?.code === 'number' ? body.code : undefined;
  return ctx.fail({ message, code });
};
