import { HRError } from '@hr/core';
import { type AcceptFeishuEventOptions, DEFAULT_FEISHU_SEEN_TTL_MS, acceptFeishuEvent } from './accept.js';
import {
  DEFAULT_TIMESTAMP_TOLERANCE_SECONDS,
  type FeishuEventRequest,
  type FeishuEventSecrets,
  authenticateFeishuPush,
} from './authenticate.js';
import { type FeishuEventResult, typeFeishuEvent } from './typing.js';

/** Options of `parseFeishuEvent`: the subscription's secrets, the replay check and the store app's ticket. */
export interface FeishuEventOptions extends FeishuEventSecrets, AcceptFeishuEventOptions {
  /**
   * How long an accepted event id is remembered, in ms (default: twice `toleranceSeconds`, 24 hours
   * with the default window, so a replay is refused by its id or by its timestamp).
   */
  seenTtlMs?: number | undefined;
  /**
   * The store-app client that receives the `app_ticket` events this endpoint authenticates, without
   * a `receiveAppTicket()` call of yours. Needs `encryptKey`: only a signed push may change the ticket.
   */
  appTicketClient?: AcceptFeishuEventOptions['appTicketClient'];
}

/** What is wrong with the options, if anything (a mistake of yours, thrown before looking at the push). */
function optionsProblem(options: FeishuEventOptions): string | undefined {
  if (!options?.encryptKey && !options?.verificationToken)
    return 'configure the Encrypt Key or the Verification Token of the event subscription';
  const tolerance = options.toleranceSeconds;
  if (tolerance !== undefined && !(Number.isFinite(tolerance) && tolerance > 0))
    return '"toleranceSeconds" must be a positive number of seconds';
  if (options.acceptUnsignedChallenge && !(options.encryptKey && options.verificationToken))
    return '"acceptUnsignedChallenge" needs both the Encrypt Key and the Verification Token (the token is what vouches for an unsigned challenge)';
  if (options.appTicketClient && !options.encryptKey)
    return '"appTicketClient" needs the Encrypt Key: without it a push is vouched for only by the Verification Token, which travels in clear in every push';
  return undefined;
}

/**
 * Authenticates and parses what Feishu pushed to your event endpoint
 * (https://open.feishu.cn/document/ukTMukTMukTM/uYDNxYjL2QTM24iN0EjN/event-subscription-configure-/encrypt-key-encryption-configuration-case),
 * in this order:
 *
 * 1. Authentication, before anything is decrypted. With an Encrypt Key: `X-Lark-Signature` must be
 *    hex SHA-256(timestamp + nonce + Encrypt Key + raw body) (constant time) and
 *    `X-Lark-Request-Timestamp` within `toleranceSeconds` (default 12 hours); then the body is
 *    decrypted (AES-256-CBC) and its token compared with the Verification Token when one is set.
 *    Without an Encrypt Key nothing is signed: the Verification Token in the body is checked.
 * 2. A URL-verification request comes back as `{ kind: 'challenge', response }`: answer `response`.
 *    Unsigned, it is answered only with `acceptUnsignedChallenge`.
 * 3. The event is typed (`typeFeishuEvent`): `corehr.pre_hire.updated_v1`,
 *    `corehr.pre_hire.onboarding_task_changed_v2` and `app_ticket`, and raw (`kind:
 *    'unknown_event'`) for any other type.
 * 4. Its id (`event_id`, or `uuid` for v1 events) is claimed in the seen-store: a replay or a
 *    re-delivery of an accepted event is refused. An `app_ticket` goes to `appTicketClient`.
 *
 * Rejects with `FeishuEventVerificationError`: `unauthenticated` for every failure of step 1 (one
 * message, no cause: nothing tells a bad padding from a bad signature or a wrong token) or
 * `replayed`; answer both with the same status (e.g. 401) and ignore the push. A mistake in the
 * options rejects with an `HRError` saying what to fix.
 *
 * @throws {@link FeishuEventVerificationError} `unauthenticated` when the push cannot be authenticated
 * (signature, timestamp, token, decryption: one message, no cause), `replayed` when its event was already
 * accepted.
 * @throws {@link index!HRError} naming the option when the options cannot work (no Encrypt Key or Verification
 * Token, a bad `toleranceSeconds`...), before the push is read.
 * @throws Whatever the `seenStore` or the `appTicketClient` throws (the claim is then released).
 */
export async function parseFeishuEvent(
  request: FeishuEventRequest,
  options: FeishuEventOptions,
): Promise<FeishuEventResult> {
  const problem = optionsProblem(options);
  if (problem) throw new HRError(`parseFeishuEvent: ${problem}`);
  const { payload } = authenticateFeishuPush(request, options);
  if (payload.type === 'url_verification' && typeof payload.challenge === 'string')
    return { kind: 'challenge', challenge: payload.challenge, response: { challenge: payload.challenge } };
  const tolerance = options.toleranceSeconds ?? DEFAULT_TIMESTAMP_TOLERANCE_SECONDS;
  const seenTtlMs =
    options.seenTtlMs ?? (options.toleranceSeconds === undefined ? DEFAULT_FEISHU_SEEN_TTL_MS : 2 * tolerance * 1000);
  return acceptFeishuEvent(typeFeishuEvent(payload), { ...options, seenTtlMs });
}
