import type { HttpResponse } from './http.js';

/**
 * Decodes UTF-8 exactly as `Buffer.toString('utf8')` does (WHATWG decoding: a BOM kept as U+FEFF,
 * each malformed sequence replaced by U+FFFD), but through simdutf: several times faster than
 * `toString` on the non-ASCII text HR vendors send (names, addresses in Chinese).
 */
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The UTF-8 text of consecutive chunks, as decoding their concatenation would give it (a sequence split
 * across two chunks included), without concatenating them first.
 */
export function decodeUtf8(chunks: readonly Uint8Array[]): string {
  if (chunks.length === 0) return '';
  if (chunks.length === 1) return decoder.decode(chunks[0]);
  let text = '';
  for (let i = 0; i < chunks.length - 1; i++) text += decoder.decode(chunks[i], { stream: true });
  return text + decoder.decode(chunks[chunks.length - 1]);
}

const EMPTY = Buffer.alloc(0);

const RELEASE = Symbol('release the body');

/**
 * Lets go of a response's bytes once nothing can read them any more (a page of a listing, once
 * interpreted). Until the first full garbage collection of a process, V8 was seen keeping such
 * responses, each holding its page's buffers, long after their call ended; a listing then grew its
 * native memory by a page's size per page until that collection came. A response the SDK did not
 * build (transport middleware) is left alone.
 */
export function releaseBody(response: HttpResponse): void {
  (response as { [RELEASE]?: () => void })[RELEASE]?.();
}

/**
 * A fully read answer made of the chunks it arrived in. The chunks are joined into `body` only if
 * someone reads it (an error report, `asResponse()`), and `text` is decoded from them on each read:
 * neither is kept on the response. A listing keeps each page's response a little while (its
 * ResponseInfo), and a page's text or joined body held there would stay alive, and be promoted to
 * the old generation, with it.
 */
export function chunkedResponse(
  status: number,
  headers: Record<string, string>,
  chunks: readonly Buffer[],
  size: number,
): HttpResponse {
  let parts = chunks;
  return {
    status,
    headers,
    get body(): Buffer {
      if (parts.length === 0) return EMPTY;
      if (parts.length > 1) parts = [Buffer.concat(parts, size)];
      return parts[0]!;
    },
    get text(): string {
      return decodeUtf8(parts);
    },
    [RELEASE]() {
      parts = [];
    },
  } as HttpResponse;
}
