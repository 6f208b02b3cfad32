import { HRError } from './hr-error.js';

/** The request could not reach the vendor, or the connection broke before a full answer arrived. */
export class ConnectionError extends HRError {
  static override readonly brand: string = '@hr/core/ConnectionError';
  /** True when the failure happened before the request was sent (safe to retry any write). */
  readonly notSent: boolean;
  /** The low-level error code, e.g. `ECONNREFUSED` or `UND_ERR_SOCKET`. */
  readonly code: string | undefined;
  /** The operation that failed, e.g. `candidates.list`, once the call gave up. */
  readonly operation: string | undefined;
  /** How many attempts were made before the call gave up. */
  readonly attempts: number | undefined;

  constructor(
    message: string,
    options: {
      cause?: unknown;
      notSent: boolean;
      code?: string | undefined;
      operation?: string | undefined;
      attempts?: number | undefined;
    },
  ) {
    super(message, { cause: options.cause });
    this.notSent = options.notSent;
    this.code = options.code;
    this.operation = options.operation;
    this.attempts = options.attempts;
  }
}

/** An attempt did not complete within its `timeout`, or the call within its `deadline`. */
export class TimeoutError extends ConnectionError {
  static override readonly brand: string = '@hr/core/TimeoutError';
}

/**
 * The response body grew past `maxResponseBytes`: reading stopped there and the connection was
 * dropped. Not retried (the same answer would come again).
 */
export class ResponseTooLargeError extends HRError {
  static override readonly brand: string = '@hr/core/ResponseTooLargeError';
  /** The limit that was exceeded, in bytes. */
  readonly limit: number;
  /** The `content-length` the server declared, when it declared one. */
  readonly declaredLength: number | undefined;

  constructor(limit: number, declaredLength?: number) {
    super(
      declaredLength === undefined
        ? `The response body exceeded maxResponseBytes (${limit} bytes); reading stopped there`
        : `The response declared ${declaredLength} bytes, more than maxResponseBytes (${limit}); nothing was read`,
    );
    this.limit = limit;
    this.declaredLength = declaredLength;
  }
}

/** The caller's `signal` aborted the call. */
export class AbortError extends HRError {
  static override readonly brand: string = '@hr/core/AbortError';
}

/** One rule a value broke: the dotted path of the field and what was wrong. */
export interface ValidationIssue {
  /** Dotted path of the failing field, e.g. `body.usersInfo.3.email`. */
  path: string;
  /** What rule was broken, in words. */
  message: string;
  /** A machine-readable code for the rule (zod's issue code or a vendor rule name). */
  code: string;
}

/** Issues spelled out in an error message; the rest are counted (all of them stay on `issues`). */
const ISSUES_IN_MESSAGE = 20;

function listIssues(issues: readonly ValidationIssue[]): string {
  const shown = issues.slice(0, ISSUES_IN_MESSAGE).map((i) => `${i.path || '(root)'}: ${i.message}`);
  const more = issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more issue(s)` : '');
}

/** The input broke a documented rule. Nothing was sent. */
export class InputValidationError extends HRError {
  static override readonly brand: string = '@hr/core/InputValidationError';
  /** Every failing field with its rule. */
  readonly issues: readonly ValidationIssue[];
  /** The operation whose input was refused. */
  readonly operation: string | undefined;

  constructor(issues: readonly ValidationIssue[], operation?: string, note?: string) {
    super(
      `Invalid input${operation ? ` for ${operation}` : ''} (nothing was sent): ${listIssues(issues)}${note ? ` (${note})` : ''}`,
    );
    this.issues = issues;
    this.operation = operation;
  }
}

/** The vendor's answer did not match the documented shape. The raw data is kept on `data`. */
export class ResponseValidationError extends HRError {
  static override readonly brand: string = '@hr/core/ResponseValidationError';
  /** Every mismatching field. */
  readonly issues: readonly ValidationIssue[];
  /** The response data as received (secrets redacted). */
  readonly data: unknown;
  /** The operation whose response did not match. */
  readonly operation: string | undefined;

  constructor(issues: readonly ValidationIssue[], data: unknown, operation?: string) {
    super(`Unexpected response shape${operation ? ` from ${operation}` : ''}: ${listIssues(issues)}`);
    this.issues = issues;
    this.data = data;
    this.operation = operation;
  }
}

/** Listing could not continue safely (a repeated cursor, a missing cursor, too many pages). */
export class PaginationError extends HRError {
  static override readonly brand: string = '@hr/core/PaginationError';
}

/** A batched write failed part-way: says what was applied and what was not. */
export class BatchError<T = unknown> extends HRError {
  static override readonly brand: string = '@hr/core/BatchError';
  /** Zero-based index of the batch that failed. */
  readonly failedBatchIndex: number;
  /** Number of batches in the whole write. */
  readonly batchCount: number;
  /** Items of the batches that completed before the failure: applied. */
  readonly applied: readonly T[];
  /** Items of the failing batch. See the vendor's docs (and `details`) for what it kept of them. */
  readonly failedBatch: readonly T[];
  /** Items of the batches after the failing one: never sent. */
  readonly notSent: readonly T[];
  /** The answers of the batches that completed before the failure, in order (what each applied, when the vendor says). */
  readonly completed: readonly unknown[];
  /** Vendor-specific facts about the failing batch. */
  readonly details: Record<string, unknown>;

  constructor(init: {
    message?: string;
    failedBatchIndex: number;
    batchCount: number;
    applied: readonly T[];
    failedBatch: readonly T[];
    notSent: readonly T[];
    cause: unknown;
    completed?: readonly unknown[];
    details?: Record<string, unknown>;
  }) {
    const reason = init.cause instanceof Error ? init.cause.message : String(init.cause);
    super(
      init.message ??
        `Batch ${init.failedBatchIndex + 1} of ${init.batchCount} failed: ${reason}. ` +
          `${init.applied.length} item(s) in earlier batches were applied; ` +
          `${init.failedBatch.length} item(s) in the failing batch; ${init.notSent.length} item(s) were not sent.`,
      { cause: init.cause },
    );
    this.failedBatchIndex = init.failedBatchIndex;
    this.batchCount = init.batchCount;
    this.applied = init.applied;
    this.failedBatch = init.failedBatch;
    this.notSent = init.notSent;
    this.completed = init.completed ?? [];
    this.details = init.details ?? {};
  }
}
