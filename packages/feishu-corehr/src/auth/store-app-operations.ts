import { z } from 'zod';
import { defineOperation, schemaFor } from '@hr/core/internal';
import { mapAccessTokenResponse, mapTenantTokenResponse } from '../envelope.js';
import { TenantAccessTokenResultSchema } from './tenant-token.js';

// The three endpoints of a store (marketplace) app's credentials. No rate limit is documented for
// them; their failures refer to the general server error codes
// (https://open.feishu.cn/document/ukTMukTMukTM/ugjM14COyUjL4ITN).

/** The answer of the store app's app_access_token endpoint. */
export interface AppAccessTokenResult {
  /** Error code; 0 on success. */
  code?: number | null | undefined;
  /** Error description. */
  msg?: string | null | undefined;
  /** The app access token, e.g. `a-6U1SbDiM6XIH2DcTCPyeub`. */
  app_access_token: string;
  /**
   * Seconds until the token expires (at most 7200; less when the current token is returned again,
   * e.g. `7140`).
   */
  expire: number;
}

const AppAccessTokenResultSchema = schemaFor<AppAccessTokenResult>()(
  z.looseObject({
    code: z.number().nullish(),
    msg: z.string().nullish(),
    app_access_token: z.string().min(1),
    expire: z.number(),
  }),
);

const appCredentials = { app_id: z.string().min(1), app_secret: z.string().min(1) };

/**
 * `POST /open-apis/auth/v3/app_ticket/resend` (Store App only, no scope): asks Feishu to push a new
 * `app_ticket` event to the app's event subscription now, instead of waiting for the hourly push. The
 * answer is only `{ code, msg }`: the ticket itself arrives as an event. Asking twice only pushes
 * twice, so failures are retried.
 * https://open.feishu.cn/document/ukTMukTMukTM/ukDNz4SO0MjL5QzM/auth-v3/auth/app_ticket_resend
 */
export const resendAppTicketOperation = defineOperation({
  id: 'auth.resendAppTicket',
  method: 'POST',
  path: '/open-apis/auth/v3/app_ticket/resend',
  body: z.looseObject(appCredentials),
  response: z.looseObject({}),
  idempotent: true,
  auth: false,
});

/**
 * `POST /open-apis/auth/v3/app_access_token` (Store App only): the app_access_token from the app's
 * credentials and the latest `app_ticket` Feishu pushed. The token lives at most 2 hours; with less
 * than 30 minutes left a new one is issued and the old one stays valid, so fetching twice is harmless.
 * https://open.feishu.cn/document/ukTMukTMukTM/ukDNz4SO0MjL5QzM/auth-v3/auth/app_access_token
 */
export const appAccessTokenOperation = defineOperation({
  id: 'auth.appAccessToken',
  method: 'POST',
  path: '/open-apis/auth/v3/app_access_token',
  body: z.looseObject({ ...appCredentials, app_ticket: z.string().min(1) }),
  response: AppAccessTokenResultSchema,
  idempotent: true,
  auth: false,
  mapResponse: mapAccessTokenResponse('app_access_token'),
});

/**
 * `POST /open-apis/auth/v3/tenant_access_token` (Store App only): the tenant_access_token of one
 * tenant that installed the app, from the app_access_token and the tenant's `tenant_key` (pushed
 * when the tenant first enables the app, and carried by every event's header). Same lifetime rules
 * as the app_access_token.
 * https://open.feishu.cn/document/ukTMukTMukTM/ukDNz4SO0MjL5QzM/auth-v3/tenant_access_token/create
 */
export const storeTenantAccessTokenOperation = defineOperation({
  id: 'auth.storeTenantAccessToken',
  method: 'POST',
  path: '/open-apis/auth/v3/tenant_access_token',
  body: z.looseObject({ app_access_token: z.string().min(1), tenant_key: z.string().min(1) }),
  response: TenantAccessTokenResultSchema,
  idempotent: true,
  auth: false,
  mapResponse: mapTenantTokenResponse,
});
