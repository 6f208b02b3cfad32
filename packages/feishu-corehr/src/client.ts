import { type APIPromise, type ClientOptions, HRError, type PagePromise, type TokenStore } from '@hr/core';
import {
  type AuthStrategy,
  BaseClient,
  BearerAuth,
  type Caller,
  type Operation,
  type OperationInput,
  type OperationOutput,
  type PageItem,
  type PaginationStyle,
} from '@hr/core/internal';
import { type AppTicketInput, StoreAppAuth } from './auth/store-app-auth.js';
import { tenantTokenAuth } from './auth/tenant-token.js';
import { mapFeishuResponse } from './envelope.js';
import type { FeishuPaginateOptions, FeishuRequestOptions } from './request-options.js';
import { PreHires } from './resources/pre-hires.js';
import { refusedOperation, tenantGate, tenantKeyProblem, tenantRateLimit } from './tenants.js';
import { VERSION } from './version.js';

/** The options of FeishuCoreHRClient besides the core ones. */
const FEISHU_OPTIONS = [
  'domain',
  'appType',
  'appId',
  'appSecret',
  'tokenStore',
  'tenantAccessToken',
  'tenantKey',
  'appTicketWait',
] as const;

/** The Feishu (China) open platform. */
export const FEISHU_BASE_URL = 'https://open.feishu.cn';
/** The Lark (international) open platform. */
export const LARK_BASE_URL = 'https://open.larksuite.com';
/** How long a store app waits for a pushed app_ticket by default, in ms (below `@hr/redis`'s 10 s refresh lock). */
export const DEFAULT_APP_TICKET_WAIT_MS = 8_000;

/** Which platform to call when no `baseUrl` is given. */
export type FeishuDomain = 'feishu' | 'lark';

interface CommonOptions extends ClientOptions {
  /** `feishu` (default, `https://open.feishu.cn`) or `lark` (`https://open.larksuite.com`); `baseUrl` wins over it. */
  domain?: FeishuDomain | undefined;
}

/** Options of a custom (self-built) app: the client fetches and refreshes its tenant_access_token itself. */
export interface FeishuAppCredentialsOptions extends CommonOptions {
  /** `custom` (the default): a custom app, which acts for the one tenant that built it. */
  appType?: 'custom' | undefined;
  /** The app's App ID (Developer console › Credentials & Basic Info), e.g. `cli_slkdjalasdkjasd`. */
  appId: string;
  /** The app's App Secret. Kept out of every log and error. */
  appSecret: string;
  /** Where the tenant_access_token is cached (default: in this process); share one store between processes to share the token. */
  tokenStore?: TokenStore | undefined;
  /** Not with app credentials: pass either `appId` + `appSecret` or `tenantAccessToken`. */
  tenantAccessToken?: undefined;
  /** Store apps only: a custom app acts for its own tenant. */
  tenantKey?: undefined;
  /** Store apps only: a custom app needs no app_ticket. */
  appTicketWait?: undefined;
}

/**
 * Options of a store (marketplace) app, installed by many tenants: the client gets the app_ticket
 * Feishu pushes (hand it over with `receiveAppTicket()`), the app_access_token, and a
 * tenant_access_token per tenant. Each call acts for one tenant: `tenantKey` here, `forTenant()`, or
 * the `tenantKey` call option.
 */
export interface FeishuStoreAppOptions extends CommonOptions {
  /** `store`: a store (marketplace) app. */
  appType: 'store';
  /** The store app's App ID, e.g. `cli_slkdjalasdkjasd`. */
  appId: string;
  /** The store app's App Secret. Kept out of every log and error. */
  appSecret: string;
  /**
   * Where the app_ticket and the tokens are kept (default: in this process). Share one store (e.g.
   * `RedisTokenStore`) between processes: the process receiving events stores the ticket for all,
   * and each token is fetched by one process for all (one app token, one token per tenant).
   */
  tokenStore?: TokenStore | undefined;
  /**
   * The tenant this client acts for (a `tenant_key`, e.g. `73658811060f175d`). Leave it out for a
   * client that only hands out tenants' clients (`forTenant()`) or takes `tenantKey` per call.
   */
  tenantKey?: string | undefined;
  /**
   * How long a call waits, in ms, for Feishu to push an app_ticket after the client asked for one
   * (when none was received yet, or Feishu refused the last one). Default 8 000; keep it below a shared
   * store's refresh lock (`RedisTokenStore` `lockTtlMs`, 10 000 by default).
   */
  appTicketWait?: number | undefined;
  /** Not with app credentials. */
  tenantAccessToken?: undefined;
}

