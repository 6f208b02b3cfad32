import type { IncomingMessage } from 'node:http';
import { WebhookVerificationError, parseComeetWebhook } from '@hr/comeet/webhooks';
import { FeishuEventVerificationError, parseFeishuEvent } from '@hr/feishu-corehr/events';
import { MokaWebhookVerificationError, parseMokaWebhook } from '@hr/moka/webhooks';
import { errorMessage } from '../log.js';
import { describeGaps } from '../mapping/types.js';
import type { HireToOnboardService } from '../service.js';
import type { HireOutcome } from '../sync/pre-hire-writer.js';

/** An answer to send. */
interface RouteAnswer {
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
 * `POST /webhooks/comeet`: Comeet's hire webhook (and position pushes, acknowledged and ignored),
 * verified with the `signature` header and the Secret Key (401 when it does not match).
 * A hire is answered once it is handled: 200 created (or already), 422 when it cannot be created
 * (missing fields, refused by Feishu), 503 on a transient failure (send it again later).
 */
const comeetRoute: Route = async (request, rawBody, service) => {
  const secretKey = service.secrets.comeetWebhookSecret;
  if (!secretKey) return disabled('COMEET_WEBHOOK_SECRET');
  let event;
  try {
    event = parseComeetWebhook({ method: request.method ?? 'POST', rawBody, headers: request.headers, secretKey });
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    service.log.warn(`[comeet] push refused with 401: ${error.reason}`);
    return { status: 401, body: { error: error.reason } };
  }
  if (event.type !== 'hire') {
    service.log.info(`[comeet] ${event.type} push acknowledged (only hires create pre-hires)`);
    return { status: 200, body: {} };
  }
  service.log.info(`[comeet] hire webhook for candidate ${event.candidate.comeet_id}`);
  const { ok, detail } = hireAnswer(await service.handleComeetHire(event.candidate), service, '[comeet]');
  return { status: ok ? 200 : 422, body: detail };
};

/**
 * `POST /webhooks/moka`: Moka's pushes, verified with `?sign=` and the signing key (401 when it
 * does not match). `pushCandidate` (an HR user clicked "Import to EHR") creates the pre-hire and
 * answers `{ code: 0 }`; when it cannot, a non-2xx whose `msg` Moka shows that HR user (what is
 * missing, or Feishu's refusal). Other events are acknowledged.
 */
const mokaRoute: Route = async (request, rawBody, service) => {
  const signingKey = service.secrets.mokaSigningKey;
  if (!signingKey) return disabled('MOKA_WEBHOOK_SIGNING_KEY');
  const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
  let event;
  try {
    event = parseMokaWebhook({ rawBody, query }, { signingKey });
  } catch (error) {
    if (!(error instanceof MokaWebhookVerificationError)) throw error;
    service.log.warn(`[moka] push refused with 401: ${error.reason}`);
    return { status: 401, body: { code: 1, msg: 'signature verification failed' } };
  }
  if (!event.known || event.event !== 'pushCandidate') {
    service.log.info(`[moka] ${event.event} push acknowledged (only pushCandidate creates pre-hires)`);
    return { status: 200, body: { code: 0, msg: 'success' } };
  }
  service.log.info(`[moka] pushCandidate ${event.id} for application ${event.data.applicationId}`);
  const outcome = await service.handleMokaPush(event.data);
  if (outcome.kind === 'waiting') return { status: 200, body: { code: 0, msg: 'success' } };
  const { ok, detail } = hireAnswer(outcome, service, '[moka]');
  return ok
    ? { status: 200, body: { code: 0, msg: 'success', data: detail } }
    : { status: 422, body: { code: 1, msg: `Not imported into Feishu CoreHR: ${Object.values(detail).join('')}` } };
};

/**
 * `POST /events/feishu`: Feishu's event subscription: URL verification, then encrypted and signed
 * pushes (401 when they do not verify). Answered at once, as Feishu expects; a withdrawn or
 * completed onboarding is then written back to the ATS.
 */
const feishuRoute: Route = async (request, rawBody, service) => {
  const secrets = service.secrets.feishuEvents;
  if (!secrets?.encryptKey && !secrets?.verificationToken)
    return disabled('FEISHU_ENCRYPT_KEY or FEISHU_VERIFICATION_TOKEN');
  let result;
  try {
    result = parseFeishuEvent({ rawBody, headers: request.headers }, secrets);
  } catch (error) {
    if (!FeishuEventVerificationError.isInstance(error)) throw error;
    service.log.warn(`[feishu] event refused with 401: ${error.reason}`);
    return { status: 401, body: { error: error.reason } };
  }
  if (result.kind === 'challenge') return { status: 200, body: result.response };
  return {
    status: 200,
    body: {},
    after: async () => {
      try {
        await service.handleFeishuEvent(result);
      } catch (error) {
        service.log.error(`[feishu] event ${result.header.event_id ?? ''} not handled: ${errorMessage(error)}`);
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
