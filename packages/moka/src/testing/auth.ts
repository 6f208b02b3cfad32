import type { MokaSandboxState } from './state.js';
import { failure } from './responses.js';

/**
 * Checks HTTP Basic auth: the API key as user name, an empty password. Moka's docs do not show the
 * answer to a bad key; the sandbox answers `401 { success: false, errorMessage: "Unauthorized: invalid API key" }`.
 */
export function checkBasicAuth(request: Request, state: MokaSandboxState): Response | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
  const decoded = match ? Buffer.from(match[1]!, 'base64').toString('utf8') : '';
  if (decoded === `${state.apiKey}:`) return undefined;
  return failure('Unauthorized: invalid API key', 401);
}
