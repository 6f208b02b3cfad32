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
