import { z } from 'zod';
import { type TokenStore } from '@hr/core';
import { type Caller, TokenProviderAuth, defineOperation, schemaFor } from '@hr/core/internal';
import { mapTenantTokenResponse } from '../envelope.js';

/** The answer of the tenant_access_token endpoint. */
export interface TenantAccessTokenResult {
  /** Error code; 0 on success. */
  code?: number | null | undefined;
  /** Error description. */
  msg?: string | null | undefined;
  /** The tenant access token. */
  tenant_access_token: string;
  /** Seconds until the token expires (at most 7200; less when an existing token is returned again). */
  expire: number;
}

export const TenantAccessTokenResultSchema = schemaFor<TenantAccessTokenResult>()(
  z.looseObject({
    code: z.number().nullish(),
    msg: z.string().nullish(),
    tenant_access_token: z.string().min(1),
    expire: z.number(),
  }),
);

/**
 * `POST /open-apis/auth/v3/tenant_access_token/internal`: a custom (self-built) app gets its tenant
 * access token from its app_id and app_secret. The token lives at most 2 hours; while more than 30
 * minutes remain, Feishu returns the same token (with the remaining `expire`), otherwise a new one
 * (the old one stays valid until it expires). Fetching twice is harmless, so failures are retried.
 */
export const tenantAccessTokenOperation = defineOperation({
  id: 'auth.tenantAccessToken',
  method: 'POST',
  path: '/open-apis/auth/v3/tenant_access_token/internal',
  body: z.looseObject({ app_id: z.string().min(1), app_secret: z.string().min(1) }),
  response: TenantAccessTokenResultSchema,
  idempotent: true,
  auth: false,
  mapResponse: mapTenantTokenResponse,
});

/** What the tenant token auth needs. */
export interface TenantTokenAuthOptions {
  /** The app's App ID, e.g. `cli_slkdjalasdkjasd`. */
  appId: string;
  /** The app's App Secret. */
  appSecret: string;
  /** The base URL (part of the cache key, so Feishu and Lark tokens never mix). */
  baseUrl: string;
  /** Where tokens are cached (default: in this process). */
  store?: TokenStore | undefined;
  /** The client's pipeline, which fetches the token (transport, retries and redaction included). */
  caller: Caller;
}

/** Bearer auth with a cached tenant_access_token, fetched through the client's own pipeline. */
export function tenantTokenAuth(options: TenantTokenAuthOptions): TokenProviderAuth {
  return new TokenProviderAuth({
    key: `feishu-corehr:${options.baseUrl}:${options.appId}`,
    store: options.store,
    // Shared by every caller waiting for the token, so it runs without any one caller's signal.
    fetchToken: async ({ timeoutMs }) => {
      const body = { app_id: options.appId, app_secret: options.appSecret };
      const result = await options.caller.request(tenantAccessTokenOperation, { body }, { timeout: timeoutMs });
      return { token: result.tenant_access_token, expiresIn: result.expire };
    },
  });
}
