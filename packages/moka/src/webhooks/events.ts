import type { MokaPushedCandidate } from './candidate-push.js';
import type { MokaInterviewPush } from './interview-push.js';

/**
 * Moka's push envelope (ATS "主动推送说明(Webhooks)", https://www.mokahr.com/docs/api/): Moka POSTs
 * `{ id, event, triggeredAt, data }` as JSON to your HTTPS URL with `?sign=<hex HMAC-SHA256 of the
 * body>`. Fields common to every parsed event.
 */
export interface MokaWebhookEventBase {
  /** Moka's unique id of this push (`parseMokaWebhook` refuses a second push with the same id); empty when the push has none. */
  id: string;
  /**
   * When the event happened. Moka's example is epoch SECONDS (`1505296287`); its docs do not state the unit.
   * An instant: its calendar day depends on the time zone.
   */
  triggeredAt: number | string | null | undefined;
  /** The whole parsed body, unknown keys included. */
  body: Record<string, unknown>;
  /**
   * The key under which `parseMokaWebhook` recorded the push in the seen-store (release it there to
   * accept a re-delivery); undefined from `parseMokaPayload` or with the replay check off.
   */
  seenKey?: string | undefined;
}

/**
 * `pushCandidate`: an HR user clicked "导入EHR" (Import to EHR) on a candidate, typically at the offer
 * or to-be-onboarded stage, to hand them to your OA / EHR system. `data` is the candidate.
 */
export interface MokaCandidatePushedEvent extends MokaWebhookEventBase {
  /** Parsed into a documented event. */
  known: true;
  /** The event name as Moka sends it. */
  event: 'pushCandidate';
  /** The candidate, with the fields of `GET /data/ehrApplications`. */
  data: MokaPushedCandidate;
}

/** The interview pushes Moka documents: sent when an HR user confirms adding (changing, deleting) interviews. */
export const MOKA_INTERVIEW_EVENTS = ['createInterviewsInfo', 'updateInterviewsInfo', 'deleteInterviewsInfo'] as const;

/** `createInterviewsInfo` / `updateInterviewsInfo` / `deleteInterviewsInfo`: interviews were arranged, changed or removed. */
export interface MokaInterviewEvent extends MokaWebhookEventBase {
  /** Parsed into a documented event. */
  known: true;
  /** The event name as Moka sends it. */
  event: (typeof MOKA_INTERVIEW_EVENTS)[number];
  /** The interviews. */
  data: MokaInterviewPush;
}

/**
 * A push this SDK does not know (a new Moka event), or one whose `data` Moka encrypted (AES-256-CBC,
 * enabled through your CSM: `data` is then a hex string): kept raw, verified all the same.
 */
export interface MokaUnknownWebhookEvent extends MokaWebhookEventBase {
  /** Not parsed: read `data` yourself. */
  known: false;
  /** The event name as Moka sent it. */
  event: string;
  /** `data` exactly as sent. */
  data: unknown;
  /** True when `data` is a string: Moka encrypted it (decrypt it with the key and IV from your CSM). */
  encrypted: boolean;
}

/** A verified Moka push: narrow on `known`, then on `event`. */
export type MokaWebhookEvent = MokaCandidatePushedEvent | MokaInterviewEvent | MokaUnknownWebhookEvent;
