import { randomUUID } from 'node:crypto';
import { signMokaWebhook } from '../webhooks/signature.js';
import type { MOKA_INTERVIEW_EVENTS } from '../webhooks/events.js';
import type { MokaSandboxState } from './state.js';

/** A push the sandbox sent, and how your endpoint answered it. */
export interface MokaWebhookDelivery {
  /** The event name. */
  event: string;
  /** The full URL POSTed to, `?sign=` included. */
  url: string;
  /** The body exactly as sent (what was signed). */
  body: string;
  /** The `sign` query parameter sent. */
  sign: string;
  /** Your endpoint's HTTP status (Moka tells the HR user the import failed on a non-2xx). */
  status: number;
  /** Your endpoint's response body (Moka shows it to the HR user on failure). */
  responseBody: string;
}

/** Options of one push. */
export interface SandboxPushOptions {
  /** The push id (default: a fresh `sandbox-push-<uuid>`). */
  id?: string | undefined;
  /**
   * `triggeredAt`, epoch seconds as in Moka's example (default: now); an instant, whose day depends on the
   * time zone.
   */
  triggeredAt?: number | undefined;
}

/**
 * Sends signed pushes the way Moka does: POST JSON `{ id, event, triggeredAt, data }` to the registered
 * URL with `?sign=<hex HMAC-SHA256 of the body keyed with the signing key>`. Feed your endpoint with it
 * in tests and examples.
 */
export class MokaSandboxWebhooks {
  /** Every push sent, in order. */
  readonly deliveries: MokaWebhookDelivery[] = [];
  readonly #state: MokaSandboxState;
  #endpoint: { url: string; signingKey: string } | undefined;

  constructor(state: MokaSandboxState) {
    this.#state = state;
  }

  /** Registers your endpoint and the signing key (what your CSM configures at Moka). */
  register(url: string, signingKey: string): void {
    if (!signingKey) throw new Error('register() needs a signing key');
    this.#endpoint = { url, signingKey };
  }

  /** Pushes `pushCandidate` for a stored candidate, as when an HR user clicks "Import to EHR". */
  async pushCandidate(
    applicationId: number,
    options: SandboxPushOptions & { operator?: Record<string, unknown> | undefined } = {},
  ): Promise<MokaWebhookDelivery> {
    const candidate = this.#state.candidates.find((c) => c.record.applicationId === applicationId);
    if (!candidate) throw new Error(`the sandbox has no candidate with applicationId ${applicationId}`);
    const operator = options.operator ?? { name: '报表_HR', email: 'hr@example.com' };
    return this.push('pushCandidate', { ...candidate.record, operator }, options);
  }

  /** Pushes an interview event for these applications (one on-site interview, one interviewer). */
  async pushInterviews(
    event: (typeof MOKA_INTERVIEW_EVENTS)[number],
    applicationIds: number[],
    options: SandboxPushOptions = {},
  ): Promise<MokaWebhookDelivery> {
    const start = Date.parse('2024-03-01T02:00:00.000Z');
    const data = {
      applicationIds,
      interviewType: 1,
      createTime: start - 86_400_000,
      creator: { id: 1, name: '报表_HR', email: 'hr@example.com', phone: '17611232222' },
      interviews: [
        {
          event_id: `sandbox-interview-${applicationIds.join('-')}`,
          applicationIds,
          roundId: 1,
          roundName: '1st round',
          roomId: null,
          roomName: null,
          address: { id: 1, country: '中国', cityId: 310100, address: '上海市 普陀区' },
          startTime: start,
          endTime: start + 3_600_000,
          interviewerIds: [7],
          interviewee: applicationIds.map((id) => {
            const record = this.#state.candidates.find((c) => c.record.applicationId === id)?.record;
            return { id, name: record?.['name'] ?? null, email: record?.['email'] ?? null, phone: null };
          }),
          interviewer: [{ id: 7, name: 'Interviewer', email: 'interviewer@example.com', phone: null }],
        },
      ],
    };
    return this.push(event, data, options);
  }

  /** Pushes any event with any `data` (an event the SDK does not know, an encrypted hex `data`...). */
  async push(event: string, data: unknown, options: SandboxPushOptions = {}): Promise<MokaWebhookDelivery> {
    const endpoint = this.#endpoint;
    if (!endpoint) throw new Error('register() an endpoint before pushing');
    const body = JSON.stringify({
      id: options.id ?? `sandbox-push-${randomUUID()}`,
      event,
      triggeredAt: options.triggeredAt ?? Math.floor(Date.now() / 1000),
      data,
    });
    return this.send(event, body, signMokaWebhook(body, endpoint.signingKey));
  }

  /** Sends a raw body with a given `sign` (to test how your endpoint refuses forged pushes). */
  async send(event: string, body: string, sign: string): Promise<MokaWebhookDelivery> {
    const endpoint = this.#endpoint;
    if (!endpoint) throw new Error('register() an endpoint before pushing');
    const url = `${endpoint.url}${endpoint.url.includes('?') ? '&' : '?'}sign=${encodeURIComponent(sign)}`;
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const delivery = { event, url, body, sign, status: response.status, responseBody: await response.text() };
    this.deliveries.push(delivery);
    return delivery;
  }
}
