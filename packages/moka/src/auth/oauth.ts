import { z } from 'zod';
import { type TokenStore } from '@hr/core';
import { type Caller, type ResponseMapper, TokenProviderAuth, defineOperation, schemaFor } from '@hr/core/internal';
import { classifyMokaAuthFailure } from '../auth-failure.js';
import { credentialHint } from '../credential-hint.js';
import { createMokaResponseMapper, hinted } from '../envelope.js';
import { mokaBody, mokaCode } from '../failure-body.js';
import { saysSuccess } from '../success.js';

/**
 * The answer of `POST /v1/auth/oauth2/getToken`: `{ code: 0, msg: "成功", data: { accessToken,
 * expiresIn, tokenType: "Bearer" } }` (Moka's docs, as quoted by fxp/skillify
 * `skills/moka/references/auth.md` §4; the same fields in published clients: a Go `moka-recruit`
 * package's `oauth2TokenResp`, a Python Moka adapter's `_get_oauth2_token`).
 */
export interface MokaAccessToken {
  /** The access token, sent as `Authorization: Bearer <accessToken>`. */
  accessToken: string;
  /** Seconds it stays valid (about 2 hours). */
  expiresIn: number;
  /** `Bearer`. */
  tokenType?: string | null | undefined;
}

export const MokaAccessTokenSchema = schemaFor<MokaAccessToken>()(
  z.looseObject({
    accessToken: z.string().min(1),
    expiresIn: z.number(),
    tokenType: z.string().nullish(),
  }),
);

const fallback = createMokaResponseMapper('oauth');

/**
 * `getToken` answers a refusal with HTTP 200 and a code (`110020 unauthorized_client`, observed in a
 * no-credential probe of Moka's gateway): any refusal of the client is an authentication failure
 * naming `clientId` / `clientSecret`, never retried. Success is code 0 (or 200) with `data`.
 */
const mapTokenAnswer: ResponseMapper = (ctx) => {
  const body = mokaBody(ctx.json);
  const code = mokaCode(body);
  if (ctx.status < 400 && code !== undefined && saysSuccess(body, code)) return ctx.ok(body['data']);
  const auth = classifyMokaAuthFailure(ctx);
  if (!auth) return fallback(ctx);
  return ctx.fail({
    message: auth.message,
    code: auth.code,
    kind: 'authentication',
    retry: 'never',
    details: { setting: 'clientId' },
    createError: hinted(credentialHint('oauth')),
  });
};

/**
 * `POST /v1/auth/oauth2/getToken`: client credentials for an access token. Moka returns the same
 * token while at least 30 minutes of it remain, and a new one (the old one still valid) after that,
 * so fetching twice is harmless.
 */
const getTokenOperation = defineOperation({
  id: 'auth.getToken',
  method: 'POST',
  path: '/v1/auth/oauth2/getToken',
  body: z.looseObject({
    clientID: z.string().min(1),
    clientSecret: z.string().min(1),
    grantType: z.literal('client_credentials'),
  }),
  response: MokaAccessTokenSchema,
  idempotent: true,
  auth: false,
  mapResponse: mapTokenAnswer,
});

/** What the OAuth2 auth needs. */
export interface MokaOAuthAuthOptions {
  /** The OAuth2 client id (sent as `clientID`). */
  clientId: string;
  /** The OAuth2 client secret. */
  clientSecret: string;
  /** The platform root (part of the cache key, so environments never share a token). */
  root: string;
  /** Where the token is cached (default: in this process). */
  store?: TokenStore | undefined;
  /** The client's own pipeline, which fetches the token (transport, retries and redaction included). */
  caller: Caller;
}

/**
 * Bearer auth with Moka's OAuth2 access token: core's `TokenProviderAuth` caches it, refreshes it
 * ahead of its `expiresIn`, fetches it once for concurrent calls, and drops it when Moka refuses it so
 * the single replay uses a fresh one.
 */
export function mokaOAuthAuth(options: MokaOAuthAuthOptions): TokenProviderAuth {
  return new TokenProviderAuth({
    key: `moka:${options.root}:${options.clientId}`,
    store: options.store,
    fetchToken: async ({ timeoutMs }) => {
      const body = {
        clientID: options.clientId,
        clientSecret: options.clientSecret,
        grantType: 'client_credentials' as const,
      };
      const token = await options.caller.request(getTokenOperation, { body }, { timeout: timeoutMs });
      return { token: token.accessToken, expiresIn: token.expiresIn };
    },
  });
}