/** Options with a tenant_access_token you manage yourself (it is sent as is, never refreshed). */
export interface FeishuStaticTokenOptions extends CommonOptions {
  /** A tenant_access_token, e.g. `t-7f1bcd13fc57d46bac21793a18e560`. Kept out of every log and error. */
  tenantAccessToken: string;
  /** Not with a static token: the token decides the app and the tenant. */
  appType?: undefined;
  /** Not with a static token: the token is used as given. */
  appId?: undefined;
  /** Not with a static token: the token is used as given. */
  appSecret?: undefined;
  /** Not with a static token: nothing is fetched, so nothing is cached. */
  tokenStore?: undefined;
  /** Not with a static token: the token decides the tenant. */
  tenantKey?: undefined;
  /** Not with a static token: no app_ticket is needed. */
  appTicketWait?: undefined;
}

/** Options of `FeishuCoreHRClient`: a custom app's credentials, a store app's, or a static tenant_access_token. */
export type FeishuCoreHRClientOptions = FeishuAppCredentialsOptions | FeishuStoreAppOptions | FeishuStaticTokenOptions;

/** The clients of one store app: its credentials and one client per tenant, shared through `forTenant()`. */
interface StoreAppFamily {
  auth: StoreAppAuth;
  options: FeishuStoreAppOptions;
  clients: Map<string, FeishuCoreHRClient>;
}

/** How `forTenant()` builds a tenant's client: leave it out (it is not for direct use). */
export interface TenantBinding {
  /** The store app the tenant's client belongs to. */
  readonly family: StoreAppFamily;
  /** The tenant it acts for. */
  readonly tenantKey: string;
}

const NOT_A_STORE_APP =
  "is for store apps (appType: 'store'); this client acts for one tenant: its custom app's, or its token's";

/**
 * A client of Feishu / Lark CoreHR. Every call carries `Authorization: Bearer <tenant_access_token>`.
 *
 * - A custom app (`appId` + `appSecret`): the token is fetched from
 *   `/open-apis/auth/v3/tenant_access_token/internal`.
 * - A store app (`appType: 'store'`): the app_ticket Feishu pushes (handed over with
 *   `receiveAppTicket()`, requested with "resend" when missing) gives the app_access_token, which
 *   gives each tenant's token; a call acts for the client's `tenantKey`, `forTenant(tenantKey)`'s,
 *   or its own `tenantKey` option, and is refused before sending without one.
 *
 * Tokens are cached (in `tokenStore`), refreshed ahead of their `expire`, fetched once for concurrent
 * callers (per tenant), and refreshed with a single replay when Feishu answers an invalid or expired
 * token code. Failures are typed errors carrying Feishu's `code`, `msg` and the `x-tt-logid` request id.
 */
export class FeishuCoreHRClient extends BaseClient {
  /** CoreHR pre-hires: list, update. */
  readonly preHires: PreHires;
  /** The tenant a store-app client acts for (its `tenant_key`); undefined otherwise. */
  readonly tenantKey: string | undefined;
  readonly #family: StoreAppFamily | undefined;

