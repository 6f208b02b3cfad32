import { abortable } from '../async/abort.js';
import type { HRError } from '../errors/hr-error.js';
import type { CallState, ClientContext, ClientHooks, ResponseInfo } from './types.js';

/**
 * Tells the `beforeRequest` hook and the debug log that an attempt is about to be sent (redacted).
 * `send` calls it only when one of them listens.
 */
export async function emitRequest(
  client: ClientContext,
  call: CallState,
  headers: Record<string, string>,
): Promise<void> {
  const { method, id } = call.request.operation;
  const url = client.redactor.url(call.url);
  const event = { operation: id, method, url, headers: client.redactor.headers(headers), attempt: call.attempt };
  client.log.debug(`→ ${method} ${url}`, { operation: id, attempt: call.attempt, headers: event.headers });
  await runHook(client, 'beforeRequest', () => client.hooks.beforeRequest?.(event), call.request.signal);
}

/**
 * Tells the `afterResponse` hook and the debug log that an answer was read (redacted). `send` calls
 * it only when one of them listens.
 */
export async function emitResponse(
  client: ClientContext,
  call: CallState,
  info: ResponseInfo,
  durationMs: number,
): Promise<void> {
  const { method, id } = call.request.operation;
  const event = {
    operation: id,
    method,
    url: client.redactor.url(call.url),
    ...info,
    durationMs,
    attempt: call.attempt,
  };
  client.log.debug(`← ${info.status} ${method} ${event.url} (${durationMs} ms)`, {
    operation: id,
    requestId: info.requestId,
  });
  await runHook(client, 'afterResponse', () => client.hooks.afterResponse?.(event), call.request.signal);
}

/**
 * Logs a call's final failure and tells the `onError` hook; returns the error to reject with. An
 * aborted call does not wait for the hook.
 */
export async function reportError(
  client: ClientContext,
  operation: string,
  error: HRError,
  attempt: number,
  signal: AbortSignal | undefined,
): Promise<HRError> {
  client.log.debug(`✗ ${operation} failed: ${error.message}`);
  try {
    await runHook(client, 'onError', () => client.hooks.onError?.(error, { operation, attempt }), signal);
  } catch {
    // Aborted while the hook ran: the call settles now, with its own error.
  }
  return error;
}

/**
 * Runs a user hook. One that throws is logged (redacted) and otherwise ignored; an abort of the call
 * stops waiting for it at once (rejecting with AbortError).
 */
async function runHook(
  client: ClientContext,
  name: keyof ClientHooks,
  run: () => unknown,
  signal: AbortSignal | undefined,
): Promise<void> {
  const hook = (async () => {
    try {
      await run();
    } catch (error) {
      client.log.warn(`The ${name} hook threw; ignoring it: ${client.redactor.text(printable(error))}`);
    }
  })();
  await abortable(hook, signal, `The request was aborted while the ${name} hook ran`);
}

/** A thrown value as text, even one whose toString throws. */
function printable(error: unknown): string {
  try {
    return String(error);
  } catch {
    return 'a value that cannot be printed';
  }
}
