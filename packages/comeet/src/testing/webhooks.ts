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
  /** The `signature` header sent. */
  signature: string;
  /** Your endpoint's HTTP status (answer 401 to a bad signature, as Comeet asks). */
  status: number;
}

/**
 * Sends signed pushes the way Comeet does: position events (POST created, PUT updated, DELETE
 * deleted, the body being the Position model) and hires (POST, the Hires API candidate object), each
 * with `signature: sha256 <hex HMAC-SHA256 of the body keyed with the Secret Key>`.
 */
export class ComeetSandboxWebhooks {
  /** Every push sent, in order. */
  readonly deliveries: ComeetWebhookDelivery[] = [];
  readonly #state: ComeetSandboxState;
  #endpoint: { url: string; secretKey: string } | undefined;

  constructor(state: ComeetSandboxState) {
    this.#state = state;
  }

  /** Registers your endpoint and the Secret Key (what the customer sets up in Comeet). */
  register(url: string, secretKey: string): void {
    if (!secretKey) throw new Error('register() needs a Secret Key');
    this.#endpoint = { url, secretKey };
  }

  /** Pushes a position event for a stored position (`created` POST, `updated` PUT, `deleted` DELETE). */
  async pushPosition(event: 'created' | 'updated' | 'deleted', uid: string): Promise<ComeetWebhookDelivery> {
    const position = this.#state.positions.get(uid);
    if (!position) throw new Error(`the sandbox has no position ${uid}`);
    const method = event === 'created' ? 'POST' : event === 'updated' ? 'PUT' : 'DELETE';
    if (event === 'deleted') this.#state.positions.delete(uid);
    return this.push(method, event === 'deleted' ? { uid } : { time_updated: '2024-01-01T00:00:00Z', ...position });
  }

  /** Pushes a hire of a stored candidate (the Hires API "Create an employee" request). */
  async pushHire(candidateUid: string, hiredDate = '2024-02-01'): Promise<ComeetWebhookDelivery> {
    const candidate = this.#state.candidates.get(candidateUid);
    if (!candidate) throw new Error(`the sandbox has no candidate ${candidateUid}`);
    const position = this.#state.positions.get(candidate.position_uid);
    const body = candidate.body;
    return this.push('POST', {
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
    });
  }

  /** Pushes any body with any method (an event the SDK does not know). */
  async push(method: string, body: unknown): Promise<ComeetWebhookDelivery> {
    const endpoint = this.#endpoint;
    if (!endpoint) throw new Error('register() an endpoint before pushing');
    const text = JSON.stringify(body);
    return this.send(method, text, signHireWebhook(text, endpoint.secretKey));
  }

  /** Sends a raw body with a given `signature` header (to test how your endpoint refuses forged pushes). */
  async send(method: string, body: string, signature: string): Promise<ComeetWebhookDelivery> {
    const endpoint = this.#endpoint;
    if (!endpoint) throw new Error('register() an endpoint before pushing');
    const response = await fetch(endpoint.url, {
      method,
      headers: { 'content-type': 'application/json', ...(signature ? { [SIGNATURE_HEADER]: signature } : {}) },
      body,
    });
    await response.arrayBuffer();
    const delivery = { method, url: endpoint.url, body, signature, status: response.status };
    this.deliveries.push(delivery);
    return delivery;
  }
}
