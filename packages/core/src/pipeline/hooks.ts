import type { ResponseInfo } from '../client/api-promise.js';
import type { ClientHooks } from '../client/options.js';
import type { HRError } from '../errors/hr-error.js';
import type { CallState } from './call.js';
import type { ClientContext } from './context.js';

/** Tells the `beforeRequest` hook and the debug log that an attempt is about to be sent (redacted). */
export async function emitRequest(
  client: ClientContext,
  call: CallState,
  headers: Record<string, string>,
): Promise<void> {
  if (!client.hooks.beforeRequest && !client.log.enabled('debug')) return;
  const { method, id } = call.request.operation;
  const event = {
    operation: id,
    method,
    url: client.redactor.url(call.url),
    headers: client.redactor.headers(headers),
    attempt: call.attempt,
  };
  client.log.debug(`→ ${method} ${event.url}`, { operation: id, attempt: call.attempt, headers: event.headers });
  await runHook(client, 'beforeRequest', () => client.hooks.beforeRequest?.(event));
}

/** Tells the `afterResponse` hook and the debug log that an answer was read (redacted). */
export async function emitResponse(
  client: ClientContext,
  call: CallState,
  info: ResponseInfo,
  durationMs: number,
): Promise<void> {
  if (!client.hooks.afterResponse && !client.log.enabled('debug')) return;
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
  await runHook(client, 'afterResponse', () => client.hooks.afterResponse?.(event));
}

/** Logs a call's final failure and tells the `onError` hook; returns the error to reject with. */
export async function reportError(
  client: ClientContext,
  operation: string,
  error: HRError,
  attempt: number,
): Promise<HRError> {
  client.log.debug(`✗ ${operation} failed: ${error.message}`);
  await runHook(client, 'onError', () => client.hooks.onError?.(error, { operation, attempt }));
  return error;
}

/** Runs a user hook; a hook that throws is logged (redacted) and otherwise ignored. */
async function runHook(client: ClientContext, name: keyof ClientHooks, run: () => unknown): Promise<void> {
  try {
    await run();
  } catch (error) {
    client.log.warn(`The ${name} hook threw; ignoring it: ${client.redactor.text(String(error))}`);
  }
}