  /**
   * @param options The credentials and transport settings.
   * @param binding Leave it out: `forTenant()` passes it to build a tenant's client.
   */
  constructor(options: FeishuCoreHRClientOptions, binding?: TenantBinding) {
    const baseUrl = options.baseUrl ?? (options.domain === 'lark' ? LARK_BASE_URL : FEISHU_BASE_URL);
    const tenantKey = binding ? binding.tenantKey : options.appType === 'store' ? options.tenantKey : undefined;
    const created: { storeApp?: StoreAppAuth } = {};
    super(
      { ...options, baseUrl, rateLimit: tenantRateLimit(options.rateLimit, tenantKey) },
      {
        vendor: 'feishu-corehr',
        clientName: 'FeishuCoreHRClient',
        vendorOptions: FEISHU_OPTIONS,
        packageName: '@hr/feishu-corehr',
        version: VERSION,
        defaultBaseUrl: FEISHU_BASE_URL,
        auth: binding ? binding.family.auth.forTenant(binding.tenantKey) : chooseAuth(options, baseUrl, created),
        mapResponse: mapFeishuResponse,
        secrets: [options.appSecret, options.tenantAccessToken],
        secretFields: ['app_secret', 'tenant_access_token', 'app_access_token', 'app_ticket'],
        requestIdHeader: 'x-tt-logid',
        resolveOperation: tenantGate(options.appType === 'store' && tenantKey === undefined),
      },
    );
    this.tenantKey = tenantKey;
    this.#family =
      binding?.family ??
      (created.storeApp && { auth: created.storeApp, options: options as FeishuStoreAppOptions, clients: new Map() });
    if (!binding && tenantKey !== undefined) this.#family?.clients.set(tenantKey, this);
    this.preHires = new PreHires(this);
  }

  /**
   * Store apps: the client acting for `tenantKey` (a `tenant_key`, e.g. from an event's
   * `header.tenant_key`). It shares this client's settings, the app_ticket, the app_access_token and
   * every tenant's token cache, and is created once per tenant (later calls return the same client,
   * so its rate limits hold). Throws `HRError` for a client that is not a store app's, or an empty key.
   */
  forTenant(tenantKey: string): FeishuCoreHRClient {
    const family = this.#family;
    if (!family) throw new HRError(`forTenant() ${NOT_A_STORE_APP}`);
    const problem = tenantKeyProblem(tenantKey);
    if (problem) throw new HRError(`forTenant(): ${problem}`);
    let client = family.clients.get(tenantKey);
    if (!client) {
      client = new FeishuCoreHRClient(family.options, { family, tenantKey });
      family.clients.set(tenantKey, client);
    }
    return client;
  }

