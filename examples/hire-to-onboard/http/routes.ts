import type { IncomingMessage } from 'node:http';
import { parseComeetWebhook } from '@hr/comeet/webhooks';
import { WebhookVerificationError } from '@hr/core/webhooks';
import { parseFeishuEvent } from '@hr/feishu-corehr/events';
import { parseMokaWebhook } from '@hr/moka/webhooks';
import { errorMessage } from '../log.js';
import { describeGaps } from '../mapping/types.js';
import type { HireToOnboardService } from '../service.js';
import type { HireOutcome } from '../sync/pre-hire-writer.js';

/** An answer to send. */
export interface RouteAnswer {
  /** HTTP status. */
  status: number;
  /** JSON body. */
  body: unknown;
  /** Work to run after answering (Feishu wants a fast answer). */
  after?: (() => Promise<void>) | undefined;
}

/** A route: the verified push in, the answer out. */
export type Route = (request: IncomingMessage, rawBody: Buffer, service: HireToOnboardService) => Promise<RouteAnswer>;

const disabled = (setting: string): RouteAnswer => ({
  status: 404,
  body: { error: `this route is off: set ${setting} to receive these pushes` },
});

/**
 * The one answer to every refused push, whatever went wrong (forged, undecryptable, stale, replayed,
 * not the documented shape) and whichever route: nothing of the inside reaches the sender. Moka shows
 * `msg` to the HR user.
 */
export const REFUSED: RouteAnswer = { status: 401, body: { code: 1, msg: 'push refused' } };

/**
 * Parses a push with `parse`; a refusal (any vendor's `WebhookVerificationError`) becomes `REFUSED`,
 * with its reason in the log only.
 */
async function refusing<T>(
  label: string,
  service: HireToOnboardService,
  parse: () => Promise<T>,
): Promise<{ event: T } | { refused: RouteAnswer }> {
  try {
    return { event: await parse() };
  } catch (error) {
    if (!WebhookVerificationError.isInstance(error)) throw error;
    service.log.warn(`${label} push refused with ${REFUSED.status}: ${error.reason}`);
    return { refused: REFUSED };
  }
}

/**
 * Handles an accepted push; when handling fails (a transient failure, answered 503 so the sender
 * tries again), the push is released from the seen-store so that the retry is accepted.
 */
async function releasingOnFailure<T>(
  service: HireToOnboardService,
  seenKey: string | undefined,
  handle: () => Promise<T>,
): Promise<T> {
  try {
    return await handle();
  } catch (error) {
    if (seenKey) await service.seen.release(seenKey);
    throw error;
  }
}

/** HTTP status and body for a hire outcome; 503 is left to the caller for transient failures. */
function hireAnswer(
  outcome: HireOutcome,
  service: HireToOnboardService,
  label: string,
): { ok: boolean; detail: Record<string, unknown> } {
  if ((outcome.kind === 'created' || outcome.kind === 'dry-run') && outcome.unmapped.length > 0)
    service.log.warn(`${label}   not carried over: ${describeGaps(outcome.unmapped)}`);
  switch (outcome.kind) {
    case 'created':
    case 'already-created':
      service.log.info(
        `${label}   ${outcome.kind === 'created' ? 'created' : 'already created, not sent again:'} pre-hire ${outcome.preHireId}`,
      );
      return { ok: true, detail: { pre_hire_id: outcome.preHireId } };
    case 'dry-run':
      return { ok: true, detail: { dry_run: true } };
    case 'unmappable':
      return { ok: false, detail: { missing: describeGaps(outcome.missing) } };
    case 'failed':
      return { ok: false, detail: { refused: outcome.error } };
  }
}

/**
 * `POST /webhooks/comeet`: Comeet's hire webhook, authenticated with the `signature` header and the
 * Secret Key, and position pushes, with the partner token (acknowledged and ignored). A hire is
 * answered once it is handled: 200 created (or already), 422 when it cannot be created (missing
 * fields, refused by Feishu), 503 on a transient failure (send it again later); `REFUSED` to
 * anything not authenticated or already received.
 */
