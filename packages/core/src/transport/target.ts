/** Where undici sends a request: the origin (connection pool) and the path with its query. */
export interface Target {
  origin: string;
  path: string;
}

/** Path and query characters the WHATWG URL parser leaves as they are (anything else takes the slow path). */
const PLAIN_PATH = /^\/[A-Za-z0-9\-._~!$&()*+,;=:@%/?]*$/;
/** `.` and `..` segments (also percent-encoded), which the URL parser resolves. */
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:[/?]|$)/i;
const MAX_ORIGINS = 64;

/** Normalized origins by the text they were written as (`null`: not a plain origin). */
const origins = new Map<string, string | null>();

/**
 * Splits a full URL into its origin and path, exactly as `new URL()` would read them, without parsing
 * a URL per request: the client's URLs share a few origins, each parsed once, and a path made of plain
 * characters (what the SDK builds: encoded path parameters and a URLSearchParams query) needs no
 * normalization. Anything else is parsed in full.
 */
export function splitUrl(url: string): Target {
  const scheme = url.indexOf('://');
  const slash = scheme > 0 ? url.indexOf('/', scheme + 3) : -1;
  if (slash > 0) {
    const origin = originOf(url.slice(0, slash));
    const path = url.slice(slash);
    if (origin && PLAIN_PATH.test(path) && !DOT_SEGMENT.test(queryless(path))) return { origin, path };
  }
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new TypeError(`Invalid URL protocol: ${parsed.protocol} (the URL must start with http: or https:)`);
  }
  return { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
}

function originOf(text: string): string | null {
  let origin = origins.get(text);
  if (origin === undefined) {
    origin = null;
    try {
      const parsed = new URL(`${text}/`);
      const web = parsed.protocol === 'http:' || parsed.protocol === 'https:';
      if (web && parsed.href === `${parsed.origin}/`) origin = parsed.origin;
    } catch {
      // Not an origin: the caller parses the whole URL and reports what is wrong with it.
    }
    if (origins.size >= MAX_ORIGINS) origins.clear();
    origins.set(text, origin);
  }
  return origin;
}

function queryless(path: string): string {
  const query = path.indexOf('?');
  return query === -1 ? path : path.slice(0, query);
}
