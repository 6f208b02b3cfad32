import type { MappedResponse, ResponseContext } from '@hr/core/internal';

/**
 * A Coodesh error body. The API is a NestJS application: errors arrive as
 * `{ statusCode, message, error }` where `message` is a string or, for validation failures, a list
 * of strings; some answers (e.g. a missing credential, an unknown route) carry only `{ message }`.
 */
export interface CoodeshErrorBody {
  /** HTTP status repeated in the body. */
  statusCode?: number;
  /** What went wrong: one message, or one message per failed rule. */
  message?: string | string[];
  /** The HTTP reason phrase, e.g. `Bad Request`. */
  error?: string;
}

function messagesOf(body: CoodeshErrorBody | null): string[] {
  const message = body?.message;
  if (typeof message === 'string' && message !== '') return [message];
  if (Array.isArray(message)) return message.filter((m): m is string => typeof m === 'string' && m !== '');
  return [];
}

/**
 * Coodesh's failure policy: 2xx bodies are the data as they are; error statuses become the core's
 * APIError subclasses by status (the documented 400, 401, 403, 404, 409, 422, 429 and 5xx), with
 * the NestJS `message` (a list is joined with "; " and kept on `error.details.messages`) and the
 * reason phrase `error` as the error code.
 */
export function mapCoodeshResponse(ctx: ResponseContext): MappedResponse {
  if (ctx.status >= 200 && ctx.status < 300) return ctx.ok(ctx.json);
  const body =
    typeof ctx.json === 'object' && ctx.json !== null && !Array.isArray(ctx.json)
      ? (ctx.json as CoodeshErrorBody)
      : null;
  const messages = messagesOf(body);
  const message =
    messages.length > 0 ? messages.join('; ') : typeof body?.error === 'string' ? body.error : `HTTP ${ctx.status}`;
  return ctx.fail({
    message,
    code: typeof body?.error === 'string' ? body.error : undefined,
    details: Array.isArray(body?.message) ? { messages } : undefined,
  });
}
