/** A request body exactly as received: verify signatures against these bytes, never a re-serialized object. */
export type RawBody = string | Uint8Array;

/** The raw body as UTF-8 text. */
export function rawBodyText(rawBody: RawBody): string {
  return typeof rawBody === 'string'
    ? rawBody
    : Buffer.from(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength).toString('utf8');
}

/** Request headers as Node's `IncomingMessage.headers`, a Fetch `Headers`, or a plain record. */
export type HeadersLike = Headers | Record<string, string | string[] | undefined>;

/** The value of header `name` (case-insensitive); the first one when it was repeated. */
export function headerValue(headers: HeadersLike, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers as Record<string, string | string[] | undefined>)) {
    if (key.toLowerCase() === wanted) return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

/** Query parameters as a `URLSearchParams`, a parsed record (repeated keys as arrays) or a query string. */
export type QueryLike = URLSearchParams | string | Record<string, string | string[] | undefined>;

/** The value of query parameter `name` (case-sensitive, as vendors name them); the first one when repeated. */
export function queryValue(query: QueryLike, name: string): string | undefined {
  if (typeof query === 'string')
    return new URLSearchParams(query.startsWith('?') ? query.slice(1) : query).get(name) ?? undefined;
  if (query instanceof URLSearchParams) return query.get(name) ?? undefined;
  const value = Object.hasOwn(query, name) ? query[name] : undefined;
  return Array.isArray(value) ? value[0] : value;
}
