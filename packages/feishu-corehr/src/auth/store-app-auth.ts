import { AuthenticationError, HRError, InMemoryTokenStore, type TokenStore } from '@hr/core';
import { type AuthStrategy, type Caller, type FetchedToken, TokenProviderAuth } from '@hr/core/internal';
import type { AppTicketEvent } from '../events/payloads.js';
import { AppTicketBox } from './app-ticket-box.js';
import { SecretRelay } from './secret-relay.js';
import {
  appAccessTokenOperation,
  resendAppTicketOperation,
  storeTenantAccessTokenOperation,
} from './store-app-operations.js';

/** What `receiveAppTicket` takes: the `app_ticket` event from `parseFeishuEvent`, or its `event` body. */
export type AppTicketInput = AppTicketEvent | { type: 'app_ticket'; event: AppTicketEvent };

/** Why a call of a store-app client without a tenant is refused. */
export const NO_TENANT_MESSAGE =
  'This store-app client has no tenant: use client.forTenant(tenantKey), or pass { tenantKey } in the call options ' +
  '(the tenant_key is pushed when a tenant enables the app, and every event header carries it).';

/** Options of {@link StoreAppAuth}. */
export interface StoreAppAuthOptions {
  /** The store app's App ID, e.g. `cli_slkdjalasdkjasd`. */
  appId: string;
  /** The store app's App Secret. */
  appSecret: string;
  /** The base URL (part of every cache key, so Feishu and Lark credentials never mix). */
  baseUrl: string;
  /** Where the ticket and the tokens are kept (default: in this process). */
  store?: TokenStore | undefined;
  /** The pipeline that calls the token endpoints (transport, retries and redaction included). */
  caller: Caller;
  /** How long to wait for a pushed app_ticket after asking for one, in ms. */
  appTicketWait: number;
}

/**
 * The credentials of a store (marketplace) app: the `app_ticket` Feishu pushes, the app's
 * app_access_token (one cache entry and one fetch at a time for the app), and a tenant_access_token
 * per tenant (one cache entry and one fetch at a time per `tenant_key`). Each is refreshed ahead of
 * the `expire` Feishu returned. With a shared store, the ticket and every token are shared by all
 * processes, and one of them fetches each token.
 *
 * The flow (https://open.feishu.cn/document/ukTMukTMukTM/ukDNz4SO0MjL5QzM/auth-v3/auth/app_access_token):
 * app_ticket (pushed hourly, or at once after "resend") → app_access_token → tenant_access_token of
 * each `tenant_key`.
 */
export class StoreAppAuth {
  readonly #options: StoreAppAuthOptions;
  readonly #store: TokenStore;
  readonly #prefix: string;
  readonly #tickets: AppTicketBox;
  readonly #appToken: TokenProviderAuth;
  readonly #tenants = new Map<string, TokenProviderAuth>();
  /** The ticket and the app tokens: every client of the app redacts them. */
  readonly #appSecrets = new SecretRelay();
  /** Every tenant's tokens: redacted by the client that fetches them. */
  readonly #tenantSecrets = new SecretRelay();

