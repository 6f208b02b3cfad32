import {
  type AuthStrategy,
  BaseClient,
  BearerAuth,
  type Caller,
  type ClientOptions,
  HRError,
  type TokenStore,
} from '@hr/core';
import { tenantTokenAuth } from './auth/tenant-token.js';
import { mapFeishuResponse } from './envelope.js';
import { PreHires } from './resources/pre-hires.js';
import { VERSION } from './version.js';

/** The Feishu (China) open platform. */
export const FEISHU_BASE_URL = 'https://open.feishu.cn';
/** The Lark (international) open platform. */
export const LARK_BASE_URL = 'https://open.larksuite.com';

/** Which platform to call when no `baseUrl` is given. */
export type FeishuDomain = 'feishu' | 'lark';

interface CommonOptions extends ClientOptions {
  /** `feishu` (default, `https://open.feishu.cn`) or `lark` (`https://open.larksuite.com`); `baseUrl` wins over it. */
  domain?: FeishuDomain | undefined;
}

/** Options with app credentials: the client fetches and refreshes the tenant_access_token itself. */
export interface FeishuAppCredentialsOptions extends CommonOptions {
  /** The app's App ID (Developer console › Credentials & Basic Info), e.g. `cli_slkdjalasdkjasd`. */
  appId: string;
  /** The app's App Secret. Kept out of every log and error. */
  appSecret: string;
  /** Where the tenant_access_token is cached (default: in this process); share one store between processes to share the token. */
  tokenStore?: TokenStore | undefined;
  /** Not with app credentials: pass either `appId` + `appSecret` or `tenantAccessToken`. */
  tenantAccessToken?: undefined;
}

/** Options with a tenant_access_token you manage yourself (it is sent as is, never refreshed). */
export interface FeishuStaticTokenOptions extends CommonOptions {
  /** A tenant_access_token, e.g. `t-7f1bcd13fc57d46bac21793a18e560`. Kept out of every log and error. */
  tenantAccessToken: string;
  /** Not with a static token: the token is used as given. */
  appId?: undefined;
  /** Not with a static token: the token is used as given. */
  appSecret?: undefined;
  /** Not with a static token: nothing is fetched, so nothing is cached. */
  tokenStore?: undefined;
}

/** Options of `FeishuCoreHRClient`: app credentials, or a static tenant_access_token. */
export type FeishuCoreHRClientOptions = FeishuAppCredentialsOptions | FeishuStaticTokenOptions;

/**
 * A client of Feishu / Lark CoreHR. Every call carries `Authorization: Bearer <tenant_access_token>`;
 * with app credentials the token is fetched from `/open-apis/auth/v3/tenant_access_token/internal`,
 * cached (in `tokenStore`), refreshed ahead of its `expire`, fetched once for concurrent callers,
 * and refreshed with a single replay when Feishu answers an invalid or expired token code.
 * Failures are typed errors carrying Feishu's `code`, `msg` and the `x-tt-logid` request id.
 */
export class FeishuCoreHRClient extends BaseClient {
  /** CoreHR pre-hires: list, update. */
  readonly preHires: PreHires;

  constructor(options: FeishuCoreHRClientOptions) {
    const baseUrl = options.baseUrl ?? (options.domain === 'lark' ? LARK_BASE_URL : FEISHU_BASE_URL);
    super(
      { ...options, baseUrl },
      {
        vendor: 'feishu-corehr',
        packageName: '@hr/feishu-corehr',
        version: VERSION,
        defaultBaseUrl: FEISHU_BASE_URL,
        auth: chooseAuth(options, baseUrl),
        mapResponse: mapFeishuResponse,
        secrets: [options.appSecret, options.tenantAccessToken],
        secretFields: ['app_secret', 'tenant_access_token'],
        requestIdHeader: 'x-tt-logid',
      },
    );
    this.preHires = new PreHires(this);
  }
}

/** A static token, or the app credentials' tenant token fetched through the client's own pipeline. */
function chooseAuth(
  options: FeishuCoreHRClientOptions,
  baseUrl: string,
): AuthStrategy | ((caller: Caller) => AuthStrategy) {
  const { appId, appSecret, tenantAccessToken, tokenStore: store } = options;
  if (tenantAccessToken && !appId && !appSecret) return new BearerAuth({ token: tenantAccessToken });
  if (appId && appSecret && !tenantAccessToken)
    return (caller) => tenantTokenAuth({ appId, appSecret, baseUrl, store, caller });
  throw new HRError(`FeishuCoreHRClient ${credentialProblem(options)}`);
}

/** What is wrong with the credentials given, in the words of the developer console. */
function credentialProblem({ appId, appSecret, tenantAccessToken }: FeishuCoreHRClientOptions): string {
  if (tenantAccessToken && (appId || appSecret)) {
    return 'takes either app credentials (`appId` + `appSecret`) or a `tenantAccessToken`, not both.';
  }
  if (appId && !appSecret)
    return 'needs `appSecret` with `appId` (Developer console › Credentials & Basic Info › App Secret).';
  if (appSecret && !appId)
    return 'needs `appId` with `appSecret` (Developer console › Credentials & Basic Info › App ID).';
  return 'needs credentials: `appId` + `appSecret` (the app credentials from the developer console), or a `tenantAccessToken`.';
}
