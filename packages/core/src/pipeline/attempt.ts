import { authorize } from './authorize.js';
import type { CallState } from './call.js';
import type { ClientContext } from './context.js';
import { interpret } from './interpret.js';
import { failedWith, type Outcome } from './outcome.js';
import { send } from './send.js';
import { releaseBody } from '../transport/response.js';

/** One attempt: authorize → send → interpret. Failures come back as outcomes for the wrapping stages. */
export async function attempt(client: ClientContext, call: CallState): Promise<Outcome> {
  const { operation, headers: own, body } = call.request;
  const headers: Record<string, string> = { ...client.headers, ...own };
  if (body?.contentType) headers['content-type'] = body.contentType;
  let token: string | undefined;
  if (operation.auth) {
    const authorized = await authorize(client, call, headers);
    if (!authorized.ok) return authorized;
    token = authorized.token;
  }
  try {
    const response = await send(client, call, headers);
    if (!call.keepsResponse) {
      // Nobody can ask for this answer once it is interpreted (a listing's page): let go of its bytes.
      const outcome = interpret(client, call, response, token);
      releaseBody(response);
      return outcome;
    }
    call.lastResponse = response;
    return interpret(client, call, response, token);
  } catch (error) {
    return failedWith(error, token);
  }
}