  constructor(options: StoreAppAuthOptions) {
    this.#options = options;
    this.#store = options.store ?? new InMemoryTokenStore();
    this.#prefix = `feishu-corehr:${options.baseUrl}:${options.appId}`;
    this.#tickets = new AppTicketBox({
      key: `${this.#prefix}:app_ticket`,
      store: this.#store,
      onTicket: (ticket) => this.#appSecrets.emit(ticket),
    });
    this.#appToken = new TokenProviderAuth({
      key: `${this.#prefix}:app_access_token`,
      store: this.#store,
      fetchToken: ({ timeoutMs }) => this.#fetchAppToken(timeoutMs),
    });
    this.#appToken.onSecret((token) => this.#appSecrets.emit(token));
  }

  /** Stores an `app_ticket` Feishu pushed (refused when it belongs to another app). */
  async receive(input: AppTicketInput): Promise<void> {
    const event = 'event' in input && typeof input.event === 'object' ? input.event : (input as AppTicketEvent);
    const ticket = event?.app_ticket;
    if (typeof ticket !== 'string' || ticket === '')
      throw new HRError('receiveAppTicket: the event carries no app_ticket');
    if (event.app_id != null && event.app_id !== this.#options.appId)
      throw new HRError(
        `receiveAppTicket: the app_ticket is for app ${event.app_id}, but this client is app ${this.#options.appId}`,
      );
    await this.#tickets.receive(ticket);
  }

  /** The auth of a client bound to `tenantKey`: that tenant's token, refreshed and replayed on its own. */
  forTenant(tenantKey: string): AuthStrategy {
    const tokens = this.#tenantTokens(tenantKey);
    return {
      authorize: (context) => tokens.authorize(context),
      invalidate: (token) => tokens.invalidate(token),
      onSecret: (listener) => {
        this.#appSecrets.subscribe(listener);
        tokens.onSecret(listener);
      },
    };
  }

  /**
   * The auth of the client that has no tenant: its own pipeline only fetches credentials, so it
   * redacts every ticket and token; it refuses to authorize a call (the client refuses them first).
   */
  withoutTenant(): AuthStrategy {
    return {
      authorize: async () => {
        throw new HRError(NO_TENANT_MESSAGE);
      },
      onSecret: (listener) => {
        this.#appSecrets.subscribe(listener);
        this.#tenantSecrets.subscribe(listener);
      },
    };
  }

  #tenantTokens(tenantKey: string): TokenProviderAuth {
    let tokens = this.#tenants.get(tenantKey);
    if (!tokens) {
      tokens = new TokenProviderAuth({
        // Percent-encoded: a tenant_key can never be mistaken for another key of the app.
        key: `${this.#prefix}:tenant:${encodeURIComponent(tenantKey)}`,
        store: this.#store,
        fetchToken: ({ timeoutMs }) => this.#fetchTenantToken(tenantKey, timeoutMs),
      });
      tokens.onSecret((token) => this.#tenantSecrets.emit(token));
      this.#tenants.set(tenantKey, tokens);
    }
    return tokens;
  }

  /**
   * A tenant's token from the cached app_access_token. If Feishu refuses the request, the app token
   * may have been revoked before its `expire`: it is dropped (unless already replaced) and the
   * request is sent once more with a fresh one.
   */
  async #fetchTenantToken(tenant_key: string, timeoutMs: number | undefined): Promise<FetchedToken> {
    const appToken = await this.#appToken.getToken(undefined, timeoutMs);
    try {
      return await this.#requestTenantToken(appToken, tenant_key, timeoutMs);
    } catch (error) {
      if (!refusedCredential(error)) throw error;
      await this.#appToken.invalidate(appToken);
      return this.#requestTenantToken(await this.#appToken.getToken(undefined, timeoutMs), tenant_key, timeoutMs);
    }
  }

  async #requestTenantToken(app_access_token: string, tenant_key: string, timeoutMs: number | undefined) {
    const body = { app_access_token, tenant_key };
    const result = await this.#options.caller.request(
      storeTenantAccessTokenOperation,
      { body },
      { timeout: timeoutMs },
    );
    return { token: result.tenant_access_token, expiresIn: result.expire };
  }

  /**
   * The app_access_token from the stored ticket; without one, Feishu is asked to push one and the
   * client waits for it. Feishu documents no error code for a stale ticket (the official Lark SDKs
   * react to 10012), so any refusal is taken as one: the ticket is dropped, a new one requested and
   * awaited, and the request sent once more.
   */
  async #fetchAppToken(timeoutMs: number | undefined): Promise<FetchedToken> {
    const ticket = (await this.#tickets.current()) ?? (await this.#requestTicket(undefined, timeoutMs));
    try {
      return await this.#requestAppToken(ticket, timeoutMs);
    } catch (error) {
      if (!refusedCredential(error)) throw error;
      await this.#tickets.discard(ticket);
      return this.#requestAppToken(await this.#requestTicket(ticket, timeoutMs), timeoutMs);
    }
  }

  async #requestAppToken(app_ticket: string, timeoutMs: number | undefined): Promise<FetchedToken> {
    const body = { app_id: this.#options.appId, app_secret: this.#options.appSecret, app_ticket };
    const result = await this.#options.caller.request(appAccessTokenOperation, { body }, { timeout: timeoutMs });
    return { token: result.app_access_token, expiresIn: result.expire };
  }

  /** Asks Feishu to push a ticket now, and waits (bounded) for one other than `previous` to be received. */
  async #requestTicket(previous: string | undefined, timeoutMs: number | undefined): Promise<string> {
    const body = { app_id: this.#options.appId, app_secret: this.#options.appSecret };
    await this.#options.caller.request(resendAppTicketOperation, { body }, { timeout: timeoutMs });
    return this.#tickets.waitForNew(previous, this.#options.appTicketWait);
  }
}

/** Feishu refused a credential request (not a rate limit, not a server failure). */
function refusedCredential(error: unknown): boolean {
  return AuthenticationError.isInstance(error) && error.status < 500;
}
