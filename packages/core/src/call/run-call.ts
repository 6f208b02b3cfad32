import { sleep } from '../async/abort.js';
import { AbortError, ConnectionError, TimeoutError } from '../errors/client-errors.js';
import { HRError } from '../errors/hr-error.js';
import { releaseBody } from '../transport/response-reader.js';
import { authorize } from './authorize.js';
import { reportError } from './hooks.js';
import { interpret } from './interpret.js';
import { send } from './send.js';
import type {
  CallState,
  ClientContext,
  Failed,
  Outcome,
  PreparedRequest,
  RawResponseSlot,
  WithResponse,
} from './types.js';
import { joinUrl, serializeQuery } from './prepare.js';
import { validateOutput } from './validate.js';

/** Backoff when the vendor gave no wait: 0.5 s doubling to 8 s, with up to 25 % jitter taken off. */
const INITIAL_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;

/**
 * Runs a prepared call (stage 1, `prepare`, is done) to its end, in this order:
 *
 * - the call waits for its turn in its serial lane, when its operation names one;
 * - attempts follow one another (`attempts`): each one authorizes, sends and interprets the answer
 *   (`attempt`); a refused token is dropped and the attempt replayed once with a fresh one; a failure
 *   the verdict allows is retried after the vendor's wait or a backoff;
 * - the data of the successful attempt is validated against the documented schema (stage 5).
 *
 * Resolves with the data and the response facts, or rejects with the final HRError, told in the
 * caller's terms (`finalError`), after the `onError` hook heard it.
 */
export async function runCall(
  client: ClientContext,
  request: PreparedRequest,
  queryPatch: Record<string, unknown> = {},
  slot?: RawResponseSlot,
): Promise<WithResponse<unknown>> {
  const query = serializeQuery({ ...request.query, ...queryPatch }, request.operation.arrayFormat);
  const call: CallState = {
    request,
    url: joinUrl(client.baseUrl, request.path, query),
    attempt: 0,
    replayed: false,
    lastResponse: undefined,
    keepsResponse: slot !== undefined,
  };
  if (slot) slot.call = call;
  try {
    const lane = request.operation.serial;
    return await (lane ? client.lanes.run(lane, () => attempts(client, call), request.signal) : attempts(client, call));
  } catch (error) {
    const final = finalError(toHRError(error), call);
    throw await reportError(client, request.operation.id, final, call.attempt, request.signal);
  }
}

/**
 * Attempts until one succeeds or a failure is final, then validates the data. The invalid-token
 * replay repeats an attempt without counting it as a retry; retries wait what the vendor asked
 * (`retryAfterMs`) or an exponential backoff, within `maxRetries` and, in total, `maxRetryWait`.
 */
async function attempts(client: ClientContext, call: CallState): Promise<WithResponse<unknown>> {
  const { operation, signal, maxRetries } = call.request;
  let waited = 0;
  for (;;) {
    const outcome = await attempt(client, call);
    if (outcome.ok) return { data: validateOutput(client, operation, outcome.data), response: outcome.info };
    if (mayReplay(client, call, outcome)) {
      // Exactly the refused token is dropped: a fresher one fetched meanwhile by another call is kept.
      call.replayed = true;
      client.log.info(`${operation.id}: the vendor refused the token; refreshing it and replaying once`, {
        code: (outcome.error as { code?: unknown }).code,
      });
      await client.auth.invalidate!(outcome.token);
      continue;
    }
    const delay = retryDelay(outcome, call);
    if (delay === undefined || waited + delay > client.maxRetryWait) throw outcome.error;
    client.log.info(
      `${operation.id}: retrying in ${delay} ms (retry ${call.attempt + 1} of ${maxRetries}) after: ${outcome.error.message}`,
    );
    try {
      await sleep(delay, signal);
    } catch (reason) {
      throw new AbortError('The request was aborted while waiting to retry', { cause: reason });
    }
    waited += delay;
    call.attempt++;
  }
}

