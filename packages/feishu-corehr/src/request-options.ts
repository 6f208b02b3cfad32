import type { PaginateOptions, RequestOptions } from '@hr/core';

/** Per-call options of every Feishu CoreHR method. */
export interface FeishuRequestOptions extends RequestOptions {
  /**
   * Store (marketplace) apps only: the tenant this call acts for, by its `tenant_key` (pushed when
   * the tenant enables the app; every event header carries it), instead of the client's own tenant.
   * The call uses that tenant's cached tenant_access_token (fetched once when missing). Other clients
   * refuse it: a custom app acts for its own tenant.
   */
  tenantKey?: string | undefined;
}

/** Per-call options of Feishu CoreHR listings. */
export interface FeishuPaginateOptions extends PaginateOptions {
  /** Store (marketplace) apps only: the tenant this listing acts for (see `FeishuRequestOptions.tenantKey`). */
  tenantKey?: string | undefined;
}
