import { HRError } from '../errors/hr-error.js';
import type { CallState, ClientContext, Failed } from './types.js';

/** The token an attempt carries, or why it has none. */
type Authorized = { ok: true; token: string | undefined } | Failed;

/**
 * Stage 2: lets the vendor's auth strategy set the credential on `headers` (fetching or minting a
 * token if needed). A token fetch made for this call uses the call's timeout for each of its
 * attempts; the caller's signal ends the wait at once. A failed token fetch (already retried by its
 * own call) is the call's final error.
 */
export async function authorize(
  client: ClientContext,
  call: CallState,
  headers: Record<string, string>,
): Promise<Authorized> {
  const { signal, timeoutMs } = call.request;
  try {
    const token = await client.auth.authorize({ headers, signal, timeoutMs });
    return { ok: true, token: token ?? undefined };
  } catch (caught) {
    const error = HRError.isInstance(caught)
      ? caught
      : new HRError(caught instanceof Error ? caught.message : String(caught), { cause: caught });
    return { ok: false, error, retry: 'never', retryAfterMs: undefined, invalidToken: false, token: undefined };
  }
}
