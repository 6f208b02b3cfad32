import { type ReplayOptions, claimPush } from '@hr/core/webhooks';
import { FeishuEventVerificationError } from './errors.js';
import type { AppTicketEvent } from './payloads.js';
import type { FeishuEvent } from './typing.js';

/**
 * How long an accepted event id is remembered by default, in ms: 24 hours, twice the default
 * timestamp window (a push is accepted within 12 hours either side of its timestamp) and more than
 * Feishu's 7.1-hour re-delivery schedule.
 */
export const DEFAULT_FEISHU_SEEN_TTL_MS = 24 * 60 * 60 * 1000;

/** Where `app_ticket` events go: a store-app `FeishuCoreHRClient` (its `receiveAppTicket`). */
export interface AppTicketReceiver {
  /** Keeps a ticket Feishu pushed (see `FeishuCoreHRClient.receiveAppTicket`). */
  receiveAppTicket(ticket: AppTicketEvent): Promise<void>;
}

/** Options of `acceptFeishuEvent`. */
export interface AcceptFeishuEventOptions extends ReplayOptions {
  /**
   * The store-app client that receives the `app_ticket` events (`receiveAppTicket` is called for
   * you). Hand over only events you authenticated.
   */
  appTicketClient?: AppTicketReceiver | undefined;
}

/**
 * Accepts a typed, authenticated event once: its `id` is claimed in the seen-store (key
 * `feishu:<id>`, default TTL 24 hours), a repeat is refused (`FeishuEventVerificationError`,
 * `replayed`), and an `app_ticket` event is handed to `appTicketClient` when one is given. Resolves
 * with the event and its `seenKey`. If the ticket cannot be stored the claim is released (a
 * re-delivery will be accepted) and the error propagates.
 *
 * @throws {@link FeishuEventVerificationError} `replayed` when the event's id was already claimed.
 * @throws Whatever the `seenStore` or the `appTicketClient` throws (a failed ticket hand-over releases the
 * claim).
 */
export async function acceptFeishuEvent(
  event: FeishuEvent,
  options: AcceptFeishuEventOptions = {},
): Promise<FeishuEvent> {
  const claim = await claimPush(options, `feishu:${event.id}`, DEFAULT_FEISHU_SEEN_TTL_MS);
  if (claim.replayed) throw new FeishuEventVerificationError('replayed');
  const accepted = { ...event, seenKey: claim.seenKey };
  if (options.appTicketClient && accepted.kind === 'event' && accepted.type === 'app_ticket') {
    try {
      await options.appTicketClient.receiveAppTicket(accepted.event);
    } catch (error) {
      await claim.release();
      throw error;
    }
  }
  return accepted;
}
