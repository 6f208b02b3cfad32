import type { IncomingMessage } from 'node:http';
import { parseComeetWebhook } from '@hr/comeet/webhooks';
import { WebhookVerificationError } from '@hr/core/webhooks';
import { parseFeishuEvent } from '@hr/feishu-corehr/events';
import { parseMokaWebhook } from '@hr/moka/webhooks';
import { describeGaps } from '../mapping/types.js';
import type { HireToOnboardService } from '../service.js';
import type { HireOutcome } from '../sync/intake.js';
import { PushClaim } from '../sync/push-claim.js';

/** An answer to send. */
export interface RouteAnswer {
  /** HTTP status. */
  status: number;
  /** JSON body. */
  body: unknown;
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

/** HTTP status and body for a hire taken in; a failure to record it is left to the server (503). */
function hireAnswer(
  outcome: HireOutcome,
  service: HireToOnboardService,
  label: string,
): { ok: boolean; detail: Record<string, unknown> } {
  if (outcome.unmapped.length > 0) service.log.warn(`${label}   not carried over: ${describeGaps(outcome.unmapped)}`);
  switch (outcome.kind) {
    case 'created':
    case 'already-created':
      service.log.info(`${label}   already created, not sent again: pre-hire ${outcome.preHireId}`);
      return { ok: true, detail: { pre_hire_id: outcome.preHireId } };
    case 'accepted':
    case 'busy':
    case 'later':
      service.log.info(`${label}   recorded: the pre-hire is created in the background`);
      return { ok: true, detail: { accepted: true } };
    case 'needs-review':
      return { ok: true, detail: { accepted: true, needs_review: true } };
    case 'dry-run':
      return { ok: true, detail: { dry_run: true } };
    case 'unmappable':
      return { ok: false, detail: { missing: describeGaps(outcome.missing) } };
    case 'failed':
      return { ok: false, detail: { refused: outcome.error } };
    case 'waiting':
      return { ok: true, detail: {} };
  }
}

/** The answer to a push the seen-store already had and whose effect is recorded. */
function replayed(label: string, service: HireToOnboardService): RouteAnswer {
  service.log.warn(`${label} push refused with ${REFUSED.status}: replayed`);
  return REFUSED;
}

/**
 * `POST /webhooks/comeet`: Comeet's hire webhook, authenticated with the `signature` header and the
 * Secret Key, and position pushes, with the partner token (acknowledged and ignored). A hire is
 * answered once it is recorded in the checkpoint (the pre-hire is created after the answer): 200
 * (with the pre-hire ID when it exists already), 422 when it cannot be created (missing fields),
 * 503 when it could not be recorded (send it again later); `REFUSED` to anything not authenticated
 * or already received.
 */
const comeetRoute: Route = async (request, rawBody, service) => {
  const { comeetWebhookSecret: secretKey, comeetPartnerSecret: partnerSecret, comeetApiKey } = service.secrets;
  if (!secretKey && !partnerSecret) return disabled('COMEET_WEBHOOK_SECRET (hires) or COMEET_SECRET (position pushes)');
  const claim = new PushClaim();
  const parsed = await refusing('[comeet]', service, () =>
    parseComeetWebhook(
      { method: request.method ?? 'POST', rawBody, headers: request.headers },
      { secretKey, partnerSecret, expectedApiKey: comeetApiKey, seenStore: claim },
    ),
  );
  if ('refused' in parsed) return parsed.refused;
  const { event } = parsed;
  if (event.type !== 'hire') {
    const taken = await claim.once(
      service.seen,
      async () => true,
      async () => undefined,
    );
    if (taken.replayed) return replayed('[comeet]', service);
    service.log.info(`[comeet] ${event.type} push acknowledged (only hires create pre-hires)`);
    return { status: 200, body: {} };
  }
  const id = event.candidate.comeet_id;
  const taken = await claim.once(
    service.seen,
    () => service.knowsHire('comeet', id),
    () => service.receiveComeetHire(event.candidate),
  );
  if (taken.replayed) return replayed('[comeet]', service);
  service.log.info(`[comeet] hire webhook for candidate ${id}`);
  const { ok, detail } = hireAnswer(taken.value, service, '[comeet]');
  return { status: ok ? 200 : 422, body: detail };
};

/**
 * `POST /webhooks/moka`: Moka's pushes, authenticated with `?sign=` and the signing key (`REFUSED`
 * otherwise, or when the push id was already received). `pushCandidate` (an HR user clicked "Import
 * to EHR") is recorded and answered `{ code: 0 }` (the pre-hire is created after the answer); when it
 * cannot be created, a non-2xx whose `msg` Moka shows that HR user (what is missing). Other events
 * are acknowledged.
 */
const mokaRoute: Route = async (request, rawBody, service) => {
  const signingKey = service.secrets.mokaSigningKey;
  if (!signingKey) return disabled('MOKA_WEBHOOK_SIGNING_KEY');
  const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
  const claim = new PushClaim();
  const parsed = await refusing('[moka]', service, () =>
    parseMokaWebhook({ rawBody, query }, { signingKey, seenStore: claim }),
  );
  if ('refused' in parsed) return parsed.refused;
  const { event } = parsed;
  if (!event.known || event.event !== 'pushCandidate') {
    const taken = await claim.once(
      service.seen,
      async () => true,
      async () => undefined,
    );
    if (taken.replayed) return replayed('[moka]', service);
    service.log.info(`[moka] ${event.event} push acknowledged (only pushCandidate creates pre-hires)`);
    return { status: 200, body: { code: 0, msg: 'success' } };
  }
  const id = String(event.data.applicationId);
  const taken = await claim.once(
    service.seen,
    () => service.knowsHire('moka', id),
    () => service.receiveMokaPush(event.data),
  );
  if (taken.replayed) return replayed('[moka]', service);
  service.log.info(`[moka] pushCandidate ${event.id} for application ${id}`);
  const { ok, detail } = hireAnswer(taken.value, service, '[moka]');
  return ok
    ? { status: 200, body: { code: 0, msg: 'success', data: detail } }
    : { status: 422, body: { code: 1, msg: `Not imported into Feishu CoreHR: ${Object.values(detail).join('')}` } };
};

/**
 * `POST /events/feishu`: Feishu's event subscription: URL verification, then pushes authenticated
 * (signature, then decryption) and refused when replayed (`REFUSED`). An event is answered once what
 * it asks for is recorded (a write-back `due` in the checkpoint), within Feishu's 3 seconds; the
 * write-back to the ATS runs after the answer. 503 when it could not be recorded (Feishu pushes it
 * again).
 */
const feishuRoute: Route = async (request, rawBody, service) => {
  const secrets = service.secrets.feishuEvents;
  if (!secrets?.encryptKey && !secrets?.verificationToken)
    return disabled('FEISHU_ENCRYPT_KEY or FEISHU_VERIFICATION_TOKEN');
  const claim = new PushClaim();
  const parsed = await refusing('[feishu]', service, () =>
    parseFeishuEvent({ rawBody, headers: request.headers }, { ...secrets, seenStore: claim }),
  );
  if ('refused' in parsed) return parsed.refused;
  const result = parsed.event;
  if (result.kind === 'challenge') return { status: 200, body: result.response };
  if ((await service.takeFeishuEvent(result, claim)) === 'replayed') return replayed('[feishu]', service);
  return { status: 200, body: {} };
};

/** The routes by path (POST only). */
export const ROUTES: Record<string, Route> = {
  '/webhooks/comeet': comeetRoute,
  '/webhooks/moka': mokaRoute,
  '/events/feishu': feishuRoute,
};
