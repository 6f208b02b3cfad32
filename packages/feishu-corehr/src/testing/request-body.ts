/** A JSON request body read as an object. */
export type Body = Record<string, unknown>;

/** The request's JSON body when it is an object; undefined otherwise (not JSON, an array, null). */
export async function jsonBody(request: Request): Promise<Body | undefined> {
  const body = (await request.json().catch(() => undefined)) as unknown;
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Body) : undefined;
}

/** A string field of a request body, or `null` (as Feishu answers a field with no value). */
export const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
