import { acceptFeishuEvent } from '@hr/feishu-corehr/events';
import { FeishuLongConnection, type FeishuLongConnectionOptions } from '@hr/feishu-corehr/ws';
import type { HireToOnboardService } from '../service.js';
import { PushClaim } from './push-claim.js';

/** The custom app's credentials and where Feishu is (the rest of the connection's options are the service's). */
export type LongConnectionTarget = Pick<FeishuLongConnectionOptions, 'appId' | 'appSecret' | 'domain' | 'baseUrl'>;

/**
 * Feishu's events over the long connection (`@hr/feishu-corehr/ws`) instead of HTTP pushes: the
 * same typed events reach `service.takeFeishuEvent`, taken once through the same seen-store and
 * checkpoint as the HTTP route's. The connection's own replay check is off (`seenStore: false`):
 * the service claims each event id itself, after recording what the event asks for (`PushClaim`),
 * so a process killed in between does not lose the event. An event is acknowledged once recorded;
 * a failure to record it is acknowledged as failed, and Feishu delivers it again.
 */
export function feishuLongConnection(
  service: HireToOnboardService,
  target: LongConnectionTarget,
): FeishuLongConnection {
  return new FeishuLongConnection({
    ...target,
    seenStore: false,
    handler: async (event) => {
      const claim = new PushClaim();
      const taken = await service.takeFeishuEvent(await acceptFeishuEvent(event, { seenStore: claim }), claim);
      if (taken === 'replayed') service.log.info(`[feishu] event ${event.id} taken before: acknowledged, nothing done`);
    },
    onStateChange: ({ state, error }) =>
      service.log.info(`[feishu] long connection ${state}${error ? ` (${error.message})` : ''}`),
  });
}
