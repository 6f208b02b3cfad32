import type { APIError, APIErrorInit, APIErrorKind } from '../errors/api-error.js';

/** What a vendor envelope mapper decides: the call's data, or the error to raise. */
export type EnvelopeResult = { ok: true; data: unknown } | { ok: false; error: APIError };

/** What a vendor's failure looks like, in its own terms. */
export interface FailureDescription {
  /** The vendor's message. */
  message: string;
  /** The vendor's error code. */
  code?: string | number | undefined;
  /** Overrides the classification the HTTP status would give (e.g. an auth failure sent as HTTP 200). */
  kind?: APIErrorKind | undefined;
  /** Overrides whether the failure is transient. */
  retryable?: boolean | undefined;
  /** Vendor-specific fields to expose on `error.details`. */
  details?: Record<string, unknown> | undefined;
}

/** A response, as handed to the vendor's envelope mapper. */
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
  ok(data: unknown): EnvelopeResult;
  /** Failure: the call rejects with the APIError subclass matching `kind` (or the status). */
  fail(failure: FailureDescription): EnvelopeResult;
  /** The full, redacted init of an APIError, for vendor-specific error subclasses. */
  errorInit(failure: FailureDescription): APIErrorInit;
}

/** Maps a vendor's response body to data or an error. */
export type EnvelopeMapper = (context: ResponseContext) => EnvelopeResult;

/** The mapper used when a vendor gives none: 2xx is data, anything else an error from `message`. */
export const defaultEnvelope: EnvelopeMapper = (ctx) => {
  if (ctx.status >= 200 && ctx.status < 300) return ctx.ok(ctx.json);
  const body = ctx.json as { message?: unknown; code?: unknown } | null;
  const message = typeof body?.message === 'string' ? body.message : `HTTP ${ctx.status}`;
  const code = typeof body?.code === 'string' || typeof body?.code === 'number' ? body.code : undefined;
  return ctx.fail({ message, code });
};
