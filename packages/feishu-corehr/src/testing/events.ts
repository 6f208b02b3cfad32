import { randomBytes, randomUUID } from 'node:crypto';
import { encryptFeishuEvent, signFeishuEvent } from '../events/crypto.js';

/** Where and how the sandbox pushes events, like an app's event subscription in the developer console. */
export interface SandboxEventSubscription {
  /** The request URL events are POSTed to, e.g. `http://127.0.0.1:3000/feishu/events`. */
  url: string;
  /** The Encrypt Key: pushes are encrypted and signed when set. */
  encryptKey?: string | undefined;
  /** The Verification Token carried by every push. */
  verificationToken?: string | undefined;
}

/** One push the sandbox made, and how the receiver answered. */
export interface SandboxDelivery {
  /** The payload before encryption. */
  payload: Record<string, unknown>;
  /** The receiver's HTTP status, or the connection error's message. */
  status: number | string;
}

/** The receiver's answer to a URL verification. */
export interface SandboxUrlVerification {
  /** The HTTP status (Feishu expects 200). */
  status: number;
  /** The JSON body (Feishu expects `{ challenge }`), undefined when it was not JSON. */
  body: unknown;
}

/** Sends events to a subscription as Feishu does: JSON, encrypted and signed when an Encrypt Key is set. */
export class SandboxEventPusher {
  /** Where events go; no push is made while it is undefined. */
  subscription: SandboxEventSubscription | undefined;
  /** Every push made, in order. */
  readonly deliveries: SandboxDelivery[] = [];
  /** Called with every event payload (the long connection delivers them too). */
  readonly listeners = new Set<(payload: Record<string, unknown>) => void>();
  readonly #pending = new Set<Promise<void>>();

  constructor(
    private readonly appId: string,
    private readonly now: () => number,
  ) {}

  /** A v2 (`schema` 2.0) event of `eventType` with `event` as its body. */
  pushV2(eventType: string, event: Record<string, unknown>, tenantKey = 'sandbox-tenant'): Promise<void> {
    return this.push({
      schema: '2.0',
      header: {
        event_id: randomBytes(16).toString('hex'),
        event_type: eventType,
        create_time: String(this.now()),
        token: this.subscription?.verificationToken ?? '',
        app_id: this.appId,
        tenant_key: tenantKey,
      },
      event,
    });
  }

  /** A v1 event (the `app_ticket` schema): `{ uuid, token, ts, type: 'event_callback', event }`. */
  pushV1(event: Record<string, unknown>): Promise<void> {
    return this.push({
      uuid: randomUUID(),
      token: this.subscription?.verificationToken ?? '',
      ts: String(this.now() / 1000),
      type: 'event_callback',
      event,
    });
  }

  /**
   * The URL-verification request Feishu sends when the request URL is saved; resolves with the
   * receiver's answer. Feishu's pages do not say whether it is signed: `signed: true` signs it like
   * any push (with an Encrypt Key), the default sends it unsigned.
   */
  async verifyUrl({ signed = false }: { signed?: boolean } = {}): Promise<SandboxUrlVerification> {
    const subscription = this.#require();
    const payload = { challenge: randomUUID(), token: subscription.verificationToken ?? '', type: 'url_verification' };
    const { body, headers } = this.#encode(subscription, payload, signed);
    const response = await fetch(subscription.url, { method: 'POST', headers, body });
    return { status: response.status, body: await response.json().catch(() => undefined) };
  }

  /** Waits until every push made so far was answered. */
  async flush(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all([...this.#pending]);
  }

  #require(): SandboxEventSubscription {
    if (!this.subscription)
      throw new Error('No event subscription: call sandbox.state.events.subscription = { url, ... } first');
    return this.subscription;
  }

  /** Pushes `payload` as is (JSON; encrypted and signed when the subscription has an Encrypt Key). */
  push(payload: Record<string, unknown>): Promise<void> {
    for (const listener of this.listeners) listener(payload);
    const subscription = this.subscription;
    if (!subscription) return Promise.resolve(); // like Feishu: no subscription, no push
    const delivery: SandboxDelivery = { payload, status: 'pending' };
    this.deliveries.push(delivery);
    const { body, headers } = this.#encode(subscription, payload, true);
    const sent = fetch(subscription.url, { method: 'POST', headers, body })
      .then(async (response) => {
        await response.arrayBuffer();
        delivery.status = response.status;
      })
      .catch((error: unknown) => {
        delivery.status = error instanceof Error ? error.message : String(error);
      })
      .finally(() => this.#pending.delete(sent));
    this.#pending.add(sent);
    return sent;
  }

  /** The body (encrypted with an Encrypt Key) and headers (signed with one, when `signed`) of a push. */
  #encode(subscription: SandboxEventSubscription, payload: Record<string, unknown>, signed: boolean) {
    const body = subscription.encryptKey
      ? JSON.stringify({ encrypt: encryptFeishuEvent(JSON.stringify(payload), subscription.encryptKey) })
      : JSON.stringify(payload);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (subscription.encryptKey && signed) {
      const timestamp = String(Math.floor(this.now() / 1000));
      const nonce = randomBytes(8).toString('hex');
      headers['x-lark-request-timestamp'] = timestamp;
      headers['x-lark-request-nonce'] = nonce;
      headers['x-lark-signature'] = signFeishuEvent(timestamp, nonce, subscription.encryptKey, body);
    }
    return { body, headers };
  }
}
