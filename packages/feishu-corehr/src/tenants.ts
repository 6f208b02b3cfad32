import { type ClientOptions, HRError } from '@hr/core';
import { type Operation } from '@hr/core/internal';
import { scopedRateLimiter } from '@hr/core/internal';
import { NO_TENANT_MESSAGE } from './auth/store-app-auth.js';

const refusals = new WeakMap<Operation, string>();

/**
 * A copy of `operation` that the client refuses with `reason` when it prepares the call: the call
 * rejects and nothing is sent (see {@link tenantGate}).
 */
export function refusedOperation<Op extends Operation>(operation: Op, reason: string): Op {
  const copy = { ...operation };
  refusals.set(copy, reason);
  return copy;
}

/**
 * The client's `resolveOperation`: refuses operations marked by {@link refusedOperation} and, on a
 * store-app client without a tenant, every operation that needs a tenant_access_token (the token
 * endpoints themselves take none).
 */
export function tenantGate(needsTenant: boolean): (operation: Operation) => Operation {
  return (operation) => {
    const reason = refusals.get(operation);
    if (reason !== undefined) throw new HRError(reason);
    if (needsTenant && operation.auth) throw new HRError(NO_TENANT_MESSAGE);
    return operation;
  };
}

/** What is wrong with a `tenantKey`, or undefined. */
export function tenantKeyProblem(tenantKey: unknown): string | undefined {
  if (typeof tenantKey !== 'string' || tenantKey.trim() === '')
    return 'tenantKey must be a non-empty string: the tenant_key of a tenant that installed the app, e.g. "73658811060f175d"';
  return undefined;
}

/**
 * The rate-limit option of a tenant's client. Feishu applies its limits per API, per app and per
 * tenant (https://open.larkoffice.com/document/ukTMukTMukTM/uUzN04SN3QjL1cDN), so a limiter the user
 * shares (e.g. Redis) counts each tenant under its own keys. The default limiter is per client, and
 * each tenant has its own client, so it needs nothing.
 */
export function tenantRateLimit(
  option: ClientOptions['rateLimit'],
  tenantKey: string | undefined,
): ClientOptions['rateLimit'] {
  if (!option || !option.limiter || tenantKey === undefined) return option;
  return { ...option, limiter: scopedRateLimiter(option.limiter, `tenant:${encodeURIComponent(tenantKey)}`) };
}
