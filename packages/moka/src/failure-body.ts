/**
 * Reading a Moka answer's body, shared by the envelope mapper and the auth-failure classifier so both
 * read the same code and the same message from Moka's envelopes (`{ success, errorMessage, result }`,
 * `{ code, msg, success, errorMessage, data }`, `{ code, msg, subCode }`, `{ success, msg }`).
 */

/** The body as an object; `{}` for anything else (an array, a string, null). */
export function mokaBody(json: unknown): Record<string, unknown> {
  return typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
}

/** Moka's `code`, when it is a number or a string. */
export function mokaCode(body: Record<string, unknown>): string | number | undefined {
  const code = body['code'];
  return typeof code === 'number' || typeof code === 'string' ? code : undefined;
}

/** Moka's message: `errorMessage`, else `msg`, else `message` (the first non-blank string). */
export function mokaMessage(body: Record<string, unknown>): string | undefined {
  return text(body['errorMessage']) ?? text(body['msg']) ?? text(body['message']);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