  /**
   * Store apps: hands over an `app_ticket` Feishu pushed to your event endpoint: the
   * `parseFeishuEvent()` result of type `app_ticket`, or its `event` body. The ticket is kept in the
   * token store, so with a shared store any process may receive it for all; it replaces the previous
   * one (only the latest is valid) and wakes calls waiting for one. Rejects when the event carries no
   * ticket, belongs to another app, or this client is not a store app's.
   * https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/application-v6/event/app_ticket-events
   */
  async receiveAppTicket(ticket: AppTicketInput): Promise<void> {
    if (!this.#family) throw new HRError(`receiveAppTicket() ${NOT_A_STORE_APP}`);
    await this.#family.auth.receive(ticket);
  }

  /** Calls an operation, for the tenant of the `tenantKey` option when one is given (store apps). */
  override request<Op extends Operation>(
    operation: Op,
    input: OperationInput<Op>,
    options: FeishuRequestOptions = {},
  ): APIPromise<OperationOutput<Op>> {
    const { tenantKey, ...rest } = options;
    const target = this.#route(tenantKey);
    if (typeof target === 'string') return super.request(refusedOperation(operation, target), input, rest);
    return target === this ? super.request(operation, input, rest) : target.request(operation, input, rest);
  }

  /** Calls a paginated operation, for the tenant of the `tenantKey` option when one is given (store apps). */
  override paginate<Op extends Operation & { paginate: PaginationStyle }>(
    operation: Op,
    input: OperationInput<Op>,
    options: FeishuPaginateOptions = {},
  ): PagePromise<OperationOutput<Op>, PageItem<Op>> {
    const { tenantKey, ...rest } = options;
    const target = this.#route(tenantKey);
    if (typeof target === 'string') return super.paginate(refusedOperation(operation, target), input, rest);
    return target === this ? super.paginate(operation, input, rest) : target.paginate(operation, input, rest);
  }

  /** The client that sends a call with this `tenantKey` option, or why the call is refused. */
  #route(tenantKey: string | undefined): FeishuCoreHRClient | string {
    if (tenantKey === undefined || tenantKey === this.tenantKey) return this;
    if (!this.#family) return `The tenantKey option ${NOT_A_STORE_APP}`;
    const problem = tenantKeyProblem(tenantKey);
    return problem === undefined ? this.forTenant(tenantKey) : `The tenantKey option: ${problem}`;
  }
}

/** A static token, a custom app's tenant token, or a store app's credentials, fetched through the client's own pipeline. */
function chooseAuth(
  options: FeishuCoreHRClientOptions,
  baseUrl: string,
  created: { storeApp?: StoreAppAuth },
): AuthStrategy | ((caller: Caller) => AuthStrategy) {
  if (options.appType === 'store') {
    const problem = storeAppProblem(options);
    if (problem) throw new HRError(`FeishuCoreHRClient ${problem}`);
    const { appId, appSecret, tokenStore: store, tenantKey, appTicketWait } = options;
    return (caller) => {
      const storeApp = new StoreAppAuth({
        appId,
        appSecret,
        baseUrl,
        store,
        caller,
        appTicketWait: appTicketWait ?? DEFAULT_APP_TICKET_WAIT_MS,
      });
      created.storeApp = storeApp;
      return tenantKey === undefined ? storeApp.withoutTenant() : storeApp.forTenant(tenantKey);
    };
  }
  const { appId, appSecret, tenantAccessToken, tokenStore: store } = options;
  const problem = credentialProblem(options);
  if (problem) throw new HRError(`FeishuCoreHRClient ${problem}`);
  if (tenantAccessToken) return new BearerAuth({ token: tenantAccessToken });
  return (caller) => tenantTokenAuth({ appId: appId!, appSecret: appSecret!, baseUrl, store, caller });
}

/** What is wrong with a store app's options, in the words of the developer console. */
function storeAppProblem({ appId, appSecret, tenantAccessToken, tenantKey, appTicketWait }: FeishuStoreAppOptions) {
  if (tenantAccessToken !== undefined)
    return "takes no `tenantAccessToken` with appType 'store': it fetches each tenant's token itself.";
  if (!appId || !appSecret)
    return "needs `appId` and `appSecret` with appType 'store' (Developer console › Credentials & Basic Info).";
  if (tenantKey !== undefined) {
    const problem = tenantKeyProblem(tenantKey);
    if (problem) return `option ${problem}.`;
  }
  if (appTicketWait !== undefined && !(Number.isFinite(appTicketWait) && appTicketWait > 0))
    return 'option appTicketWait must be a positive number of milliseconds.';
  return undefined;
}

/** What is wrong with a custom app's or a static token's options, in the words of the developer console. */
function credentialProblem(options: FeishuAppCredentialsOptions | FeishuStaticTokenOptions): string | undefined {
  const { appType, appId, appSecret, tenantAccessToken } = options as FeishuCoreHRClientOptions;
  if (appType !== undefined && appType !== 'custom')
    return `option appType must be 'custom' (the default) or 'store', got ${JSON.stringify(String(appType))}.`;
  for (const storeOnly of ['tenantKey', 'appTicketWait'] as const)
    if (options[storeOnly] !== undefined) return `option ${storeOnly} is for store apps (appType: 'store').`;
  if (tenantAccessToken && (appId || appSecret)) {
    return 'takes either app credentials (`appId` + `appSecret`) or a `tenantAccessToken`, not both.';
  }
  if ((appId && appSecret) || tenantAccessToken) return undefined;
  if (appId && !appSecret)
    return 'needs `appSecret` with `appId` (Developer console › Credentials & Basic Info › App Secret).';
  if (appSecret && !appId)
    return 'needs `appId` with `appSecret` (Developer console › Credentials & Basic Info › App ID).';
  return 'needs credentials: `appId` + `appSecret` (the app credentials from the developer console), or a `tenantAccessToken`.';
}
