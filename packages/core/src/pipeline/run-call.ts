import type { WithResponse } from '../client/api-promise.js';
import { attempt } from './attempt.js';
import { CallState } from './call.js';
import type { ClientContext } from './context.js';
import { reportError } from './hooks.js';
import { finalError } from './final-error.js';
import { toHRError } from './outcome.js';
import type { PreparedRequest } from './prepare.js';
import { withRetries } from './retry.js';
import { withTokenReplay } from './token-replay.js';
import { validateOutput } from './validate-output.js';

/** The stages around one attempt: retries outside, the single invalid-token replay inside them. */
const exchange = withRetries(withTokenReplay(attempt));

/** Where `asResponse()` finds the last HTTP answer of a call. */
export interface RawResponseSlot {
  /** The call, once it started. */
  call?: CallState | undefined;
}

/**
 * Runs a prepared call to its end: queued in its serial lane if it has one, then the exchange with its
 * retries and replay, then output validation. Resolves with the data and response facts, or rejects
 * with the final HRError (after telling the `onError` hook).
 */
export async function runCall(
  client: ClientContext,
  request: PreparedRequest,
  queryPatch: Record<string, unknown> = {},
  slot?: RawResponseSlot,
): Promise<WithResponse<unknown>> {
  const call = new CallState(client, request, queryPatch, slot !== undefined);
  if (slot) slot.call = call;
  try {
    const lane = request.operation.serial;
    return await (lane
      ? client.lanes.run(lane, () => exchangeAndValidate(client, call), request.signal)
      : exchangeAndValidate(client, call));
  } catch (error) {
    throw await reportError(client, call.operationId, finalError(toHRError(error), call), call.attempt, request.signal);
  }
}

/** The exchange with its retries and replay, then output validation. */
async function exchangeAndValidate(client: ClientContext, call: CallState): Promise<WithResponse<unknown>> {
  const outcome = await exchange(client, call);
  if (!outcome.ok) throw outcome.error;
  return { data: validateOutput(client, call.request.operation, outcome.data), response: outcome.info };
}
