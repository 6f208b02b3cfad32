import { HRError, type ValidationIssue } from '@hr/core';
import { parseWithIssues } from '@hr/core/internal';
import {
  AssessmentResultWebhookEventSchema,
  type AssessmentResultWebhookEvent,
} from '../models/assessment-result-webhook.js';

/** A webhook body that is not valid JSON or does not match the documented event. */
export class CoodeshWebhookError extends HRError {
  static override readonly brand: string = '@hr/coodesh/CoodeshWebhookError';
  /** Every failing field with its rule (`body.attempt_id`...; `(body)` when the body is not a JSON object). */
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    super(`Invalid Coodesh assessment webhook: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.issues = issues;
  }
}

/** What a webhook receiver may hand over: the raw body (string or bytes) or already parsed JSON. */
export type WebhookBody = string | Uint8Array | ArrayBuffer | Record<string, unknown>;

function decode(body: WebhookBody): unknown {
  if (typeof body !== 'string' && !(body instanceof Uint8Array) && !(body instanceof ArrayBuffer)) return body;
  const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
  try {
    return JSON.parse(text);
  } catch {
    throw new CoodeshWebhookError([{ path: '(body)', message: 'is not valid JSON', code: 'invalid_json' }]);
  }
}

/**
 * Parses and types the body Coodesh POSTs to an attempt's `webhook_url` (the assessment result event).
 * Accepts the raw request body or an already parsed object. Throws {@link CoodeshWebhookError} naming
 * each malformed field (`attempt_id` and `status` are required strings; `score` is a number or a string).
 * Unknown fields and unknown statuses are kept.
 *
 * @example
 * const event = parseAssessmentResultWebhook(rawBody);
 * if (event.status === 'finished') await client.ats.attempts.retrieve(event.attempt_id);
 *
 * @throws {@link CoodeshWebhookError} naming each malformed field when the body is not JSON, not an object,
 * or `attempt_id`, `status` or `score` has the wrong type.
 */
export function parseAssessmentResultWebhook(body: WebhookBody): AssessmentResultWebhookEvent {
  const value = decode(body);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CoodeshWebhookError([{ path: '(body)', message: 'must be a JSON object', code: 'invalid_type' }]);
  }
  const parsed = parseWithIssues(AssessmentResultWebhookEventSchema(), value, 'body');
  if (!parsed.success) throw new CoodeshWebhookError(parsed.issues);
  return parsed.data;
}
