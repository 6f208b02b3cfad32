import { JwtAuth } from '@hr/core/internal';
import { SIGNATURE_HEADER, signHireWebhook } from '../webhooks/signature.js';
import type { ComeetSandboxState } from './state.js';

/** A push the sandbox sent, and how your endpoint answered it. */
export interface ComeetWebhookDelivery {
  /** HTTP method: POST (created, hire), PUT (updated) or DELETE (deleted). */
  method: string;
  /** The URL pushed to. */
  url: string;
  /** The body exactly as sent (what was signed). */
  body: string;
  /** The `signature` header sent ('' when none). */
  signature: string;
  /** The `Authorization` header sent ('' when none). */
  authorization: string;
  /** Your endpoint's HTTP status (answer 401 to a bad signature, as Comeet asks). */
  status: number;
}

/**
 * How a position push is authenticated: `partner-token` (the default: `Authorization: Bearer <JWT>`,
 * as Comeet documents for every request it makes to a partner's endpoint), `signature` (the Hires
 * signature, which the position-webhook page does not mention) or `both`.
 */
export type SandboxPositionAuth = 'partner-token' | 'signature' | 'both';

/**
 * Sends pushes the way Comeet does: position events (POST created, PUT updated, DELETE deleted, the
 * body being the Position model) with `Authorization: Bearer <HS256 JWT>` minted with the sandbox's
 * partner secret and api-key (`iss`), and hires (POST, the Hires API candidate object) with
 * `signature: sha256 <hex HMAC-SHA256 of the body keyed with the Secret Key>`.
 */
export class ComeetSandboxWebhooks {
  /** Every push sent, in order. */
  readonly deliveries: ComeetWebhookDelivery[] = [];
  readonly #state: ComeetSandboxState;
  readonly #tokens: JwtAuth;
  #endpoint: { url: string; secretKey: string } | undefined;

  constructor(state: ComeetSandboxState) {
    this.#state = state;
    this.#tokens = new JwtAuth({ secret: state.secret, claims: { iss: state.apiKey } });
  }

  /** Registers your endpoint and the Secret Key of the Hires integration (what the customer sets up in Comeet). */
  register(url: string, secretKey: string): void {
    if (!secretKey) throw new Error('register() needs a Secret Key');
    this.#endpoint = { url, secretKey };
  }

  /**
   * Pushes a position event for a stored position (`created` POST, `updated` PUT, `deleted` DELETE),
   * authenticated with the partner token unless `auth` says otherwise.
   */
  async pushPosition(
    event: 'created' | 'updated' | 'deleted',
    uid: string,
    { auth = 'partner-token' }: { auth?: SandboxPositionAuth } = {},
  ): Promise<ComeetWebhookDelivery> {
    const position = this.#state.positions.get(uid);
    if (!position) throw new Error(`the sandbox has no position ${uid}`);
    const method = event === 'created' ? 'POST' : event === 'updated' ? 'PUT' : 'DELETE';
    if (event === 'deleted') this.#state.positions.delete(uid);
    const body = event === 'deleted' ? { uid } : { time_updated: new Date().toISOString(), ...position };
    return this.push(method, body, auth);
  }

  /** Pushes a hire of a stored candidate (the Hires API "Create an employee" request, signed). */
  async pushHire(candidateUid: string, hiredDate = '2024-02-01'): Promise<ComeetWebhookDelivery> {
    const candidate = this.#state.candidates.get(candidateUid);
    if (!candidate) throw new Error(`the sandbox has no candidate ${candidateUid}`);
    const position = this.#state.positions.get(candidate.position_uid);
    const body = candidate.body;
    return this.push(
      'POST',
      {
        comeet_id: candidate.uid,
        first_name: body['first_name'] ?? null,
        last_name: body['last_name'] ?? null,
        email: body['email'] ?? null,
        time_created: candidate.time_created,
        hired_date: hiredDate,
        start_date: hiredDate,
        position: position
          ? { comeet_id: position.uid, name: position.name, department: position['department'] ?? null }
          : null,
      },
      'signature',
    );
  }

  /** Pushes any body with any method (an event the SDK does not know), authenticated as `auth` says (default: signed). */
  async push(method: string, body: unknown, auth: SandboxPositionAuth = 'signature'): Promise<ComeetWebhookDelivery> {
    const endpoint = this.#require();
    const text = JSON.stringify(body);
    const signature = auth === 'partner-token' ? '' : signHireWebhook(text, endpoint.secretKey);
    const authorization = auth === 'signature' ? '' : `Bearer ${await this.#tokens.getToken()}`;
    return this.send(method, text, signature, authorization);
  }

  /** Sends a raw body with given `signature` and `Authorization` headers ('' leaves one out): to test how your endpoint refuses forged pushes. */
  async send(method: string, body: string, signature: string, authorization = ''): Promise<ComeetWebhookDelivery> {
    const endpoint = this.#require();
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (signature) headers[SIGNATURE_HEADER] = signature;
    if (authorization) headers['authorization'] = authorization;
    const response = await fetch(endpoint.url, { method, headers, body });
    await response.arrayBuffer();
    const delivery = { method, url: endpoint.url, body, signature, authorization, status: response.status };
    this.deliveries.push(delivery);
    return delivery;
  }

  #require(): { url: string; secretKey: string } {
    if (!this.#endpoint) throw new Error('register() an endpoint before pushing');
    return this.#endpoint;
  }
}
