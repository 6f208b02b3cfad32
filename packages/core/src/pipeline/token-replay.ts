import type { Exchange } from './retry.js';

/**
 * When the vendor refuses the credential, drops exactly the token that was refused (a fresher one
 * fetched meanwhile by another call is kept) and replays the call once with a fresh one.
 */
export function withTokenReplay(next: Exchange): Exchange {
  return async (client, call) => {
    const outcome = await next(client, call);
    if (
      outcome.ok ||
      !outcome.invalidToken ||
      call.replayed ||
      !call.request.operation.auth ||
      !client.auth.invalidate
    ) {
      return outcome;
    }
    call.replayed = true;
    client.log.info(`${call.operationId}: the vendor refused the token; refreshing it and replaying once`, {
      code: (outcome.error as { code?: unknown }).code,
    });
    await client.auth.invalidate(outcome.token);
    return next(client, call);
  };
}