const comeetRoute: Route = async (request, rawBody, service) => {
  const { comeetWebhookSecret: secretKey, comeetPartnerSecret: partnerSecret, comeetApiKey } = service.secrets;
  if (!secretKey && !partnerSecret) return disabled('COMEET_WEBHOOK_SECRET (hires) or COMEET_SECRET (position pushes)');
  const parsed = await refusing('[comeet]', service, () =>
    parseComeetWebhook(
      { method: request.method ?? 'POST', rawBody, headers: request.headers },
      { secretKey, partnerSecret, expectedApiKey: comeetApiKey, seenStore: service.seen },
    ),
  );
  if ('refused' in parsed) return parsed.refused;
  const { event } = parsed;
  if (event.type !== 'hire') {
    service.log.info(`[comeet] ${event.type} push acknowledged (only hires create pre-hires)`);
    return { status: 200, body: {} };
  }
  service.log.info(`[comeet] hire webhook for candidate ${event.candidate.comeet_id}`);
  const outcome = await releasingOnFailure(service, event.seenKey, () => service.handleComeetHire(event.candidate));
  const { ok, detail } = hireAnswer(outcome, service, '[comeet]');
  return { status: ok ? 200 : 422, body: detail };
};

/**
 * `POST /webhooks/moka`: Moka's pushes, authenticated with `?sign=` and the signing key (`REFUSED`
 * otherwise, or when the push id was already received). `pushCandidate` (an HR user clicked "Import
 * to EHR") creates the pre-hire and answers `{ code: 0 }`; when it cannot, a non-2xx whose `msg` Moka
 * shows that HR user (what is missing, or Feishu's refusal). Other events are acknowledged.
 */
const mokaRoute: Route = async (request, rawBody, service) => {
  const signingKey = service.secrets.mokaSigningKey;
  if (!signingKey) return disabled('MOKA_WEBHOOK_SIGNING_KEY');
  const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
  const parsed = await refusing('[moka]', service, () =>
    parseMokaWebhook({ rawBody, query }, { signingKey, seenStore: service.seen }),
  );
  if ('refused' in parsed) return parsed.refused;
  const { event } = parsed;
  if (!event.known || event.event !== 'pushCandidate') {
    service.log.info(`[moka] ${event.event} push acknowledged (only pushCandidate creates pre-hires)`);
    return { status: 200, body: { code: 0, msg: 'success' } };
  }
  service.log.info(`[moka] pushCandidate ${event.id} for application ${event.data.applicationId}`);
  const outcome = await releasingOnFailure(service, event.seenKey, () => service.handleMokaPush(event.data));
  if (outcome.kind === 'waiting') return { status: 200, body: { code: 0, msg: 'success' } };
  const { ok, detail } = hireAnswer(outcome, service, '[moka]');
  return ok
    ? { status: 200, body: { code: 0, msg: 'success', data: detail } }
    : { status: 422, body: { code: 1, msg: `Not imported into Feishu CoreHR: ${Object.values(detail).join('')}` } };
};

/**
 * `POST /events/feishu`: Feishu's event subscription: URL verification, then pushes authenticated
 * (signature, then decryption) and refused when replayed (`REFUSED`). Answered at once, as Feishu
 * expects; a withdrawn or completed onboarding is then written back to the ATS.
 */
const feishuRoute: Route = async (request, rawBody, service) => {
  const secrets = service.secrets.feishuEvents;
  if (!secrets?.encryptKey && !secrets?.verificationToken)
    return disabled('FEISHU_ENCRYPT_KEY or FEISHU_VERIFICATION_TOKEN');
  const parsed = await refusing('[feishu]', service, () =>
    parseFeishuEvent({ rawBody, headers: request.headers }, { ...secrets, seenStore: service.seen }),
  );
  if ('refused' in parsed) return parsed.refused;
  const result = parsed.event;
  if (result.kind === 'challenge') return { status: 200, body: result.response };
  return {
    status: 200,
    body: {},
    after: async () => {
      try {
        await service.handleFeishuEvent(result);
      } catch (error) {
        service.log.error(`[feishu] event ${result.id} not handled: ${errorMessage(error)}`);
      }
    },
  };
};

/** The routes by path (POST only). */
export const ROUTES: Record<string, Route> = {
  '/webhooks/comeet': comeetRoute,
  '/webhooks/moka': mokaRoute,
  '/events/feishu': feishuRoute,
};