/**
 * One attempt: stage 2 (authorize), stage 3 (send) and stage 4 (interpret). Failures come back as
 * outcomes, for `attempts` to decide what follows.
 */
async function attempt(client: ClientContext, call: CallState): Promise<Outcome> {
  const { operation, headers: own, body } = call.request;
  const headers: Record<string, string> = { ...client.headers, ...own };
  if (body?.contentType) headers['content-type'] = body.contentType;
  let token: string | undefined;
  if (operation.auth) {
    const authorized = await authorize(client, call, headers);
    if (!authorized.ok) return authorized;
    token = authorized.token;
  }
  try {
    const response = await send(client, call, headers);
    if (!call.keepsResponse) {
      // Nobody can ask for this answer once it is interpreted (a listing's page): let go of its bytes.
      const outcome = interpret(client, call, response, token);
      releaseBody(response);
      return outcome;
    }
    call.lastResponse = response;
    return interpret(client, call, response, token);
  } catch (error) {
    return failedWith(error, token);
  }
}

/** The vendor refused the credential, and the call may still replay once with a fresh one. */
function mayReplay(client: ClientContext, call: CallState, failure: Failed): boolean {
  return failure.invalidToken && !call.replayed && call.request.operation.auth && client.auth.invalidate !== undefined;
}

/** How long to wait before retrying, or undefined when the failure must not be retried. */
function retryDelay(failure: Failed, call: CallState): number | undefined {
  if (call.attempt >= call.request.maxRetries || failure.retry === 'never') return undefined;
  if (failure.retry === 'if-safe' && !call.request.safeToRepeat) return undefined;
  return failure.retryAfterMs ?? backoffDelay(call.attempt);
}

/** The wait before retry number `attempt` (0-based) when the vendor gave no hint. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_DELAY_MS, INITIAL_DELAY_MS * 2 ** attempt);
  return Math.round(base * (1 - 0.25 * random()));
}

/** A failure the SDK raised itself (transport, abort, a bug), with the verdict its kind implies. */
function failedWith(caught: unknown, token: string | undefined): Failed {
  const error = toHRError(caught);
  // Nothing reached the vendor: safe to send again, even a POST. A broken exchange only if repeating is
  // safe. Anything else (an abort, a response too large, a bug) is final.
  const retry = ConnectionError.isInstance(error) ? (error.notSent ? 'always' : 'if-safe') : 'never';
  return { ok: false, error, retry, retryAfterMs: undefined, invalidToken: false, token };
}

/** Anything thrown inside a call becomes an HRError (unexpected bugs keep their cause). */
function toHRError(error: unknown): HRError {
  if (HRError.isInstance(error)) return error;
  return new HRError(error instanceof Error ? error.message : String(error), { cause: error });
}

/**
 * The error a call rejects with, told in the caller's terms: a transport failure names the operation
 * and how many attempts were made; an abort caused by the call's `deadline` (not by the caller's own
 * signal) is a TimeoutError saying so.
 */
function finalError(error: HRError, call: CallState): HRError {
  const { operation, deadline } = call.request;
  const attempts = call.attempt + 1;
  const tried = `${attempts} attempt${attempts === 1 ? '' : 's'}`;
  if (deadline?.signal.aborted && AbortError.isInstance(error)) {
    return new TimeoutError(`${operation.id} did not finish within its deadline of ${deadline.ms} ms (${tried})`, {
      cause: error,
      notSent: false,
      code: 'DEADLINE',
      operation: operation.id,
      attempts,
    });
  }
  if (ConnectionError.isInstance(error) && error.operation === undefined) {
    const options = { cause: error.cause, notSent: error.notSent, code: error.code, operation: operation.id, attempts };
    const message = `${operation.id} failed after ${tried}: ${error.message}`;
    return TimeoutError.isInstance(error) ? new TimeoutError(message, options) : new ConnectionError(message, options);
  }
  return error;
}
